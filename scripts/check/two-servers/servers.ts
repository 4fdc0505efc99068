// The production servers of `npm run check:two-servers`: the existing build (or one `next build`
// when there is none, or with --rebuild), then `next start` twice on the same DATABASE_URL.
// Each server runs in its own process group, so that it and its job children can be stopped
// together at the end; the check SIGKILLs a server's own process on purpose.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..", "..");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

export type Server = {
  name: "A" | "B";
  baseUrl: string;
  process: ChildProcess;
  exited: Promise<number | null>;
  output: string[];
};

/** Builds only when no production build exists (or on --rebuild): a build takes minutes here. */
export function ensureProductionBuild(rebuild: boolean): void {
  const buildId = path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (fs.existsSync(buildId) && !rebuild) {
    console.log(`Using the production build of ${fs.statSync(buildId).mtime.toISOString()} (--rebuild to build again)`);
    return;
  }
  console.log("Building the application (next build)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: "" },
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`);
}

export async function startServer(name: "A" | "B", port: number, env: NodeJS.ProcessEnv): Promise<Server> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    // NODE_OPTIONS must not carry the react-server condition into the server (it breaks rendering).
    env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), APP_URL: baseUrl, NODE_OPTIONS: "" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Server ${name} stopped while starting:\n${output.join("")}`);
    if (Date.now() > deadline) throw new Error(`Server ${name} did not start within 3 minutes:\n${output.join("")}`);
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { name, baseUrl, process: child, exited, output };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Ends a server and whatever it started (job children), by its process group. */
export async function stopServer(server: Server): Promise<void> {
  const group = server.process.pid;
  if (group === undefined) return;
  try {
    process.kill(-group, "SIGKILL");
  } catch {
    // Already gone: the check killed it.
  }
  await Promise.race([server.exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
}

/** Lines of a server's output that report errors, for the check's report. */
export function errorLines(server: Server): string[] {
  return server.output
    .join("")
    .split("\n")
    .filter((line) => /error|unhandled|exception/i.test(line));
}
