// Runs once when the server starts, before it answers any request (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // First: forwarded headers count only from trusted proxies (TRUSTED_PROXIES).
  const { installForwardedHeadersGuard } = await import("./lib/auth/forwarded-headers-guard");
  installForwardedHeadersGuard();
  const { prepareServer } = await import("./lib/server/prepare-server");
  await prepareServer();
  // Then this server takes its share of the job queue that all servers share (decision 027).
  const { startServerJobRunner } = await import("./lib/jobs/server-job-runner");
  startServerJobRunner();
  // And its share of the e-mail outbox and the deadline reminders (decision 030).
  const { startServerOutboxSender } = await import("./lib/notifications/server-outbox-sender");
  startServerOutboxSender();
}
