import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

const env = (values: Record<string, string | undefined>) => values as NodeJS.ProcessEnv;

describe("parseEnv", () => {
  it("fills in the defaults for an empty environment", () => {
    expect(parseEnv(env({}))).toEqual({ NODE_ENV: "development", DATABASE_URL: "file:./data/capacitas.db", CAPACITAS_DEMO: "0" });
  });

  it("keeps valid settings", () => {
    expect(parseEnv(env({ NODE_ENV: "production", DATABASE_URL: "file:/var/lib/capacitas.db", CAPACITAS_DEMO: "1" }))).toEqual({
      NODE_ENV: "production",
      DATABASE_URL: "file:/var/lib/capacitas.db",
      CAPACITAS_DEMO: "1",
    });
  });

  it("ignores unrelated variables", () => {
    expect(parseEnv(env({ PATH: "/usr/bin", HOME: "/root" }))).not.toHaveProperty("PATH");
  });

  it.each(["yes", "true", "2", ""])("refuses CAPACITAS_DEMO=%j and names the variable", (value) => {
    expect(() => parseEnv(env({ CAPACITAS_DEMO: value }))).toThrow(/^Invalid environment:\n {2}CAPACITAS_DEMO: /);
  });

  it("refuses a PostgreSQL URL for now, explaining why", () => {
    expect(() => parseEnv(env({ DATABASE_URL: "postgresql://user:secret@localhost:5432/capacitas" }))).toThrow(
      "DATABASE_URL: DATABASE_URL must be a SQLite file URL (file:./data/capacitas.db); PostgreSQL support comes later",
    );
  });

  it("refuses an unknown NODE_ENV", () => {
    expect(() => parseEnv(env({ NODE_ENV: "staging" }))).toThrow(/NODE_ENV: /);
  });

  it("lists every invalid variable, one per line", () => {
    let message = "";
    try {
      parseEnv(env({ NODE_ENV: "staging", CAPACITAS_DEMO: "yes" }));
    } catch (error) {
      message = (error as Error).message;
    }
    const lines = message.split("\n");
    expect(lines[0]).toBe("Invalid environment:");
    expect(
      lines
        .slice(1)
        .map((line) => line.trim().split(":")[0])
        .sort(),
    ).toEqual(["CAPACITAS_DEMO", "NODE_ENV"]);
  });
});
