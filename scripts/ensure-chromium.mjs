#!/usr/bin/env node
// Makes sure a Chromium is available for Playwright. Playwright cannot download its own
// browser on machines that only reach the npm registry and Debian's packages, so on Debian,
// as root, install the distribution's package when no browser is found.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const candidates = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
].filter(Boolean);
const found = candidates.find((candidate) => fs.existsSync(candidate));
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = fs.existsSync("/usr/bin/apt-get");
if (isRoot && hasApt) {
  console.log("Chromium not found: installing Debian's chromium package (apt-get install -y chromium)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  const install = update.status === 0 ? spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env }) : update;
  if (install.status === 0 && fs.existsSync("/usr/bin/chromium")) process.exit(0);
}
console.error(
  "No Chromium found for the end-to-end tests. On Debian or Ubuntu run `sudo apt-get install -y chromium`, " +
    "or set CHROMIUM_PATH to a Chromium or Chrome binary, or run `npx playwright install chromium` where downloads are allowed.",
);
process.exit(1);
