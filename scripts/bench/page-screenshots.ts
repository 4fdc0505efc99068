// `npm run bench:screenshots -- DIR`: full-page screenshots at 1280 px of the pages of a
// 500-indicator framework (and the demo matrix's for comparison), on the production build and
// a scratch database seeded as bench:pages seeds it, for a person to open and check
// (SCREENSHOT_PAGES: a comma-separated list of the files to take, by name).
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, resolveChromiumExecutable } from "../../tests/e2e/support/chromium";
import { runOnScratchDatabase } from "./run-on-scratch-database";
import { startProductionServer } from "./production-server";

const PAGES = [
  { file: "matrix-500", path: "/frameworks/NAT", as: "secretariat" },
  { file: "matrix-500-search", path: "/frameworks/NAT?q=returnees", as: "secretariat" },
  { file: "progress-500", path: "/frameworks/NAT/progress?area=N3", as: "secretariat" },
  { file: "dashboard", path: "/", as: "secretariat" },
  { file: "review-500", path: "/cycles/NAT/2025/review", as: "secretariat" },
  { file: "review-500-page-2", path: "/cycles/NAT/2025/review?institution=MLSP&page=2", as: "secretariat" },
  { file: "entry-500", path: "/cycles/NAT/2025/entry", as: "focal" },
  { file: "matrix-65", path: "/frameworks/DMD", as: "secretariat" },
  { file: "entry-65", path: "/cycles/DMD/2025/entry", as: "focal" },
] as const;

async function main(): Promise<number> {
  const directory = path.resolve(process.argv[2] ?? "test-results/page-screenshots");
  fs.mkdirSync(directory, { recursive: true });
  const { db } = await import("@/lib/db");
  const { seedDemoWorkspace } = await import("@/lib/demo/seed-demo-workspace");
  const { seedScaledFramework } = await import("@/lib/demo/seed-scaled-framework");
  const { DEMO_PASSWORD } = await import("@/lib/demo/demo-users");
  const { getAuth } = await import("@/lib/auth/auth");
  const { workspaceId } = await seedDemoWorkspace();
  await seedScaledFramework(workspaceId, { indicators: 500, code: "NAT" });
  const sessionCookie = async (email: string) => {
    const { headers } = await getAuth().api.signInEmail({ body: { email, password: DEMO_PASSWORD }, returnHeaders: true });
    const [name, value] = headers.get("set-cookie")!.split(";")[0]!.split("=");
    return { name: name!, value: value! };
  };
  const cookies = { secretariat: await sessionCookie("secretariat@demo.example"), focal: await sessionCookie("focal@demo.example") };
  const server = await startProductionServer();
  const browser = await chromium.launch({
    executablePath: resolveChromiumExecutable(() => chromium.executablePath()),
    args: CHROMIUM_ARGS,
  });
  try {
    // SCREENSHOT_PAGES=dashboard,review-500 takes only those.
    const only = process.env.SCREENSHOT_PAGES?.split(",");
    for (const page of PAGES.filter((candidate) => !only || only.includes(candidate.file))) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addCookies([{ ...cookies[page.as], url: server.baseUrl }]);
      const tab = await context.newPage();
      await tab.goto(server.baseUrl + page.path, { waitUntil: "networkidle", timeout: 120_000 });
      const file = path.join(directory, `${page.file}.png`);
      await tab.screenshot({ path: file, fullPage: true });
      console.log(`${page.path} -> ${file}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
    await db.$disconnect();
  }
  return 0;
}

runOnScratchDatabase(main);
