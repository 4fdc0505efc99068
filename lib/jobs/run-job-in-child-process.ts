import "server-only";
import { spawn } from "node:child_process";
import path from "node:path";
import { isLibText, libText } from "@/lib/i18n/lib-text";
import { JobAttemptFailure } from "./fail-job-attempt";
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
      reject(new JobAttemptFailure(libText("errors.jobProcessNotStarted", { reason: error.message })));
    });
    child.on("exit", (code, exitSignal) => {
      signal.removeEventListener("abort", stopChild);
      if (code === 0) resolve();
      else reject(new JobAttemptFailure(endedUnexpectedly(code, exitSignal, stderr.trim().split("\n").at(-1) ?? "")));
    });
  });

/** The child's end in the reader's language; its last line of error output (technical, from Node) stays as written. */
function endedUnexpectedly(code: number | null, exitSignal: NodeJS.Signals | null, lastLine: string) {
  const detail = lastLine.trim();
  if (exitSignal !== null) {
    const signal = exitSignal;
    return detail ? libText("errors.jobProcessStoppedSaying", { signal, detail }) : libText("errors.jobProcessStopped", { signal });
  }
  const exit = String(code);
  return detail ? libText("errors.jobProcessExitedSaying", { code: exit, detail }) : libText("errors.jobProcessExited", { code: exit });
}
