import Link from "next/link";
import { BRAND } from "@/lib/config/brand";

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between px-4">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight text-brand-900">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded-lg bg-brand-600 text-sm text-white">
            ◎
          </span>
          {BRAND.name}
        </Link>
        <nav aria-label="Main" className="flex items-center gap-5 text-sm font-medium text-slate-700">
          <Link href="/#destinations" className="hover:text-brand-700">
            Destinations
          </Link>
          <Link href="/#regions" className="hidden hover:text-brand-700 sm:inline">
            Regional plans
          </Link>
          <Link href="/devices" className="hidden hover:text-brand-700 sm:inline">
            Devices
          </Link>
          <Link href="/account" className="rounded-lg border border-slate-300 px-3 py-1.5 hover:border-brand-500">
            My eSIMs
          </Link>
        </nav>
      </div>
    </header>
  );
}
