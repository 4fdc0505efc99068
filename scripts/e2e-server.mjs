#!/usr/bin/env node
// The end-to-end tests' server: the demo on a fresh database file, so every run starts from
// the same seed. Never point this at a real database: it deletes the file first.
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";

const url = process.env.DATABASE_URL ?? "file:./data/e2e.db";
const file = path.resolve(url.replace(/^file:/, ""));
if (!path.basename(file).startsWith("e2e")) {
  console.error(`Refusing to reset ${file}: the end-to-end database file name must start with "e2e"`);
  process.exit(1);
}
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });

const server = spawn(process.execPath, [path.join(import.meta.dirname, "serve.mjs"), "demo"], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: url },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
