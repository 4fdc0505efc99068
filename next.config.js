// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS, like the rest of this file
const createNextIntlPlugin = require("next-intl/plugin");

// next-intl reads its per-request configuration (language and messages) from i18n/request.ts (decision 029).
// Its messages are precompiled at build time (icu-minify): formatting a message with arguments
// then costs a walk of a small array instead of IntlMessageFormat's parse-and-memoize, which was
// most of a long page's rendering (decision 062).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it; pg
  // (PostgreSQL, decision 026) too, for its optional native binding.
  // @resvg/resvg-js (charts as PNG for Word reports) too; @react-pdf/renderer is on Next's own list.
  serverExternalPackages: ["better-sqlite3", "@resvg/resvg-js", "pg"],
  poweredByHeader: false,
  reactStrictMode: true,
  // Tests build into their own folder so a developer's `npm run dev` is not disturbed.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // forbidden() renders app/forbidden.tsx with a 403 when a role may not open a page.
  // Uploads go through server actions (decision 022): spreadsheets (5 MB, lib/uploads), evidence
  // files (20 MB a request, lib/evidence) and a zipped Open SDG data set (50 MB,
  // lib/open-sdg/start-open-sdg-import.ts); the largest sets Next's one limit, and the proxy holds
  // every other page to its own (lib/validation/action-body-limit.ts).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "51mb" } },
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
      { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ];
    return [
      { source: "/:path*", headers: common },
      // Pages get a nonce-based policy from proxy.ts; API answers are data and need nothing.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
