import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDatabaseUrl, sqliteFilePath } from "@/lib/database/database-url";

const CWD = path.resolve("/srv/capacitas");

describe("parseDatabaseUrl", () => {
  it.each([
    ["file:./data/capacitas.db", path.join(CWD, "data", "capacitas.db")],
    ["file:data/capacitas.db", path.join(CWD, "data", "capacitas.db")],
    ["file:../shared/capacitas.db", path.resolve(CWD, "..", "shared", "capacitas.db")],
    ["file:capacitas.db", path.join(CWD, "capacitas.db")],
  ])("resolves the relative path in %j against the given working directory", (url, expected) => {
    expect(parseDatabaseUrl(url, CWD)).toEqual({ provider: "sqlite", filePath: expected });
  });

  it("keeps an absolute path", () => {
    expect(parseDatabaseUrl("file:/var/lib/capacitas/main.db", CWD)).toEqual({
      provider: "sqlite",
      filePath: "/var/lib/capacitas/main.db",
    });
  });

  it("drops the query string", () => {
    expect(sqliteFilePath("file:./data/capacitas.db?connection_limit=1&socket_timeout=10", CWD)).toBe(
      path.join(CWD, "data", "capacitas.db"),
    );
    expect(sqliteFilePath("file:/tmp/test.db?mode=memory", CWD)).toBe("/tmp/test.db");
  });

  it("resolves against the process's working directory by default", () => {
    expect(sqliteFilePath("file:./data/capacitas.db")).toBe(path.resolve(process.cwd(), "data", "capacitas.db"));
  });

  it.each(["postgresql://user:secret@localhost:5432/capacitas", "postgres://db.internal/capacitas?sslmode=require"])(
    "selects PostgreSQL for %j and keeps the URL whole",
    (url) => {
      expect(parseDatabaseUrl(url, CWD)).toEqual({ provider: "postgresql", url });
    },
  );

  it.each(["sqlite:./data.db", "./data/capacitas.db", "FILE:./data.db", "mysql://localhost/capacitas", ""])(
    "throws for the URL %j",
    (url) => {
      expect(() => parseDatabaseUrl(url, CWD)).toThrow(
        `Unsupported DATABASE_URL "${url}": expected file:<path> for SQLite or postgres://... for PostgreSQL`,
      );
    },
  );

  it.each(["file:", "file:?connection_limit=1"])("throws for the empty path in %j", (url) => {
    expect(() => parseDatabaseUrl(url, CWD)).toThrow("DATABASE_URL file: path is empty");
  });
});
