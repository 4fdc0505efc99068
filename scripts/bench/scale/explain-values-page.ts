// EXPLAIN ANALYZE of the values API's page statement on PostgreSQL (decision 048): the plan must
// walk the index of the values' unique key under a LIMIT, with no sort of the framework's values.
// The statement is caught as the loader sends it (lib/db.ts's query events) and explained with
// its own parameters on the seeding's connection.
import type { AccessContext } from "@/lib/auth/access-context";
import { postgresPool } from "./bulk-insert-values";

export async function explainValuesPage(secretariat: AccessContext, code: string): Promise<string> {
  const { onQuery } = await import("@/lib/db");
  const { requireFramework } = await import("@/lib/frameworks/require-framework");
  const { listFrameworkValues } = await import("@/lib/monitoring/list-framework-values");
  const framework = await requireFramework(secretariat, code);
  const statements: { sql: string; params: string }[] = [];
  const stop = onQuery(({ sql, params }) => statements.push({ sql, params }));
  try {
    await listFrameworkValues(secretariat, framework.id, { page: { after: null, limit: 1001 } });
  } finally {
    stop();
  }
  const page = statements.find(({ sql }) => /FROM "public"\."IndicatorValue"/.test(sql) && /\bLIMIT\b/.test(sql));
  if (!page) return "(the page statement was not seen)";
  const client = await (await postgresPool()).connect();
  try {
    const { rows } = await client.query<{ "QUERY PLAN": string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${page.sql}`,
      JSON.parse(page.params) as unknown[],
    );
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  } finally {
    client.release();
  }
}
