/**
 * Whether start-up (migrations, then the demo seed when asked for) has finished, for the
 * health check: "ready" must mean that signing in works. Kept on globalThis because Next
 * loads the instrumentation hook and the route handlers as separate module graphs of one
 * process. A process that never ran prepareServer() is not ready either.
 */
export type ServerReadiness = "starting" | "ready" | "failed";

const holder = globalThis as unknown as { capacitasReadiness?: ServerReadiness };

export function getServerReadiness(): ServerReadiness {
  return holder.capacitasReadiness ?? "starting";
}

export function setServerReadiness(readiness: ServerReadiness): void {
  holder.capacitasReadiness = readiness;
}
