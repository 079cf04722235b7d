// Migrations. Prisma 7's CLI needs a native engine it cannot download here, so new migrations are
// authored with Prisma 6.19's CLI (aliased `prisma6`, WebAssembly schema engine over the pg driver
// adapter). That CLI wants its own schema copy (with a `url`) and config, written to .data/prisma6.
import { execFile } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const workDir = path.join(root, ".data", "prisma6");
const migrationsDir = path.join(root, "prisma", "migrations");

export function writePrisma6Files(): { config: string; schema: string } {
  mkdirSync(workDir, { recursive: true });
  const schema = path.join(workDir, "schema.prisma");
  const source = readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8");
  writeFileSync(schema, toPrisma6Schema(source));
  const config = path.join(workDir, "prisma.config.ts");
  writeFileSync(
    config,
    `import { PrismaPg } from "@prisma/adapter-pg";
export default {
  experimental: { adapter: true },
  engine: "js",
  schema: ${JSON.stringify(schema)},
  migrations: { path: ${JSON.stringify(migrationsDir)} },
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
};
`,
  );
  return { config, schema };
}

// Prisma 6 requires `url` in the datasource; its generator block is irrelevant (--skip-generate).
export function toPrisma6Schema(source: string): string {
  return source.replace(
    /datasource db \{\s*provider\s*=\s*"postgresql"\s*\}/,
    'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}',
  );
}

export async function prisma6(args: string[], databaseUrl?: string) {
  const { config } = writePrisma6Files();
  const placeholder = process.execPath; // any existing file: the CLI checks for, never loads, a native engine
  return run(process.execPath, [path.join(root, "node_modules/prisma6/build/index.js"), ...args, "--config", config], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl ?? process.env.DATABASE_URL ?? "postgresql://unused@127.0.0.1/unused",
      PRISMA_QUERY_ENGINE_LIBRARY: placeholder,
      PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
    maxBuffer: 16 * 1024 * 1024,
  });
}

// Deploys pending migrations the way `prisma migrate deploy` does (same `_prisma_migrations` table
// and sha256 checksums, so Prisma's own `migrate status` agrees) but in ~100 ms instead of the ~10 s
// the WebAssembly engine idles for. An advisory lock keeps concurrent starters from racing.
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock(72707369)");
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const done = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const byName = new Map(done.rows.map((r) => [r.migration_name, r]));
    for (const name of listMigrations()) {
      const sql = readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      const row = byName.get(name);
      if (row?.finished_at) {
        if (row.checksum !== checksum) throw new Error(`migration ${name} was changed after it was applied`);
        continue;
      }
      if (row) throw new Error(`migration ${name} failed earlier and needs manual attention (prisma migrate resolve)`);
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
        applied.push(name);
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`database migration ${name} failed: ${(error as Error).message}`);
      }
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock(72707369)").catch(() => {});
    await client.end();
  }
  return applied;
}

export function listMigrations(): string[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir)
    .filter((d) => /^\d{14}_/.test(d))
    .sort();
}
