// One titled list of search results on a staff page (nothing when empty).
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

export function ResultList<T>({
  title,
  items,
  itemKey,
  testId,
  children,
}: {
  title: string;
  items: T[];
  itemKey: (item: T) => string;
  testId?: string;
  children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <section aria-label={title}>
      <h2 className="font-semibold">{title}</h2>
      <Card as="ul" padding="none" className="mt-2 divide-y divide-slate-200 text-sm">
        {items.map((item) => (
          <li key={itemKey(item)} data-testid={testId} className="p-3">
            {children(item)}
          </li>
        ))}
      </Card>
    </section>
  );
}
