// Runs once when the server starts, before it answers any request (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // First: forwarded headers count only from trusted proxies (TRUSTED_PROXIES).
  const { installForwardedHeadersGuard } = await import("./lib/auth/forwarded-headers-guard");
  installForwardedHeadersGuard();
  const { prepareServer } = await import("./lib/server/prepare-server");
  await prepareServer();
}
