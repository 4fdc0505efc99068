# Capacitas application server (decision 026). Build: docker build -t capacitas .
# Run with PostgreSQL (compose.yaml) or SQLite (mount a volume on /app/data). Migrations are
# applied by the server at start; with several servers, one migrates and the others wait.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source where no prebuilt binary is reachable.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json prisma.config.ts prisma.postgres.config.ts ./
COPY prisma ./prisma
# `npm install`, not `npm ci`: see .ci/run. Its postinstall generates both Prisma clients.
RUN npm install --no-audit --no-fund
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN node node_modules/next/dist/bin/next build

FROM node:20-bookworm-slim
# pg_dump and pg_restore for `npm run backup` / `npm run restore` against PostgreSQL 15.
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "node_modules/next/dist/bin/next", "start", "-p", "3000", "-H", "0.0.0.0"]
