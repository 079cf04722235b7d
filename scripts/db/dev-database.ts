// Runs `work` against DATABASE_URL, or against the embedded server when none is configured.
import { startEmbeddedPostgres } from "./embedded-postgres";
import { env } from "../../lib/config/env";

export async function withDevDatabase(work: (url: string) => Promise<void>) {
  const e = env();
  if (e.DATABASE_URL) return work(e.DATABASE_URL);
  const db = await startEmbeddedPostgres({ dataDir: e.EMBEDDED_PG_DIR, port: e.EMBEDDED_PG_PORT, database: "esimstore" });
  try {
    await work(db.url);
  } finally {
    await db.stop();
  }
}
