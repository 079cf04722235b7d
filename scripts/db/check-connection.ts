// Checks a database URL before anything uses it, turning driver failures into one readable line.
import pg from "pg";

export async function checkDatabase(url: string): Promise<void> {
  let where = "the database";
  try {
    const u = new URL(url);
    where = `${u.hostname}:${u.port || 5432}/${u.pathname.slice(1)}`;
  } catch {
    throw new Error("Database error: DATABASE_URL is not a valid postgresql:// URL");
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const e = error as { code?: string; message?: string };
    const reason =
      e.code === "ECONNREFUSED"
        ? "connection refused"
        : e.code === "ENOTFOUND"
          ? "host not found"
          : (e.message ?? String(error)).split("\n")[0];
    throw new Error(`Database error: cannot use ${where}: ${reason}`);
  } finally {
    await client.end().catch(() => {});
  }
}
