import { z } from "zod";
import { ruleDraftSchema, toDraft, unknownMatch, pricingRules } from "@/lib/catalogue/pricing-rules";
import { requireStaff } from "@/lib/auth/session";
import { DEFAULT_RULE } from "@/lib/catalogue/pricing";
import { previewRule } from "@/lib/catalogue/pricing-preview";
import { env } from "@/lib/config/env";
import { toMajorString } from "@/lib/money/minor-units";
import { deleteRuleAction } from "@/components/admin/pricing/actions";
import { RuleForm, ruleFormValues } from "@/components/admin/pricing/rule-form";
import { Flash } from "@/components/ui/flash";
import { Money } from "@/components/ui/money";
import { DataTable } from "@/components/ui/data-table";
import type { PageProps } from "@/lib/http/page-props";
import { AdminPage } from "@/components/admin/admin-page";

const flash = z.object({ edit: z.string().max(40).optional().catch(undefined) });
const pct = (bps: number | null) => (bps === null ? "–" : `${(bps / 100).toFixed(1)} %`);

// Pricing rules: the most specific active rule prices a bundle (bundle > country > region > group
// > default). "Preview" shows every governed price and margin before anything is saved.
export default async function PricingPage({ searchParams }: PageProps) {
  await requireStaff();
  const query = await searchParams;
  const f = flash.parse(query);
  const currency = env().STORE_CURRENCY;
  const major = (minor: number) => toMajorString(minor, currency);
  const rules = await pricingRules();
  const editing = f.edit ? rules.find((r) => r.id === f.edit) : undefined;
  const draftForm = "preview" in query ? ruleDraftSchema.safeParse({ ...query, active: query.active }) : null;
  const draft = draftForm?.success ? toDraft(draftForm.data, currency) : null;
  const problem = draft ? await unknownMatch(draft) : null;
  const preview = draft && !problem ? await previewRule(draft, currency) : null;
  const initial = ruleFormValues(draft ?? editing ?? { scope: "country", match: "", ...DEFAULT_RULE, active: true }, major);

  return (
    <AdminPage title="Pricing rules" roomy>
      <Flash params={query} testId="pricing-result" />
      {(problem || (draftForm && !draftForm.success)) && (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">
          {problem ?? draftForm?.error?.issues[0].message}
        </p>
      )}
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="text-slate-600">
            <th className="py-2">Scope</th>
            <th>Applies to</th>
            <th>Markup</th>
            <th>Min. margin</th>
            <th>Ending</th>
            <th>Active</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <tr key={r.id} data-testid="pricing-rule" className="border-t border-slate-200">
              <td className="py-2">{r.scope}</td>
              <td>{r.match ?? "everything else"}</td>
              <td>{pct(r.markupBps)}</td>
              <td>
                <Money minor={r.minMarginMinor} currency={currency} />
              </td>
              <td>{r.charmEnding ?? "–"}</td>
              <td>{r.active ? "yes" : "no"}</td>
              <td className="flex gap-3 py-2">
                <a href={`?edit=${r.id}`} className="text-brand-700 underline">
                  Edit
                </a>
                {r.scope !== "default" && (
                  <form action={deleteRuleAction}>
                    <input type="hidden" name="ruleId" value={r.id} />
                    <button className="text-red-700 underline">Delete</button>
                  </form>
                )}
              </td>
            </tr>
          ))}
          {rules.length === 0 && (
            <tr>
              <td colSpan={7} className="py-2 text-slate-600">
                No rules yet: every bundle uses the built-in default (+{DEFAULT_RULE.markupBps / 100} %).
              </td>
            </tr>
          )}
        </tbody>
      </table>

      <RuleForm initial={initial} currency={currency} canSave={Boolean(preview)} />

      {preview && (
        <section aria-label="Preview" className="rounded-2xl border border-amber-300 bg-amber-50 p-4 text-sm">
          <p data-testid="pricing-preview-summary">
            This rule would price <strong>{preview.governed}</strong> bundles and change <strong>{preview.changed}</strong> prices. Average
            margin {pct(preview.averageMarginBeforeBps)} → <strong>{pct(preview.averageMarginAfterBps)}</strong>.
          </p>
          <DataTable
            rows={preview.sample}
            rowKey={(r) => r.name}
            rowTestId="pricing-preview-row"
            columns={[
              { header: "Bundle", cell: (r) => r.name },
              { header: "Wholesale", align: "right", cell: (r) => <Money minor={r.wholesaleMinor} currency={currency} /> },
              {
                header: "Retail now",
                align: "right",
                cell: (r) => (r.beforeMinor === null ? "–" : <Money minor={r.beforeMinor} currency={currency} />),
              },
              {
                header: "Retail after",
                align: "right",
                className: "font-semibold",
                cell: (r) => <Money minor={r.afterMinor} currency={currency} />,
              },
              { header: "Margin now", align: "right", cell: (r) => pct(r.marginBeforeBps) },
              { header: "Margin after", align: "right", cell: (r) => pct(r.marginAfterBps) },
            ]}
          />
        </section>
      )}
    </AdminPage>
  );
}
