import { describe, expect, it } from "vitest";
import { getAppUrl, parseEnv } from "@/lib/env";

const env = (values: Record<string, string | undefined>) => values as NodeJS.ProcessEnv;

describe("parseEnv", () => {
  it("fills in the defaults for an empty environment", () => {
    expect(parseEnv(env({}))).toEqual({
      NODE_ENV: "development",
      DATABASE_URL: "file:./data/capacitas.db",
      CAPACITAS_DEMO: "0",
      PORT: "3000",
      DATABASE_BUSY_WAIT_MS: 8000,
      DATABASE_POOL_SIZE: 10,
      TRUSTED_PROXIES: [],
      MAIL_FROM: "Capacitas <no-reply@localhost>",
    });
  });

  it("keeps valid settings", () => {
    expect(parseEnv(env({ NODE_ENV: "production", DATABASE_URL: "file:/var/lib/capacitas.db", CAPACITAS_DEMO: "1" }))).toEqual({
      NODE_ENV: "production",
      DATABASE_URL: "file:/var/lib/capacitas.db",
      CAPACITAS_DEMO: "1",
      PORT: "3000",
      DATABASE_BUSY_WAIT_MS: 8000,
      DATABASE_POOL_SIZE: 10,
      TRUSTED_PROXIES: [],
      MAIL_FROM: "Capacitas <no-reply@localhost>",
    });
  });

  it("derives the application address from PORT unless APP_URL is set", () => {
    expect(getAppUrl(parseEnv(env({ PORT: "3100" })))).toBe("http://localhost:3100");
    expect(getAppUrl(parseEnv(env({ APP_URL: "https://capacitas.gov.example/" })))).toBe("https://capacitas.gov.example");
  });

  it.each([
    ["APP_URL", "capacitas.gov.example", "APP_URL must be a full URL such as https://capacitas.gov.example"],
    ["BETTER_AUTH_SECRET", "short", "BETTER_AUTH_SECRET must be at least 32 characters"],
    ["PORT", "eighty", "PORT must be a number"],
    ["DATABASE_BUSY_WAIT_MS", "soon", "DATABASE_BUSY_WAIT_MS must be a number of milliseconds"],
    ["DATABASE_BUSY_WAIT_MS", "60000", "DATABASE_BUSY_WAIT_MS must be at most 9000"],
    ["DATABASE_POOL_SIZE", "many", "DATABASE_POOL_SIZE must be a number of connections"],
    ["DATABASE_POOL_SIZE", "0", "DATABASE_POOL_SIZE must be at least 1"],
    ["SMTP_URL", "mail.gov.example:25", "SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.gov.example:587"],
  ])("refuses %s=%j with a message naming it", (name, value, message) => {
    expect(() => parseEnv(env({ [name]: value }))).toThrow(`${name}: ${message}`);
  });

  it("turns e-mail on with an SMTP_URL, and leaves it off when the variable is empty", () => {
    expect(parseEnv(env({ SMTP_URL: "smtps://user:secret@mail.gov.example:465" })).SMTP_URL).toBe(
      "smtps://user:secret@mail.gov.example:465",
    );
    expect(parseEnv(env({ SMTP_URL: " " })).SMTP_URL).toBeUndefined();
  });

  it("ignores unrelated variables", () => {
    expect(parseEnv(env({ PATH: "/usr/bin", HOME: "/root" }))).not.toHaveProperty("PATH");
  });

  it.each(["yes", "true", "2", ""])("refuses CAPACITAS_DEMO=%j and names the variable", (value) => {
    expect(() => parseEnv(env({ CAPACITAS_DEMO: value }))).toThrow(/^Invalid environment:\n {2}CAPACITAS_DEMO: /);
  });

  it.each(["postgresql://user:secret@localhost:5432/capacitas", "postgres://db/capacitas"])("accepts the PostgreSQL URL %j", (url) => {
    expect(parseEnv(env({ DATABASE_URL: url, BETTER_AUTH_SECRET: "s".repeat(32) })).DATABASE_URL).toBe(url);
  });

  it("refuses PostgreSQL without BETTER_AUTH_SECRET, which every server must share", () => {
    expect(() => parseEnv(env({ DATABASE_URL: "postgres://db/capacitas" }))).toThrow(
      "BETTER_AUTH_SECRET: BETTER_AUTH_SECRET is required with PostgreSQL, so that every server signs sessions with the same secret",
    );
  });

  it.each(["mysql://db/capacitas", "./data/capacitas.db"])("refuses the DATABASE_URL %j, naming both kinds", (url) => {
    expect(() => parseEnv(env({ DATABASE_URL: url }))).toThrow(
      "DATABASE_URL: DATABASE_URL must be a SQLite file URL (file:./data/capacitas.db) or a PostgreSQL URL (postgres://user:password@host:5432/capacitas)",
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
