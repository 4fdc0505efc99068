// Runs once when the server starts, before it answers any request (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareServer } = await import("./lib/server/prepare-server");
  await prepareServer();
}
