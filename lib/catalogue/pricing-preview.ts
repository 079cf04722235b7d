// What a pricing rule would do before it is saved: the bundles it would govern (the most specific
// rule wins, as in ruleFor), each one's retail price and margin now and after.
import { db } from "@/lib/db";
import { OPERATOR_RETAIL, retailPrice, ruleFor } from "./pricing";

export type RuleDraft = {
  scope: "default" | "group" | "region" | "country" | "bundle";
  match: string | null;
  markupBps: number;
  minMarginMinor: number;
  charmEnding: number | null;
  active: boolean;
};
export type PreviewRow = {
  name: string;
  wholesaleMinor: number;
  beforeMinor: number | null;
  afterMinor: number;
  marginBeforeBps: number | null;
  marginAfterBps: number;
};

const marginBps = (retail: number, wholesale: number) => (retail > 0 ? Math.round(((retail - wholesale) * 10_000) / retail) : 0);

export async function previewRule(draft: RuleDraft, storeCurrency: string, sampleSize = 25) {
  const [rules, bundles] = await Promise.all([
    db.pricingRule.findMany({ where: OPERATOR_RETAIL }),
    db.bundle.findMany({
      where: { wholesaleCurrency: storeCurrency, active: true },
      select: { name: true, countries: true, region: true, groups: true, wholesaleMinor: true, retailMinor: true },
      orderBy: { wholesaleMinor: "asc" },
    }),
  ]);
  // The draft replaces the rule with the same scope and match, as saving would.
  const candidate = { ...draft, id: "draft" };
  const withDraft = [...rules.filter((r) => !(r.scope === draft.scope && r.match === draft.match)), candidate];
  const governed = bundles.filter((b) => ruleFor(b, withDraft) === candidate);
  const rows: PreviewRow[] = governed.map((b) => {
    const after = retailPrice(b.wholesaleMinor, draft);
    return {
      name: b.name,
      wholesaleMinor: b.wholesaleMinor,
      beforeMinor: b.retailMinor,
      afterMinor: after,
      marginBeforeBps: b.retailMinor === null ? null : marginBps(b.retailMinor, b.wholesaleMinor),
      marginAfterBps: marginBps(after, b.wholesaleMinor),
    };
  });
  const average = (values: number[]) => (values.length ? Math.round(values.reduce((s, v) => s + v, 0) / values.length) : null);
  return {
    governed: rows.length,
    changed: rows.filter((r) => r.beforeMinor !== r.afterMinor).length,
    averageMarginBeforeBps: average(rows.flatMap((r) => (r.marginBeforeBps === null ? [] : [r.marginBeforeBps]))),
    averageMarginAfterBps: average(rows.map((r) => r.marginAfterBps)),
    sample: rows
      .filter((r) => r.beforeMinor !== r.afterMinor)
      .concat(rows.filter((r) => r.beforeMinor === r.afterMinor))
      .slice(0, sampleSize),
  };
}
