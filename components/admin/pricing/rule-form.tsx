// The pricing rule form: "Preview" reloads the page with the draft in the URL; "Save rule" appears
// once a preview has been shown.
import { inputClass as input } from "@/components/admin/filters";
import { saveRuleAction } from "./actions";

type Values = ReturnType<typeof ruleFormValues>;

export function RuleForm({ initial, currency, canSave }: { initial: Values; currency: string; canSave: boolean }) {
  return (
    <form method="get" aria-label="Pricing rule" className="grid gap-3 rounded-2xl border border-slate-200 bg-white p-4 sm:grid-cols-3">
      <input type="hidden" name="preview" value="1" />
      <label className="text-sm">
        Scope
        <br />
        <select name="scope" defaultValue={initial.scope} className={`${input} w-full`}>
          {["default", "group", "region", "country", "bundle"].map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        Applies to (group, region, ISO country code or bundle)
        <br />
        <input name="match" defaultValue={initial.match} className={`${input} w-full`} />
      </label>
      <label className="text-sm">
        Markup on wholesale (%)
        <br />
        <input
          name="markupPct"
          type="number"
          step="0.1"
          min="0"
          max="500"
          required
          defaultValue={initial.markupPct}
          className={`${input} w-full`}
        />
      </label>
      <label className="text-sm">
        Minimum margin ({currency})<br />
        <input name="minMargin" inputMode="decimal" required defaultValue={initial.minMargin} className={`${input} w-full`} />
      </label>
      <label className="text-sm">
        Price ending (cents, blank for none)
        <br />
        <input name="charmEnding" type="number" min="0" max="99" defaultValue={initial.charmEnding} className={`${input} w-full`} />
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="active" defaultChecked={initial.active} className="h-5 w-5" /> Active
      </label>
      <div className="flex gap-2 sm:col-span-3">
        <button className="h-10 rounded-lg border border-slate-300 px-3 text-sm font-semibold">Preview</button>
        {canSave && (
          <button
            formAction={saveRuleAction}
            formMethod="post"
            className="h-10 rounded-lg bg-brand-600 px-3 text-sm font-semibold text-white"
          >
            Save rule
          </button>
        )}
      </div>
    </form>
  );
}

type RuleLike = {
  scope: string;
  match: string | null;
  markupBps: number;
  minMarginMinor: number;
  charmEnding: number | null;
  active: boolean;
};

// The rule form's fields, from a saved rule, a draft being previewed or the default.
export function ruleFormValues(r: RuleLike, major: (minor: number) => string) {
  const { scope, active } = r;
  return {
    scope,
    match: r.match ?? "",
    markupPct: r.markupBps / 100,
    minMargin: major(r.minMarginMinor),
    charmEnding: r.charmEnding ?? "",
    active,
  };
}
