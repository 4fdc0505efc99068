// A throwaway PostgreSQL cluster for the tests (decision 026): initdb into a temporary folder,
// trust authentication, a free port on 127.0.0.1, fsync off (the data dies with the run).
// PostgreSQL refuses to run as root, so as root it runs as the `postgres` user (runuser).
// Used by `npm test` (scripts/run-tests.mjs) and `npm run test:postgres`.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** The folder of initdb and pg_ctl: PG_BIN, else the newest Debian install, else none. */
export function findPostgresBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((version) => Number(version) >= 15 && fs.existsSync(path.join(root, version, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? path.join(root, versions[0], "bin") : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a cluster; returns its URL (database "postgres") and a stop function. */
export async function startThrowawayPostgres(bin = findPostgresBin()) {
  if (!bin) throw new Error("PostgreSQL 15+ is not installed (apt-get install -y postgresql, or set PG_BIN)");
  const isRoot = process.getuid?.() === 0;
  const asOwner = (command, args) => (isRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args]);
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "capacitas-pg-"));
  if (isRoot) execFileSync("chown", ["postgres", directory]);
  const data = path.join(directory, "data");
  const port = await freePort();
  const run = (command, args) => {
    const [program, programArgs] = asOwner(path.join(bin, command), args);
    const result = spawnSync(program, programArgs, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
  const options = `-p ${port} -k ${directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  run("pg_ctl", ["-D", data, "-o", options, "-l", path.join(directory, "log"), "-w", "start"]);
  const stop = () => {
    try {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } catch (error) {
      console.warn(String(error));
    }
    fs.rmSync(directory, { recursive: true, force: true });
  };
  return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, stop };
}
