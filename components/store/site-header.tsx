import Link from "next/link";
import { BRAND } from "@/lib/config/brand";
import { NavLinks } from "@/components/ui/nav-links";

const MAIN = [
  { href: "/#destinations", label: "Destinations" },
  { href: "/#regions", label: "Regional plans", className: "hidden hover:text-brand-700 sm:inline" },
  { href: "/devices", label: "Devices", className: "hidden hover:text-brand-700 sm:inline" },
  { href: "/account", label: "My eSIMs", className: "rounded-lg border border-slate-300 px-3 py-1.5 hover:border-brand-500" },
];

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
        <NavLinks
          label="Main"
          links={MAIN}
          className="flex items-center gap-5 text-sm font-medium text-slate-700"
          linkClassName="hover:text-brand-700"
        />
      </div>
    </header>
  );
}
