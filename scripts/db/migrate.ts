// npm run db:migrate: applies pending migrations to DATABASE_URL (or the embedded database).
import { applyMigrations } from "./migrations";
import { withDevDatabase } from "./dev-database";

await withDevDatabase(async (url) => {
  await applyMigrations(url);
  console.log("Database is up to date.");
});
