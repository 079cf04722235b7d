// Each test file gets its own fresh, migrated database on the test server (TEST_PG_ADMIN_URL,
// set by scripts/test/run.ts), so files can run in parallel without seeing each other's rows.
// Call before importing anything that uses lib/db: the client reads DATABASE_URL on first import.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "../../scripts/db/migrations";

export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.TEST_PG_ADMIN_URL;
  if (!admin) throw new Error("TEST_PG_ADMIN_URL is not set: run tests with `npm test`");
  const name = `t_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  process.env.DATABASE_URL = url.toString();
  return {
    url: url.toString(),
    drop: async () => {
      const { db } = await import("../../lib/db");
      const { closeQueueSender } = await import("../../lib/jobs/enqueue");
      await closeQueueSender();
      await db.$disconnect();
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
