// An empty page in the same build as the store: what the framework alone ships to a browser.
// `npm run bench:storefront` weighs the home page's JavaScript against it.
export const metadata = { title: "Blank", robots: { index: false } };

export default function BlankPage() {
  return <p className="p-8">This page is intentionally empty.</p>;
}
