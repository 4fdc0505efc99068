import path from "node:path";

export type DatabaseLocation = { provider: "sqlite"; filePath: string };

/**
 * Turns DATABASE_URL into a location. Relative SQLite paths are resolved against the
 * working directory (the project root for every npm script), the way Prisma's CLI does.
 */
export function parseDatabaseUrl(url: string, cwd: string = process.cwd()): DatabaseLocation {
  if (!url.startsWith("file:")) {
    throw new Error(`Unsupported DATABASE_URL "${url}": expected file:<path> for SQLite`);
  }
  const raw = url.slice("file:".length).split("?")[0] ?? "";
  if (raw === "") throw new Error("DATABASE_URL file: path is empty");
  return { provider: "sqlite", filePath: path.resolve(/*turbopackIgnore: true*/ cwd, raw) };
}
