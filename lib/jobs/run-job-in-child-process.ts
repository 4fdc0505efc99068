import "server-only";
import { spawn } from "node:child_process";
import path from "node:path";
import { isLibText } from "@/lib/i18n/lib-text";
import type { JobExecutor } from "./job-runner";

/**
 * Runs an attempt in a child Node process (scripts/run-job.ts): a long import or a PDF layout
 * then takes none of the web server's time, and the child writes through its own database
 * connection. Progress comes back over IPC; the child records the outcome itself. Resolves
 * when the child exits cleanly, rejects with what went wrong otherwise. When the runner
 * learns the attempt was given up on, the signal ends the child.
 */
export const runJobInChildProcess: JobExecutor = (claim, report, signal) =>
  new Promise((resolve, reject) => {
    const root = process.cwd();
    const child = spawn(
      process.execPath,
      [
        "--import",
        path.join(root, "scripts", "server-only-hook.mjs"),
        "--import",
        "tsx",
        path.join(root, "scripts", "run-job.ts"),
        claim.jobId,
        claim.runnerId,
        String(claim.attempt),
      ],
      { cwd: root, env: { ...process.env, NODE_OPTIONS: "" }, stdio: ["ignore", "inherit", "pipe", "ipc"] },
    );
    const stopChild = () => child.kill("SIGTERM");
    signal.addEventListener("abort", stopChild, { once: true });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
      process.stderr.write(chunk);
    });
    child.on("message", (message: unknown) => {
      const update = message as { progress?: unknown; stage?: unknown };
      if (typeof update.progress === "number" && isLibText(update.stage)) report(update.progress, update.stage);
    });
    child.on("error", (error) => {
      signal.removeEventListener("abort", stopChild);
      reject(new Error(`The job process could not start: ${error.message}`));
    });
    child.on("exit", (code, exitSignal) => {
      signal.removeEventListener("abort", stopChild);
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `The job process ended unexpectedly (${exitSignal ?? `exit code ${code}`}). ${stderr.trim().split("\n").at(-1) ?? ""}`.trim(),
          ),
        );
    });
  });
