#!/usr/bin/env node
// Production server launcher behind `npm start` and `npm run demo`.
// Builds when there is no build yet or a source file changed since the last one, then runs
// `next start`. Migrations (and, for the demo, the seed) run inside the server at start-up.
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const mode = process.argv[2] === "demo" ? "demo" : "production";
const env = { ...process.env };

if (mode === "demo") {
  env.DATABASE_URL ??= "file:./data/demo.db";
  env.CAPACITAS_DEMO = "1";
} else {
  env.DATABASE_URL ??= "file:./data/capacitas.db";
}
env.NODE_ENV = "production";
env.NEXT_TELEMETRY_DISABLED = "1";

const distDir = env.NEXT_DIST_DIR || ".next";
const buildId = path.join(root, distDir, "BUILD_ID");
const SOURCES = [
  "app",
  "lib",
  "components",
  "i18n",
  "messages",
  "public",
  "prisma",
  "instrumentation.ts",
  "next.config.js",
  "package.json",
  "package-lock.json",
];

function newestSourceTime() {
  let newest = 0;
  const visit = (entry) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      if (path.basename(entry) === "generated") return;
      for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const source of SOURCES) visit(path.join(root, source));
  return newest;
}

const needsBuild = !fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < newestSourceTime() || process.argv.includes("--rebuild");
if (needsBuild) {
  console.log("Capacitas: building the application (first start or sources changed)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = env.PORT || "3000";
env.PORT = port;
console.log(`Capacitas (${mode}) on http://localhost:${port} using ${env.DATABASE_URL}`);
const server = spawn(process.execPath, [nextBin, "start", "-p", port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
