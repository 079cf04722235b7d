// Destination search that forgives typos: matches a country's name in the visitor's language and in
// English, ISO codes and common aliases ("japn" → Japan, "usa" → United States, "holland" →
// Netherlands, "japon" → Japon, "日本" → 日本). Small and dependency-free so the same code runs on
// the server (no-JS search) and in the browser (instant suggestions).

export type SearchEntry = { iso: string; name: string; terms: string[] }; // terms are normalised

export function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions).
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

const allowedTypos = (length: number) => (length <= 3 ? 0 : length <= 5 ? 1 : 2);

function scoreTerm(query: string, term: string): number {
  if (term === query) return 100;
  if (term.startsWith(query)) return 90 - Math.min(20, term.length - query.length);
  if (term.split(" ").some((word) => word.startsWith(query))) return 75;
  const typos = allowedTypos(query.length);
  if (typos === 0) return 0;
  // A typo in what was typed so far: compare with the term's start of the same length (±1).
  const best = Math.min(
    editDistance(query, term.slice(0, query.length)),
    editDistance(query, term.slice(0, query.length + 1)),
    editDistance(query, term),
  );
  return best <= typos ? 60 - best * 10 : 0;
}

// No place name is longer; the typo tolerance costs length² per term, so longer input is cut.
export const MAX_QUERY_CHARS = 60;

export function searchDestinations<T extends SearchEntry>(entries: T[], query: string, limit = 8): T[] {
  const q = normalise(query.slice(0, MAX_QUERY_CHARS));
  if (!q) return [];
  return entries
    .map((entry) => ({ entry, score: Math.max(...entry.terms.map((t) => scoreTerm(q, t))) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name))
    .slice(0, limit)
    .map((r) => r.entry);
}

// name: as the visitor reads it; the other names (English, aliases) still find it.
export function searchEntry(country: { iso: string; name: string; aliases: string[] }, localName = country.name): SearchEntry {
  const terms = new Set([localName, country.name, country.iso, ...country.aliases].map(normalise).filter(Boolean));
  return { iso: country.iso, name: localName, terms: [...terms] };
}
