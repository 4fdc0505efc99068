// `npm run check:report-page-screenshots [-- DIR]`: screenshots at 1280 px of the demo matrix's
// report page in English, Romanian and Russian (the language cookie set as the language menu
// sets it), on the production build and a scratch database with the demo workspace, for a
// person to open and check that nothing is left in English and nothing overflows.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, resolveChromiumExecutable } from "../../tests/e2e/support/chromium";
import { startProductionServer } from "../bench/production-server";
import { runOnScratchDatabase } from "../bench/run-on-scratch-database";

const LANGUAGES = ["en", "ro", "ru"] as const;

async function main(): Promise<number> {
  const directory = path.resolve(process.argv[2] ?? "/tmp/shots-reports");
  fs.mkdirSync(directory, { recursive: true });
  const { db } = await import("@/lib/db");
  const { seedDemoWorkspace } = await import("@/lib/demo/seed-demo-workspace");
  const { DEMO_PASSWORD } = await import("@/lib/demo/demo-users");
  const { getAuth } = await import("@/lib/auth/auth");
  const { LOCALE_COOKIE } = await import("@/lib/i18n/locale-cookie");
  await seedDemoWorkspace();
  const { headers } = await getAuth().api.signInEmail({
    body: { email: "secretariat@demo.example", password: DEMO_PASSWORD },
    returnHeaders: true,
  });
  const [name, value] = headers.get("set-cookie")!.split(";")[0]!.split("=");
  const server = await startProductionServer();
  const browser = await chromium.launch({
    executablePath: resolveChromiumExecutable(() => chromium.executablePath()),
    args: CHROMIUM_ARGS,
  });
  try {
    for (const language of LANGUAGES) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-GB" });
      await context.addCookies([
        { name: name!, value: value!, url: server.baseUrl },
        { name: LOCALE_COOKIE, value: language, url: server.baseUrl },
      ]);
      const tab = await context.newPage();
      await tab.goto(`${server.baseUrl}/frameworks/DMD/report?provisional=1`, { waitUntil: "networkidle", timeout: 120_000 });
      const top = path.join(directory, `report-page-${language}.png`);
      await tab.screenshot({ path: top });
      const full = path.join(directory, `report-page-${language}-full.png`);
      await tab.screenshot({ path: full, fullPage: true });
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      console.log(`${language}: ${top}, ${full}; horizontal overflow ${overflow} px`);
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
