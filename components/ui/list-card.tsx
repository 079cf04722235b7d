// A titled card holding a short list (a customer's orders, eSIMs, ledger entries), with a line
// for "none" and an optional link beside the title.
import type { ReactNode } from "react";
import { Card } from "./card";

type Props<T> = {
  title: string;
  items: T[];
  itemKey: (item: T) => string;
  empty: string;
  aside?: ReactNode;
  children: (item: T) => ReactNode;
};

export function ListCard<T>({ title, items, itemKey, empty, aside, children }: Props<T>) {
  return (
    <Card as="section" aria-label={title}>
      <div className="flex items-center justify-between">
        <h2 className="font-semibold">
          {title} ({items.length})
        </h2>
        {aside}
      </div>
      <ul className="mt-2 space-y-1 text-sm">
        {items.map((item) => (
          <li key={itemKey(item)}>{children(item)}</li>
        ))}
        {items.length === 0 && <li className="text-slate-600">{empty}</li>}
      </ul>
    </Card>
  );
}
