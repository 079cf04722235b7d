import type { Metadata } from "next";
import Link from "next/link";
import { HtmlShell } from "@/components/ui/html-shell";
import { Time } from "@/components/ui/time";
import { recentBalanceAlert } from "@/lib/admin/provider-status";
import { requireStaff } from "@/lib/auth/session";
import { BRAND } from "@/lib/config/brand";

export const metadata: Metadata = {
  title: { default: `Staff · ${BRAND.name}`, template: `%s · Staff · ${BRAND.name}` },
  robots: { index: false },
};

const MENU = [
  ["/admin", "Dashboard"],
  ["/admin/orders", "Orders"],
  ["/admin/customers", "Customers & eSIMs"],
  ["/admin/catalogue", "Catalogue"],
  ["/admin/pricing", "Pricing"],
  ["/admin/credits", "Credits"],
  ["/admin/referrals", "Referrals"],
  ["/admin/moderation", "Moderation"],
  ["/admin/inventory", "Inventory"],
  ["/admin/logs", "Provider log"],
  ["/admin/events", "Events"],
  ["/admin/reconciliation", "Reconciliation"],
  ["/admin/resellers", "Resellers"],
  ["/admin/tools", "Tools"],
];

// Staff only: everyone else gets 404 (checked here and again in every action and route). The
// staff console is in English.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireStaff();
  const alert = await recentBalanceAlert();
  return (
    <HtmlShell lang="en" skipLabel="Skip to content">
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        <nav aria-label="Staff" className="flex flex-wrap gap-4 text-sm font-medium">
          {MENU.map(([href, label]) => (
            <Link key={href} href={href}>
              {label}
            </Link>
          ))}
        </nav>
        {alert && (
          <p role="alert" className="mt-4 rounded-xl bg-red-50 p-3 text-sm text-red-800">
            eSIM Go reported a {alert.alertType === "InsufficientBalance" ? "balance too low to fulfil orders" : "low balance"} at{" "}
            <Time value={alert.receivedAt} /> UTC. Top up the eSIM Go balance.
          </p>
        )}
        <div className="mt-6">{children}</div>
      </main>
    </HtmlShell>
  );
}
