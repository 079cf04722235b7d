import Link from "next/link";
import { BRAND } from "@/lib/config/brand";

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-slate-600 sm:flex-row sm:justify-between">
        <p>
          © {new Date().getFullYear()} {BRAND.name}. Prices include all fees.
        </p>
        <nav aria-label="Help" className="flex gap-4">
          <Link href="/devices" className="underline">
            Compatible devices
          </Link>
          <Link href="/guides/ios" className="underline">
            iPhone guide
          </Link>
          <Link href="/guides/android" className="underline">
            Android guide
          </Link>
        </nav>
      </div>
    </footer>
  );
}
