// npm run worker: a standalone worker process (DATABASE_URL must point at the store's database).
import { ConfigError, env } from "../lib/config/env";
import { startWorker } from "../lib/worker";

try {
  env();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
if (!process.env.DATABASE_URL) {
  console.error("Configuration error: DATABASE_URL is missing; the worker needs the store's database.");
  process.exit(1);
}
const boss = await startWorker();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void boss.stop({ graceful: true, timeout: 10_000 }).finally(() => process.exit(0)));
}
