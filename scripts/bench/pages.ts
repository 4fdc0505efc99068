// `npm run bench:pages`: every main page measured as a person would load it, on the production
// build. Seeds a scratch database with the demo workspace (the 65-indicator matrix DMD) and a
// 500-indicator framework (NAT: ten years, breakdowns, comments), starts the production server
// (building first when needed), signs in, and loads each page with autocannon (4 connections,
// a few seconds each). Throughput is given as a ratio to /sign-in measured in the same run (the
// framework's own floor), so the figures hold on any machine. Also renders the working-group
// report in-process, PDF and Word, at 65 and at 500 indicators (scripts/bench/time-reports.ts),
// and times a page of the values API; with OPEN_SDG_FIXTURE set, also Moldova's Open SDG import
// (scripts/bench/time-open-sdg-import.ts). Each page is measured between two loads of /sign-in
// (after a second of unmeasured load, as warm as /sign-in) and compared with their mean. Exits 1
// if a target is missed.
import autocannon from "autocannon";
import { runOnScratchDatabase } from "./run-on-scratch-database";
import { startProductionServer } from "./production-server";
import { REPORT_TARGETS, timeReports } from "./time-reports";
import { OPEN_SDG_IMPORT_TARGET_MS, timeOpenSdgImport } from "./time-open-sdg-import";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = 4;
const WARM_UP_SECONDS = 1;
const TARGETS = {
  matrix_500_ratio: 3,
  progress_500_ratio: 3,
  review_500_ratio: 3,
  entry_500_ratio: 3,
  dashboard_ratio: 2,
  matrix_65_ratio: 2,
  progress_65_ratio: 2,
  max_html_kb: 250,
  ...REPORT_TARGETS,
  values_page_1000_ms: 100,
  open_sdg_import_moldova_ms: OPEN_SDG_IMPORT_TARGET_MS,
} as const;

type Page = { name: string; path: string; as: "secretariat" | "focal" | null; key?: keyof typeof TARGETS };

const PAGES: Page[] = [
  { name: "dashboard", path: "/", as: "secretariat", key: "dashboard_ratio" },
  { name: "matrix 65", path: "/frameworks/DMD", as: "secretariat", key: "matrix_65_ratio" },
  { name: "progress 65", path: "/frameworks/DMD/progress", as: "secretariat", key: "progress_65_ratio" },
  { name: "review 65", path: "/cycles/DMD/2025/review", as: "secretariat" },
  { name: "entry 65", path: "/cycles/DMD/2025/entry", as: "focal" },
  { name: "matrix 500", path: "/frameworks/NAT", as: "secretariat", key: "matrix_500_ratio" },
  { name: "indicator 500", path: "/frameworks/NAT/indicators/N1.001", as: "secretariat" },
  { name: "progress 500", path: "/frameworks/NAT/progress", as: "secretariat", key: "progress_500_ratio" },
  { name: "compare 500", path: "/frameworks/NAT/compare", as: "secretariat" },
  { name: "review 500", path: "/cycles/NAT/2025/review", as: "secretariat", key: "review_500_ratio" },
  { name: "entry 500", path: "/cycles/NAT/2025/entry", as: "focal", key: "entry_500_ratio" },
  { name: "values API 500", path: "/api/v1/frameworks/NAT/values?limit=1000", as: "secretariat" },
];

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Throughput under load: completed requests over elapsed time, for a number of requests
 * sized from the page's warm-up latency to last about SECONDS (at least two per connection,
 * so that a slow page is measured on requests that finished rather than cut off).
 */
