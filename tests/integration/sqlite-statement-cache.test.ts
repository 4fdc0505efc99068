/**
 * The SQLite adapter's statements prepared once per SQL text (decision 056): a reused
 * statement answers each query with its own arguments, and a write that a unique key refuses
 * is still Prisma's P2002 and changes nothing.
 */
import { afterEach, describe, expect, it } from "vitest";
import { db, sqliteConnection } from "@/lib/db";
import { createTestWorkspace, uniqueCode } from "../fixtures/factories";

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

/** Counts the connection's own prepares of SQL that mentions `marker`, from now on. */
function countPrepares(marker: string): () => number {
  const connection = sqliteConnection()!;
  const prepare = connection.prepare;
  let count = 0;
  connection.prepare = ((sql: string) => {
    if (sql.includes(marker)) count += 1;
    return prepare.call(connection, sql);
  }) as typeof connection.prepare;
  restore = () => {
    connection.prepare = prepare;
  };
  return () => count;
}

describe("statements prepared once per SQL text", () => {
  it("answers repeated reads with their own arguments and prepares their SQL once", async () => {
    const first = await createTestWorkspace();
    const second = await createTestWorkspace();
    const prepares = countPrepares("Workspace");
    for (let round = 0; round < 3; round += 1) {
      for (const { workspaceId, slug } of [first, second]) {
        expect((await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { slug: true } })).slug).toBe(slug);
        const rows = await db.$queryRaw<{ slug: string }[]>`SELECT "slug" FROM "Workspace" WHERE "id" = ${workspaceId}`;
        expect(rows).toEqual([{ slug }]);
      }
    }
    // Two SQL texts (Prisma's read of the slug and the raw read), twelve queries: each prepared once.
    expect(prepares()).toBe(2);
  });

  it("refuses a taken key with Prisma's P2002 through a reused statement, and changes nothing", async () => {
    const { workspaceId } = await createTestWorkspace();
    const name = uniqueCode("Duplicate ");
    // A workspace with a taken id: refused by the database, rolled back, so nothing is committed.
    const again = () =>
      db.$transaction((tx) => tx.workspace.create({ data: { id: workspaceId, slug: uniqueCode("dup-").toLowerCase(), name } }));
    for (let attempt = 0; attempt < 2; attempt += 1) await expect(again()).rejects.toMatchObject({ code: "P2002" });
    expect(await db.workspace.count({ where: { OR: [{ id: workspaceId }, { name }] } })).toBe(1);
    // The connection and its statements are usable after the refusals.
    const other = await createTestWorkspace();
    expect(await db.workspace.count({ where: { id: other.workspaceId } })).toBe(1);
  });
});
