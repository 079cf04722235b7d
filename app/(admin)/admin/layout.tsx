import Link from "next/link";
import { requireStaff } from "@/lib/auth/session";
import { recentBalanceAlert } from "@/lib/admin/provider-status";
import { Time } from "@/components/ui/time";

export const metadata = { title: "Staff", robots: { index: false } };

// Staff only: everyone else gets 404 (checked here and again in every action and route).
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireStaff();
  const alert = await recentBalanceAlert();
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <nav aria-label="Staff" className="flex flex-wrap gap-4 text-sm font-medium">
        <Link href="/admin">Dashboard</Link>
        <Link href="/admin/orders">Orders</Link>
        <Link href="/admin/customers">Customers &amp; eSIMs</Link>
        <Link href="/admin/catalogue">Catalogue</Link>
        <Link href="/admin/pricing">Pricing</Link>
        <Link href="/admin/credits">Credits</Link>
        <Link href="/admin/moderation">Moderation</Link>
        <Link href="/admin/inventory">Inventory</Link>
        <Link href="/admin/logs">Provider log</Link>
        <Link href="/admin/events">Events</Link>
        <Link href="/admin/reconciliation">Reconciliation</Link>
        <Link href="/admin/tools">Tools</Link>
      </nav>
      {alert && (
        <p role="alert" className="mt-4 rounded-xl bg-red-50 p-3 text-sm text-red-800">
          eSIM Go reported a {alert.alertType === "InsufficientBalance" ? "balance too low to fulfil orders" : "low balance"} at{" "}
          <Time value={alert.receivedAt} /> UTC. Top up the eSIM Go balance.
        </p>
      )}
      <div className="mt-6">{children}</div>
    </div>
  );
}
