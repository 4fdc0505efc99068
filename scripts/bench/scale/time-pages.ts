// Server time of each page on the production server: sequential requests on localhost (so the
// response time is the server's), full body read, after a warm-up; p50 and p95 by nearest rank.
import type { PageName } from "./count-page-queries";

export type PageRequest = { name: PageName | "sign_in"; path: string; cookie: string | null };
export type PageTiming = { p50: number; p95: number; kb: number };

const WARM_UP = 5;

export function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}

export async function timePages(
  baseUrl: string,
  pages: readonly PageRequest[],
  runs: number,
): Promise<Map<PageRequest["name"], PageTiming>> {
  const timings = new Map<PageRequest["name"], PageTiming>();
  for (const page of pages) {
    const times: number[] = [];
    let kb = 0;
    for (let request = 0; request < WARM_UP + runs; request += 1) {
      const started = performance.now();
      const response = await fetch(baseUrl + page.path, { headers: page.cookie ? { cookie: page.cookie } : {}, redirect: "manual" });
      const body = await response.text();
      const elapsed = performance.now() - started;
      // A redirect or an error page would be timed as a fast page: refuse it.
      if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}: ${body.slice(0, 300)}`);
      kb = Buffer.byteLength(body) / 1024;
      if (request >= WARM_UP) times.push(elapsed);
    }
    times.sort((a, b) => a - b);
    timings.set(page.name, { p50: Math.round(percentile(times, 0.5)), p95: Math.round(percentile(times, 0.95)), kb: Math.round(kb) });
  }
  return timings;
}
