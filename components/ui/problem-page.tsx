// The store's look for "something is wrong" pages (not found, failed to load): a plain headline,
// what happened in everyday words, and what the person can do next.
import Link from "next/link";

type Props = { title: string; text: string; links?: Array<{ href: string; label: string }>; children?: React.ReactNode };

export function ProblemPage({ title, text, links = [], children }: Props) {
  return (
    <section className="mx-auto max-w-xl px-4 py-16 text-center" aria-labelledby="problem-title">
      <h1 id="problem-title" className="text-3xl font-bold tracking-tight">
        {title}
      </h1>
      <p className="mt-3 text-slate-600">{text}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        {children}
        {links.map((l, i) => (
          <Link
            key={l.href}
            href={l.href}
            className={
              i === 0 && !children
                ? "rounded-xl bg-brand-600 px-5 py-3 font-semibold text-white hover:bg-brand-700"
                : "rounded-xl border border-slate-300 bg-white px-5 py-3 font-semibold hover:bg-slate-50"
            }
          >
            {l.label}
          </Link>
        ))}
      </div>
    </section>
  );
}
