// PostgreSQL only: a copy of a seeded workspace under a new address, every row given a new id
// and every reference to a copied row following it (a temporary table maps old ids to new).
// Seeding 200 workspaces through the operations spends most of its time in Prisma's createMany
// (installing a 500-indicator framework took 12 s on the loaded benchmark machine), so the
// benchmark seeds one workspace of each size as the app writes it and copies it in SQL: the
// copies hold the same rows (structure, cycles, values, comments, audit events) as the app wrote.
import type { PoolClient } from "pg";

const FRAMEWORKS = `SELECT id FROM "Framework" WHERE "workspaceId" = $1`;
const VERSIONS = `SELECT id FROM "FrameworkVersion" WHERE "frameworkId" IN (${FRAMEWORKS})`;
const INDICATORS = `SELECT id FROM "Indicator" WHERE "versionId" IN (${VERSIONS})`;
const IDENTITIES = `SELECT id FROM "IndicatorIdentity" WHERE "frameworkId" IN (${FRAMEWORKS})`;

/** Tables in the order their rows can be inserted, each with the rows of workspace $1. */
const TABLES: [table: string, scope: string][] = [
  ["Workspace", `id = $1`],
  ["Institution", `"workspaceId" = $1`],
  ["Dimension", `"workspaceId" = $1`],
  ["DimensionMember", `"dimensionId" IN (SELECT id FROM "Dimension" WHERE "workspaceId" = $1)`],
  ["Framework", `"workspaceId" = $1`],
  ["FrameworkVersion", `"frameworkId" IN (${FRAMEWORKS})`],
  ["IndicatorIdentity", `"frameworkId" IN (${FRAMEWORKS})`],
  ["Area", `"versionId" IN (${VERSIONS})`],
  ["Indicator", `"versionId" IN (${VERSIONS})`],
  ["IndicatorLevel", `"indicatorId" IN (${INDICATORS})`],
  ["IndicatorTarget", `"indicatorId" IN (${INDICATORS})`],
  ["IndicatorContributor", `"indicatorId" IN (${INDICATORS})`],
  ["IndicatorDimension", `"indicatorId" IN (${INDICATORS})`],
  ["IndicatorMapping", `"indicatorId" IN (${INDICATORS})`],
  ["ReportingCycle", `"frameworkId" IN (${FRAMEWORKS})`],
  ["IndicatorValue", `"identityId" IN (${IDENTITIES})`],
  ["ValueComment", `"identityId" IN (${IDENTITIES})`],
  ["AuditEvent", `"workspaceId" = $1`],
];

let columnsOf: Map<string, { name: string; isText: boolean }[]> | undefined;

async function loadColumns(client: PoolClient) {
  const { rows } = await client.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY ordinal_position`,
  );
  const columns = new Map<string, { name: string; isText: boolean }[]>();
  for (const row of rows) {
    const list = columns.get(row.table_name) ?? [];
    list.push({ name: row.column_name, isText: row.data_type === "text" });
    columns.set(row.table_name, list);
  }
  return columns;
}

/** Copies workspace `templateId` as a new workspace with this address and name, in one transaction. */
export async function cloneWorkspace(client: PoolClient, templateId: string, slug: string, name: string): Promise<void> {
  columnsOf ??= await loadColumns(client);
  await client.query("BEGIN");
  try {
    await client.query(`CREATE TEMP TABLE id_map (old text PRIMARY KEY, new text NOT NULL) ON COMMIT DROP`);
    for (const [table, scope] of TABLES) {
      if (columnsOf.get(table)!.some((column) => column.name === "id"))
        await client.query(
          `INSERT INTO id_map SELECT id, gen_random_uuid()::text FROM "${table}" WHERE ${scope} ON CONFLICT (old) DO NOTHING`,
          [templateId],
        );
    }
    await client.query(`ANALYZE id_map`);
    for (const [table, scope] of TABLES) {
      const columns = columnsOf.get(table)!;
      // Identifiers and references are text columns named id or …Id; values that are not copied ids stay as they are.
      const expressions = columns.map(({ name: column, isText }) => {
        if (table === "Workspace" && column === "slug") return `$2::text`;
        if (table === "Workspace" && column === "name") return `$3::text`;
        if (isText && (column === "id" || column.endsWith("Id")))
          return `COALESCE((SELECT new FROM id_map WHERE old = t."${column}"), t."${column}")`;
        return `t."${column}"`;
      });
      await client.query(
        `INSERT INTO "${table}" (${columns.map((column) => `"${column.name}"`).join(", ")}) SELECT ${expressions.join(", ")} FROM "${table}" t WHERE ${scope}`,
        table === "Workspace" ? [templateId, slug, name] : [templateId],
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
