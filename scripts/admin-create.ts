// `npm run admin:create -- --email you@ministry.gov --name "Your Name" [--workspace "Republic of …"]`
// Creates the first administrator (and, on an empty database, the workspace), or restores
// administrator access to a locked-out person. Prints a temporary password once.
import { parseArgs } from "node:util";
import { migrateDatabase } from "@/lib/database/migrate-database";
import { isAppError } from "@/lib/errors";
import { createAdministrator } from "@/lib/users/create-administrator";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      workspace: { type: "string" },
      "workspace-slug": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || !values.email) {
    console.log(
      'Usage: npm run admin:create -- --email you@ministry.gov --name "Your Name" [--workspace "Republic of …"] [--workspace-slug slug]',
    );
    return values.help ? 0 : 2;
  }
  await migrateDatabase();
  try {
    const result = await createAdministrator({
      email: values.email,
      name: values.name ?? values.email,
      workspaceName: values.workspace,
      workspaceSlug: values["workspace-slug"],
    });
    console.log(
      `${result.workspaceCreated ? `Created the workspace "${result.workspaceName}" with the MGI and SDG 10.7.2 frameworks.\n` : ""}` +
        `${result.email} is an administrator of "${result.workspaceName}".\n\n` +
        `  Temporary password: ${result.temporaryPassword}\n\n` +
        "Sign in with it; you will be asked to choose your own password. It is not shown again.",
    );
    return 0;
  } catch (error) {
    if (isAppError(error)) {
      const details = Object.values(error.fieldErrors ?? {}).flat();
      console.error([error.message, ...details].join("\n  "));
      return 1;
    }
    throw error;
  }
}

main().then((code) => process.exit(code));
