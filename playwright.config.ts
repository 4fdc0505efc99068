import { chromium, defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, resolveChromiumExecutable } from "./tests/e2e/support/chromium";
import { e2eSmtpPort } from "./tests/e2e/support/mailbox";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

// The tests seed their own rows into the server's database through lib/ (tests/fixtures),
// so both sides must point at the same file. lib/ modules are marked `server-only`, which
// resolves to an empty module only under the react-server condition: the test runner needs
// it from its start (npm run test:e2e sets it); the web server must not have it (it would
// break React rendering), hence NODE_OPTIONS: "" in webServer.env.
if (!(process.env.NODE_OPTIONS ?? "").includes("--conditions=react-server")) {
  throw new Error("Run the end-to-end tests with `npm run test:e2e` (it sets NODE_OPTIONS=--conditions=react-server).");
}
process.env.DATABASE_URL = "file:./data/e2e.db";

export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: true,
  retries: 0,
  workers: process.env.CI ? 2 : 3,
  timeout: 30_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  outputDir: "test-results/e2e",
  // A real SMTP server in this process receives the e2e server's e-mail (support/global-setup.ts).
  globalSetup: "./tests/e2e/support/global-setup.ts",
  use: {
    baseURL,
    launchOptions: { executablePath: resolveChromiumExecutable(() => chromium.executablePath()), args: CHROMIUM_ARGS },
    viewport: { width: 1366, height: 900 },
    // A fixed browser language, so pages come out in English whatever the machine is set to (decision 029).
    locale: "en-GB",
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: "pipe",
    env: { PORT: String(port), DATABASE_URL: "file:./data/e2e.db", NODE_OPTIONS: "", SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort()}` },
  },
});
