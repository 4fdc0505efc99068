// `npm run bench:page-profile -- PATH…` (issue 16): a cheap look at a few pages, where
// `bench:pages` measures them all. Seeds the same scratch database (the demo workspace and NAT,
// 500 indicators), starts the production server on it (built already, or built first), signs
// in, and times PROFILE_REQUESTS (default 20) sequential requests of each path, printing p50 and
// the HTML size, then /sign-in's for comparison. With PROFILE_CPU_DIR, the server runs under
// `node --cpu-prof` and writes its profile there when it stops (open it in Chrome's DevTools).
// A path is requested as the secretariat unless it ends in `@focal`.
import { runOnScratchDatabase } from "./run-on-scratch-database";
import { startProductionServer } from "./production-server";

const REQUESTS = Number(process.env.PROFILE_REQUESTS ?? 20);

async function main(): Promise<number> {
  const paths = process.argv.slice(2);
  if (paths.length === 0) throw new Error("Name at least one path, e.g. / or /cycles/NAT/2025/entry@focal");
  const { db } = await import("@/lib/db");
  const { seedDemoWorkspace } = await import("@/lib/demo/seed-demo-workspace");
  const { seedScaledFramework } = await import("@/lib/demo/seed-scaled-framework");
  const { DEMO_PASSWORD } = await import("@/lib/demo/demo-users");
  const { getAuth } = await import("@/lib/auth/auth");

  const { workspaceId } = await seedDemoWorkspace();
  await seedScaledFramework(workspaceId, { indicators: 500, code: "NAT" });
  const sessionCookie = async (email: string) => {
    const { headers } = await getAuth().api.signInEmail({ body: { email, password: DEMO_PASSWORD }, returnHeaders: true });
    return headers.get("set-cookie")!.split(";")[0]!;
  };
  const cookies = { secretariat: await sessionCookie("secretariat@demo.example"), focal: await sessionCookie("focal@demo.example") };
  await db.$disconnect();

  const cpuDir = process.env.PROFILE_CPU_DIR;
  const server = await startProductionServer({ cpuProfileDir: cpuDir });
  try {
    for (const entry of [...paths, "/sign-in@none"]) {
      const [path, as = "secretariat"] = entry.split("@") as [string, string?];
      const headers: Record<string, string> = as === "none" ? {} : { cookie: cookies[as as keyof typeof cookies] };
      const times: number[] = [];
      let kb = 0;
      // Two warm-up requests, not counted.
      for (let request = -2; request < REQUESTS; request += 1) {
        const started = performance.now();
        const response = await fetch(server.baseUrl + path, { headers, redirect: "manual" });
        const body = await response.text();
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
        if (request >= 0) times.push(performance.now() - started);
        kb = Buffer.byteLength(body) / 1024;
      }
      times.sort((a, b) => a - b);
      const at = (share: number) => Math.round(times[Math.min(times.length - 1, Math.floor(times.length * share))]!);
      console.log(`${path.padEnd(44)} p50 ${String(at(0.5)).padStart(5)} ms  p90 ${String(at(0.9)).padStart(5)} ms  ${kb.toFixed(1)} KB`);
    }
  } finally {
    await server.stop();
  }
  return 0;
}

runOnScratchDatabase(main);
