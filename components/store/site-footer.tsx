import { BRAND } from "@/lib/config/brand";
import { NavLinks } from "@/components/ui/nav-links";

const HELP = [
  { href: "/devices", label: "Compatible devices" },
  { href: "/guides/ios", label: "iPhone guide" },
  { href: "/guides/android", label: "Android guide" },
];

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-slate-600 sm:flex-row sm:justify-between">
        <p>
          © {new Date().getFullYear()} {BRAND.name}. Prices include all fees.
        </p>
        <NavLinks label="Help" links={HELP} className="flex gap-4" linkClassName="underline" />
      </div>
    </footer>
  );
}
