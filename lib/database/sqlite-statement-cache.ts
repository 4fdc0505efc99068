import "server-only";
import type { Database, Statement } from "better-sqlite3";

/** Distinct statements kept prepared: a page sends a few dozen; `IN (?, ?, …)` lists of each length count apart. */
const KEPT_STATEMENTS = 500;

/**
 * Prisma's SQLite adapter prepares every statement anew (`client.prepare(sql).bind(args)`), so
 * each request compiles the same SQL again: a few per cent of a page's server time
 * (decision 056). This gives the adapter a client whose `prepare` returns a statement already
 * compiled for the same SQL, the least recently used dropped beyond KEPT_STATEMENTS.
 * `bind(args)`, which better-sqlite3 allows once per statement, is kept as arguments passed to
 * each run instead. The connection itself is untouched: other code that prepares on it
 * (lib/database/insert-many-rows.ts) gets ordinary statements.
 */
export function reusePreparedStatements(adapter: { client: Database }): void {
  const connection = adapter.client;
  const kept = new Map<string, Statement>();
  const prepare = (sql: string): Statement => {
    let statement = kept.get(sql);
    // A statement still iterating (never the adapter's: it reads with all()) cannot start again.
    if (statement?.busy) return connection.prepare(sql);
    if (statement) {
      kept.delete(sql);
      // The adapter reads in raw mode; each use starts from the default.
      if (statement.reader) statement.raw(false);
    } else {
      statement = connection.prepare(sql);
      if (kept.size >= KEPT_STATEMENTS) kept.delete(kept.keys().next().value!);
    }
    kept.set(sql, statement);
    return reusable(statement);
  };
  adapter.client = new Proxy(connection, {
    get(target, property) {
      if (property === "prepare") return prepare;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** The statement, with `bind(args)` giving a view that passes `args` to each run. */
function reusable(statement: Statement): Statement {
  return new Proxy(statement, {
    get(target, property) {
      if (property === "bind") return (...args: unknown[]) => boundTo(target, args);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

const RUNS = new Set<PropertyKey>(["run", "get", "all", "iterate"]);
const MODES = new Set<PropertyKey>(["raw", "pluck", "expand", "safeIntegers"]);

function boundTo(statement: Statement, args: unknown[]): Statement {
  const bound: Statement = new Proxy(statement, {
    get(target, property) {
      if (RUNS.has(property)) return () => (target[property as "all"] as (...values: unknown[]) => unknown).call(target, ...args);
      if (MODES.has(property))
        return (...toggle: boolean[]) => {
          // better-sqlite3 refuses an explicit undefined: the toggle is passed only when given.
          (target[property as "raw"] as (...toggle: boolean[]) => Statement).call(target, ...toggle);
          return bound;
        };
      if (property === "bind")
        return () => {
          throw new TypeError("The bind() method can only be invoked once per statement object");
        };
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return bound;
}
