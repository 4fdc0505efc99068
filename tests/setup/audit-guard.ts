import { afterEach, beforeEach } from "vitest";
import { onQuery } from "@/lib/db";
import { findUnauditedWrites } from "./find-unaudited-writes";

/**
 * Fails any test in which a change was committed without an audit event in the same
 * transaction ("every write that matters leaves an audit event"). Test set-up that must
 * write without a trace (emptying a database) wraps itself in `withoutAuditGuard`.
 * Limitation: statements are attributed by order, so set-up that runs several writing
 * transactions at once (Promise.all) can be misread; create test data one step at a time.
 */
let statements: string[] = [];
let paused = 0;

onQuery(({ sql }) => {
  if (paused === 0) statements.push(sql);
});

beforeEach(() => {
  statements = [];
});

afterEach(() => {
  const problems = findUnauditedWrites(statements);
  statements = [];
  if (problems.length > 0) {
    const listed = problems.map((writes) => writes.map((sql) => `  ${sql.slice(0, 160)}`).join("\n")).join("\n---\n");
    throw new Error(`A change was committed without an audit event in its transaction:\n${listed}`);
  }
});

export async function withoutAuditGuard<T>(work: () => Promise<T>): Promise<T> {
  paused += 1;
  try {
    return await work();
  } finally {
    paused -= 1;
  }
}
