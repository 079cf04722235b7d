// npm run db:new-migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql from the difference between the schema
// at the last migration (its schema.prisma snapshot) and prisma/schema.prisma, then applies it.
// (`prisma migrate dev` cannot run offline; see TOOLCHAIN.md.)
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { applyMigrations, listMigrations, prisma6, toPrisma6Schema, writePrisma6Files } from "./migrations";
import { withDevDatabase } from "./dev-database";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:new-migration -- <name>");
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, "../..");
const migrationsDir = path.join(root, "prisma", "migrations");
const previous = listMigrations().pop();

await withDevDatabase(async (url) => {
  const { schema: current } = writePrisma6Files();
  const fromArgs = ["--from-empty"];
  if (previous) {
    const snapshot = path.join(root, ".data", "prisma6", "previous.prisma");
    writeFileSync(snapshot, toPrisma6Schema(readFileSync(path.join(migrationsDir, previous, "schema.prisma"), "utf8")));
    fromArgs.splice(0, 1, "--from-schema-datamodel", snapshot);
  }
  const { stdout } = await prisma6(["migrate", "diff", ...fromArgs, "--to-schema-datamodel", current, "--script"], url);
  if (!/CREATE|ALTER|DROP/i.test(stdout)) {
    console.log("No schema changes: nothing to migrate.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), stdout);
  copyFileSync(path.join(root, "prisma", "schema.prisma"), path.join(dir, "schema.prisma"));
  if (!existsSync(path.join(migrationsDir, "migration_lock.toml"))) {
    writeFileSync(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
  }
  await applyMigrations(url);
  console.log(`Created and applied ${path.relative(root, dir)}/migration.sql`);
});
