import { requireUser } from "@/lib/auth/session";
import { signOutAction } from "@/components/account/actions";
import { NavLinks } from "@/components/ui/nav-links";

export const metadata = { robots: { index: false } };

const ACCOUNT_MENU = [
  { href: "/account", label: "My eSIMs" },
  { href: "/account/orders", label: "Orders" },
  { href: "/account/credits", label: "Credit" },
];

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("/account");
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <NavLinks label="My account" links={ACCOUNT_MENU} className="flex gap-4 text-sm font-medium" linkClassName="hover:text-brand-700" />
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