async function load(
  url: string,
  cookie: string | null,
  warmMs: number,
  seconds = SECONDS,
): Promise<{ requestsPerSecond: number; p50: number }> {
  const amount = Math.min(4000, Math.max(2 * CONNECTIONS, Math.round((seconds * 1000 * CONNECTIONS) / Math.max(warmMs, 1))));
  const started = performance.now();
  const result = await autocannon({ url, connections: CONNECTIONS, amount, timeout: 60, headers: cookie ? { cookie } : {} });
  const elapsed = (performance.now() - started) / 1000;
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} answers other than 2xx and ${result.errors} errors under load`);
  return { requestsPerSecond: result.requests.total / elapsed, p50: result.latency.p50 };
}

async function main(): Promise<number> {
  const { db } = await import("@/lib/db");
  const { seedDemoWorkspace } = await import("@/lib/demo/seed-demo-workspace");
  const { seedScaledFramework } = await import("@/lib/demo/seed-scaled-framework");
  const { DEMO_PASSWORD } = await import("@/lib/demo/demo-users");
  const { getAuth } = await import("@/lib/auth/auth");
  const { commandLineAccess } = await import("@/lib/auth/command-line-access");

  let started = performance.now();
  const { workspaceId } = await seedDemoWorkspace();
  const scaled = await seedScaledFramework(workspaceId, { indicators: 500, code: "NAT" });
  console.log(
    `seeded the demo workspace and NAT (500 indicators, ${scaled.values} values) in ${round((performance.now() - started) / 1000)} s`,
  );

  // Sessions made the way the sign-in form makes them; the cookie is sent as a browser would.
  const sessionCookie = async (email: string) => {
    const { headers } = await getAuth().api.signInEmail({ body: { email, password: DEMO_PASSWORD }, returnHeaders: true });
    const cookie = headers.get("set-cookie")?.split(";")[0];
    if (!cookie) throw new Error(`No session cookie for ${email}`);
    return cookie;
  };
  const cookies = {
    secretariat: await sessionCookie("secretariat@demo.example"),
    focal: await sessionCookie("focal@demo.example"),
  };

  started = performance.now();
  const server = await startProductionServer();
  console.log(`production server ready at ${server.baseUrl} after ${round((performance.now() - started) / 1000)} s`);
  const figures: Record<string, number> = {};
  try {
    let maxHtml = { kb: 0, page: "" };
    const sizes = new Map<string, number>();
    const warm = new Map<string, number>();
    const payloads = new Map<string, number>();
    for (const page of [{ name: "sign-in", path: "/sign-in", as: null }, ...PAGES]) {
      // Warm-up, and a check that the page answers itself rather than a redirect or an error.
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const requested = performance.now();
        const response = await fetch(server.baseUrl + page.path, {
          headers: page.as ? { cookie: cookies[page.as] } : {},
          redirect: "manual",
        });
        const body = await response.text();
        if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}`);
        const kb = Buffer.byteLength(body) / 1024;
        sizes.set(page.name, kb);
        // React's payload for hydration travels inline as self.__next_f.push([...]) scripts.
        const flight = [...body.matchAll(/<script[^>]*>(self\.__next_f\.push\([\s\S]*?)<\/script>/g)];
        payloads.set(page.name, flight.reduce((total, match) => total + Buffer.byteLength(match[1]!), 0) / 1024);
        warm.set(page.name, performance.now() - requested);
        if (!page.path.startsWith("/api/") && kb > maxHtml.kb) maxHtml = { kb, page: page.name };
      }
    }

    // A page of 1,000 values, one request at a time, following the cursor (median of ten).
    const pageTimes: number[] = [];
    let next: string | null = "/api/v1/frameworks/NAT/values?limit=1000";
    for (let request = 0; request < 10; request += 1) {
      const requested = performance.now();
      const response: Response = await fetch(server.baseUrl + (next ?? "/api/v1/frameworks/NAT/values?limit=1000"), {
        headers: { cookie: cookies.secretariat },
      });
      const rows = (await response.json()) as unknown[];
      const link = response.headers.get("link");
      // The last page holds the rest; the next request starts again from the first.
      if (link) pageTimes.push(performance.now() - requested);
      if (link && rows.length !== 1000) throw new Error(`A page of the values API held ${rows.length} values instead of 1000`);
      next = link && link.includes("limit=1000") ? link.slice(1, link.indexOf(">")) : null;
    }
    figures.values_page_1000_ms = Math.round(median(pageTimes));
    console.log(`values API, pages of 1,000 values: ${pageTimes.map((ms) => Math.round(ms)).join(", ")} ms`);

    // The floor is measured right before and right after each page (sign-in, page, sign-in,
    // page, …, sign-in), and each page is compared with the mean of those two: a change in the
    // machine's load during the run moves the page and its floor together, not the ratio.
    const loadSignIn = () => load(`${server.baseUrl}/sign-in`, null, warm.get("sign-in")!);
    const signIn = [await loadSignIn()];
    const results = new Map<string, { requestsPerSecond: number; p50: number; floor: number }>();
    for (const page of PAGES) {
      // Each page first runs under the same load for a second, unmeasured: /sign-in, loaded before
      // and after every page, is soon compiled by V8 at its fastest, and a page measured from its
      // third request on would be compared while still partly interpreted (decision 062).
      await load(server.baseUrl + page.path, page.as ? cookies[page.as] : null, warm.get(page.name)!, WARM_UP_SECONDS);
      const result = await load(server.baseUrl + page.path, page.as ? cookies[page.as] : null, warm.get(page.name)!);
      signIn.push(await loadSignIn());
      const floor = (signIn.at(-2)!.requestsPerSecond + signIn.at(-1)!.requestsPerSecond) / 2;
      results.set(page.name, { ...result, floor });
    }
    const floors = signIn.map((result) => result.requestsPerSecond);
    console.log(
      `/sign-in (${round(sizes.get("sign-in")!)} KB) before, between and after the pages: ${floors.map((rate) => round(rate)).join(", ")} requests/s (${round(Math.min(...floors))}-${round(Math.max(...floors))})`,
    );
    for (const page of PAGES) {
      const result = results.get(page.name)!;
      const ratio = round(result.floor / result.requestsPerSecond, 2);
      if (page.key) figures[page.key] = ratio;
      console.log(
        `${page.name.padEnd(16)} ${page.path.padEnd(40)} ${String(round(result.requestsPerSecond)).padStart(6)} req/s  p50 ${String(result.p50).padStart(5)} ms  ${String(round(sizes.get(page.name)!)).padStart(7)} KB (React payload ${round(payloads.get(page.name) ?? 0)} KB)  ${ratio}x sign-in (${round(result.floor)} req/s around it)`,
      );
    }
    figures.max_html_kb = round(maxHtml.kb);
    console.log(`largest HTML document: ${maxHtml.page}, ${round(maxHtml.kb)} KB`);
  } finally {
    await server.stop();
  }

  // The report renders in-process, as the background job does, with the server stopped.
  const access = await commandLineAccess("WORKING_GROUP");
  Object.assign(figures, (await timeReports(access, { indicators65: "DMD", indicators500: "NAT" })).figures);
  if (process.env.OPEN_SDG_FIXTURE) {
    const moldova = await timeOpenSdgImport(await commandLineAccess("SECRETARIAT"), process.env.OPEN_SDG_FIXTURE);
    figures.open_sdg_import_moldova_ms = moldova.ms;
    console.log(`Open SDG import of ${process.env.OPEN_SDG_FIXTURE}: ${moldova.valuesCreated} values in ${moldova.ms} ms`);
  }

  const missed = (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).filter((key) => {
    // The import is judged only when it ran (OPEN_SDG_FIXTURE set); every other figure always is.
    if (key === "open_sdg_import_moldova_ms" && figures[key] === undefined) return false;
    return key === "max_html_kb" || key === "open_sdg_import_moldova_ms"
      ? !(figures[key]! < TARGETS[key])
      : !(figures[key]! <= TARGETS[key]);
  });
  console.log(
    `targets: 500-indicator pages at most 3x sign-in, dashboard and 65-indicator pages at most 2x, HTML under 250 KB, reports under 1500 ms (65) and 8000 ms (500)${process.env.OPEN_SDG_FIXTURE ? ", Open SDG import under 3000 ms" : ""} -> ${missed.length === 0 ? "met" : `MISSED ${missed.join(", ")}`}`,
  );
  await db.$disconnect();
  console.log(JSON.stringify({ bench: "pages", figures }));
  return missed.length === 0 ? 0 : 1;
}

runOnScratchDatabase(main);
