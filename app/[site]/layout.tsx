// The storefront a host serves (proxy.ts names it; lib/i18n/shop-rewrites.ts routes it here).
// Each storefront's pages are rendered on their first visit and then served from the cache.
export function generateStaticParams() {
  return [];
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return children;
}
