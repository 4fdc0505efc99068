// The production server for page benchmarks: `node scripts/serve.mjs production` (which builds
// first when the sources changed) on a free port and the scratch database, ready when
// /api/health answers 200. Its output is kept and shown only if it fails to start.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";

export type RunningServer = { baseUrl: string; stop: () => Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("No free port"))));
    });
  });
}

/** nodeOptions: NODE_OPTIONS of the server, e.g. `--cpu-prof` to profile it (none by default). */
export async function startProductionServer(options: { nodeOptions?: string } = {}): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  // NODE_OPTIONS must not carry the react-server condition into the server (it breaks rendering).
  const child: ChildProcess = spawn(process.execPath, [path.join(import.meta.dirname, "..", "serve.mjs"), "production"], {
    cwd: path.join(import.meta.dirname, "..", ".."),
    env: { ...process.env, PORT: String(port), APP_URL: baseUrl, NODE_OPTIONS: options.nodeOptions ?? "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));

  // A build on a busy 2-core machine takes minutes.
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server stopped while starting:\n${output.join("")}`);
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`The server did not start in time:\n${output.join("")}`);
    }
    const healthy = await fetch(`${baseUrl}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    baseUrl,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
