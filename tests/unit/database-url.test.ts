import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "@/lib/database/database-url";

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
    expect(parseDatabaseUrl("file:./data/capacitas.db?connection_limit=1&socket_timeout=10", CWD).filePath).toBe(
      path.join(CWD, "data", "capacitas.db"),
    );
    expect(parseDatabaseUrl("file:/tmp/test.db?mode=memory", CWD).filePath).toBe("/tmp/test.db");
  });

  it("resolves against the process's working directory by default", () => {
    expect(parseDatabaseUrl("file:./data/capacitas.db").filePath).toBe(path.resolve(process.cwd(), "data", "capacitas.db"));
  });

  it.each(["postgresql://user:secret@localhost:5432/capacitas", "sqlite:./data.db", "./data/capacitas.db", "FILE:./data.db", ""])(
    "throws for the non-file URL %j",
    (url) => {
      expect(() => parseDatabaseUrl(url, CWD)).toThrow(`Unsupported DATABASE_URL "${url}": expected file:<path> for SQLite`);
    },
  );

  it.each(["file:", "file:?connection_limit=1"])("throws for the empty path in %j", (url) => {
    expect(() => parseDatabaseUrl(url, CWD)).toThrow("DATABASE_URL file: path is empty");
  });
});
