import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { signOutAction } from "@/components/account/actions";

export const metadata = { robots: { index: false } };

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("/account");
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <nav aria-label="My account" className="flex gap-4 text-sm font-medium">
          <Link href="/account" className="hover:text-brand-700">
            My eSIMs
          </Link>
          <Link href="/account/orders" className="hover:text-brand-700">
            Orders
          </Link>
          <Link href="/account/credits" className="hover:text-brand-700">
            Credit
          </Link>
        </nav>
        <form action={signOutAction} className="flex items-center gap-3 text-sm text-slate-600">
          <span>{user.email}</span>
          <button type="submit" className="rounded-lg border border-slate-300 px-3 py-1.5 font-medium hover:bg-white">
            Sign out
          </button>
        </form>
      </div>
      <div className="mt-6">{children}</div>
    </div>
  );
}
