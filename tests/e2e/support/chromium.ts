import fs from "node:fs";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const SYSTEM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome-stable", "/usr/bin/google-chrome"];

/**
 * Which Chromium to drive: CHROMIUM_PATH if set, else the system's (Debian's package), else
 * Playwright's own download. `npx playwright install` cannot download here, so the system
 * browser comes first. Returns undefined to let Playwright use its own.
 */
export function resolveChromiumExecutable(playwrightExecutable: () => string): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!fs.existsSync(configured)) throw new Error(`CHROMIUM_PATH points to ${configured}, which does not exist`);
    return configured;
  }
  const system = SYSTEM_CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (system) return system;
  try {
    if (fs.existsSync(playwrightExecutable())) return undefined;
  } catch {
    // Playwright has no browser of its own either; fall through to the message.
  }
  throw new Error(
    "No Chromium found for the end-to-end tests. Install Debian's: `apt-get install -y chromium` (as root), " +
      "or set CHROMIUM_PATH, or run `npx playwright install chromium` where downloads are allowed.",
  );
}
