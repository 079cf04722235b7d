// What Next.js hands a page: its route parameters and the query (already bounded by proxy.ts to
// one value per name).
export type PageProps<P extends Record<string, string> = Record<string, never>> = {
  params: Promise<P>;
  searchParams: Promise<Record<string, string>>;
};
