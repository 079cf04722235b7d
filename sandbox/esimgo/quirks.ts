// Answers the OpenAPI document allows but the live API does not usually send, switched on per test
// (POST /__sandbox/quirks) to prove the store copes with what another eSIM Go implementation
// written from the same document answers.
export type Quirks = {
  catalogueAsList: boolean; // GET /catalogue answers the spec's bare array (page and perPage still apply)
  catalogueSize: number | null; // only the first N bundles exist
  duplicateNames: boolean; // each page repeats a name: its own first bundle, and (after page 1) the catalogue's first
  costs: Record<string, number>; // X-Ratelimit-Cost by path prefix, e.g. { "/catalogue": 5 }; 1 otherwise
  foreignIccid403: boolean; // an ICCID outside the organisation answers 403, as the live API does
};

export const NO_QUIRKS: Quirks = { catalogueAsList: false, catalogueSize: null, duplicateNames: false, costs: {}, foreignIccid403: false };

export function costOf(quirks: Quirks, path: string): number {
  const prefix = Object.keys(quirks.costs)
    .filter((p) => path.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  return prefix ? Math.max(1, quirks.costs[prefix]) : 1;
}
