import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { creditBalance, creditHistory } from "@/lib/money/credit-ledger";
import { env } from "@/lib/config/env";
import { Card } from "@/components/ui/card";
import { Time } from "@/components/ui/time";
import { Money } from "@/components/ui/money";

export const metadata: Metadata = { title: "Store credit" };

export default async function CreditsPage() {
  const user = await requireUser("/account/credits");
  const currency = env().STORE_CURRENCY;
  const [balance, history] = await Promise.all([creditBalance(user.id, currency), creditHistory(user.id)]);
  return (
    <div>
      <h1 className="text-2xl font-bold">Store credit</h1>
      <p className="mt-2 text-lg">
        Balance:{" "}
        <strong data-testid="credit-balance">
          <Money minor={balance} currency={currency} />
        </strong>
      </p>
      <Card as="ul" padding="none" className="mt-4 divide-y divide-slate-200">
        {history.length === 0 && <li className="p-4 text-slate-600">No credit yet.</li>}
        {history.map((c) => (
          <li key={c.id} data-testid="credit-entry" className="flex justify-between gap-3 p-4 text-sm">
            <span>
              {c.reason}
              <span className="block text-slate-600">
                <Time value={c.createdAt} precision="date" />
                {c.status === "pending" ? " · pending confirmation" : ""}
              </span>
            </span>
            <span className={c.amountMinor < 0 ? "text-red-700" : "text-emerald-700"}>
              {c.amountMinor > 0 ? "+" : ""}
              <Money minor={c.amountMinor} currency={c.currency} />
            </span>
          </li>
        ))}
      </Card>
    </div>
  );
}
