import path from "node:path";

export type DatabaseLocation = { provider: "sqlite"; filePath: string } | { provider: "postgresql"; url: string };

/** The URL schemes that select PostgreSQL (15 or newer, decision 026); `file:` selects SQLite. */
const POSTGRES_SCHEMES = ["postgres://", "postgresql://"];

export function isPostgresUrl(url: string): boolean {
  return POSTGRES_SCHEMES.some((scheme) => url.startsWith(scheme));
}

/**
 * Turns DATABASE_URL into a location. Relative SQLite paths are resolved against the
 * working directory (the project root for every npm script), the way Prisma's CLI does.
 */
export function parseDatabaseUrl(url: string, cwd: string = process.cwd()): DatabaseLocation {
  if (isPostgresUrl(url)) return { provider: "postgresql", url };
  if (!url.startsWith("file:")) {
    throw new Error(`Unsupported DATABASE_URL "${url}": expected file:<path> for SQLite or postgres://... for PostgreSQL`);
  }
  const raw = url.slice("file:".length).split("?")[0] ?? "";
  if (raw === "") throw new Error("DATABASE_URL file: path is empty");
  return { provider: "sqlite", filePath: path.resolve(/*turbopackIgnore: true*/ cwd, raw) };
}

/**
 * The folder for files kept beside the database (the generated auth secret, job files): next
 * to the SQLite file, or ./data under the working directory when the database is a server.
 */
export function localDataDirectory(url: string, cwd: string = process.cwd()): string {
  const location = parseDatabaseUrl(url, cwd);
  return location.provider === "sqlite" ? path.dirname(location.filePath) : path.resolve(/*turbopackIgnore: true*/ cwd, "data");
}

/** The SQLite file of a file: URL; for code and tests that only make sense on SQLite. */
export function sqliteFilePath(url: string, cwd: string = process.cwd()): string {
  const location = parseDatabaseUrl(url, cwd);
  if (location.provider !== "sqlite") throw new Error("Expected a SQLite DATABASE_URL (file:...)");
  return location.filePath;
}
