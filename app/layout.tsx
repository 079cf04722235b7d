import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { connection } from "next/server";
import { SiteFooter } from "@/components/store/site-footer";
import { SiteHeader } from "@/components/store/site-header";
import { BRAND } from "@/lib/config/brand";
import { env } from "@/lib/config/env";
import "./globals.css";

// Self-hosted Inter (no network at build or run time).
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
  weight: "100 900",
});

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(env().appUrl),
    title: { default: `${BRAND.name} – eSIM data plans for travellers`, template: `%s · ${BRAND.name}` },
    description: "Buy a travel eSIM for 200+ destinations and get connected in minutes: instant QR code delivery, no roaming bills.",
    openGraph: { siteName: BRAND.name, type: "website", locale: "en_US" },
    twitter: { card: "summary" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d63de" };

// Every page renders per request: the Content-Security-Policy nonce (proxy.ts) is new each time,
// and Next.js can only put it on the scripts of a page rendered for that request. Catalogue data
// stays cached (lib/catalogue/cached.ts), so this costs a render, not a database trip.
const SKIP_LINK =
  "sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2";

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en" className={inter.variable}>
      <body className="flex min-h-dvh flex-col font-sans">
        <a href="#main" className={SKIP_LINK}>
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
