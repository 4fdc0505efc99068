import { migrateDatabase } from "@/lib/database/migrate-database";
import { getEnv } from "@/lib/env";
import { setServerReadiness } from "./server-readiness";

/**
 * Start-up: apply pending migrations, then seed the demo workspace when asked to and the
 * database is empty. A failure here stops the server rather than serving a broken schema.
 * Until it has finished, /api/health answers 503 (lib/server/server-readiness.ts).
 */
export async function prepareServer(): Promise<void> {
  setServerReadiness("starting");
  try {
    await prepare();
    setServerReadiness("ready");
  } catch (error) {
    setServerReadiness("failed");
    throw error;
  }
}

/**
 * An upgraded installation's workspaces get the built-in translations they lack (French and
 * Spanish, and Romanian and Russian where written: decision 053). Each start checks, and
 * writes only what is still empty, so it happens once.
 */
async function fillBuiltinTranslationsEverywhere(): Promise<void> {
  const { db } = await import("@/lib/db");
  const { fillBuiltinTranslations } = await import("@/lib/frameworks/builtin/fill-builtin-translations");
  for (const workspace of await db.workspace.findMany({ select: { id: true, name: true } })) {
    // Missing translations are no reason to refuse service: the next start tries again.
    const result = await fillBuiltinTranslations(workspace.id).catch((error: unknown) => {
      console.error(`Capacitas: could not add the built-in translations to ${workspace.name}`, error);
      return { filled: 0 };
    });
    if (result.filled > 0) console.log(`Capacitas: gave ${workspace.name} ${result.filled} built-in translations`);
  }
}

async function prepare(): Promise<void> {
  const env = getEnv();
  const migrations = await migrateDatabase(env.DATABASE_URL);
  if (migrations.applied.length > 0) {
    console.log(`Capacitas: applied ${migrations.applied.length} migration(s): ${migrations.applied.join(", ")}`);
  }
  // Jobs cut off by the last stop are not failed here: their heartbeats stop, and a runner
  // (this server's or another's) requeues or fails them (lib/jobs/recover-stale-jobs.ts).
  await fillBuiltinTranslationsEverywhere();
  const { fileStorage } = await import("@/lib/storage/file-storage");
  await fileStorage().deleteExpired(new Date());
  if (env.CAPACITAS_DEMO !== "1") {
    const { countAdministrators } = await import("@/lib/users/count-administrators");
    if ((await countAdministrators()) === 0) {
      console.log(
        [
          "",
          "Capacitas has no administrator yet. Create the first one (it prints a temporary password):",
          "",
          '  npm run admin:create -- --email you@ministry.gov --name "Your Name" --workspace "Republic of …"',
          "",
        ].join("\n"),
      );
    }
  }
  if (env.CAPACITAS_DEMO === "1") {
    const { ensureDemoWorkspace } = await import("@/lib/demo/ensure-demo-workspace");
    const started = Date.now();
    const result = await ensureDemoWorkspace();
    if (result.seeded) {
      console.log(`Capacitas: seeded the demo workspace (${result.values} values) in ${Date.now() - started} ms`);
    }
  }
}
