// Prisma 7 CLI config: used only for `generate` here (migrations run through scripts/db).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
});
