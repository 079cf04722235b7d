// Questions a traveller asks about a plan, each a titled section.
import type { ReactNode } from "react";

export type FaqItem = { id: string; question: string; answer: ReactNode };

export function Faq({ items }: { items: FaqItem[] }) {
  return (
    <div className="mt-6 space-y-4 text-sm leading-relaxed text-slate-700">
      {items.map((item) => (
        <section key={item.id} aria-labelledby={item.id}>
          <h2 id={item.id} className="text-base font-semibold text-slate-900">
            {item.question}
          </h2>
          <p>{item.answer}</p>
        </section>
      ))}
    </div>
  );
}
