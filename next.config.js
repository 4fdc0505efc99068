// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  reactStrictMode: true,
  // Tests build into their own folder so a developer's `npm run dev` is not disturbed.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

module.exports = nextConfig;
