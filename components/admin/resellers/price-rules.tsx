// One tier of a reseller's pricing rules (its cost, set by the operator; its retail prices over
// that cost): the rules in force, a delete button each, and a form to add or replace one (the
// same scope and match replaces).
import { inputClass as input } from "@/components/admin/filters";
import type { PricingRule } from "@/lib/generated/prisma/client";
import { toMajorString } from "@/lib/money/minor-units";
import { deleteResellerRuleAction, saveResellerRuleAction } from "./actions";

type Props = { tenantId: string; tier: "cost" | "retail"; title: string; base: string; rules: PricingRule[]; currency: string };

export function PriceRules({ tenantId, tier, title, base, rules, currency }: Props) {
  const ids = (
    <>
      <input type="hidden" name="tenantId" value={tenantId} />
      <input type="hidden" name="tier" value={tier} />
    </>
  );
  return (
    <section aria-label={title} className="space-y-2 rounded-2xl border border-slate-200 bg-white p-4">
      <h2 className="font-semibold">{title}</h2>
      <ul className="space-y-1 text-sm" data-testid={`${tier}-rules`}>
        {rules.map((r) => (
          <li key={r.id} className="flex items-center justify-between gap-2">
            <span>
              {r.scope}
              {r.match && ` ${r.match}`}: +{r.markupBps / 100} % on {base}, at least {toMajorString(r.minMarginMinor, currency)} {currency}
              {r.charmEnding !== null && `, ending .${String(r.charmEnding).padStart(2, "0")}`}
              {!r.active && " (inactive)"}
            </span>
            <form action={deleteResellerRuleAction}>
              {ids}
              <input type="hidden" name="ruleId" value={r.id} />
              <button className="rounded border border-slate-300 px-2 py-0.5 text-xs">Delete</button>
            </form>
          </li>
        ))}
        {rules.length === 0 && <li className="text-slate-600">No rules: the built-in default (+35 % on {base}, ending .99).</li>}
      </ul>
      <form action={saveResellerRuleAction} aria-label={`${title}: add a rule`} className="grid gap-2 sm:grid-cols-6 sm:items-end">
        {ids}
        <input type="hidden" name="active" value="on" />
        <label className="text-sm">
          Scope
          <select name="scope" className={`${input} w-full`}>
            {["default", "group", "region", "country", "bundle"].map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label className="text-sm sm:col-span-2">
          Applies to
          <input name="match" placeholder="JP, Europe, a bundle…" className={`${input} w-full`} />
        </label>
        <label className="text-sm">
          Markup (%)
          <input name="markupPct" type="number" step="0.1" min="0" max="500" required className={`${input} w-full`} />
        </label>
        <label className="text-sm">
          Min. margin
          <input name="minMargin" inputMode="decimal" defaultValue="0" required className={`${input} w-full`} />
        </label>
        <label className="text-sm">
          Ending
          <input name="charmEnding" type="number" min="0" max="99" placeholder="99" className={`${input} w-full`} />
        </label>
        <button className="h-10 rounded-lg bg-brand-600 px-3 text-sm font-semibold text-white sm:col-start-6">Save rule</button>
      </form>
    </section>
  );
}
