// A table of records: columns as data (header, cell, alignment), one row per record, a line saying
// so when there are none, and an optional footer (totals).
import type { ReactNode } from "react";

export type Column<T> = { header: ReactNode; cell: (row: T) => ReactNode; align?: "right"; testId?: string; className?: string };

type Props<T> = {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  rowTestId?: string;
  empty?: ReactNode;
  top?: boolean;
  footer?: ReactNode;
};

export function DataTable<T>({ columns, rows, rowKey, rowTestId, empty, top = false, footer }: Props<T>) {
  const cellClass = (c: Column<T>, i: number) =>
    [i === 0 ? "py-2" : "", c.align === "right" ? "text-right" : "", c.className ?? ""].join(" ").trim();
  return (
    <table className="w-full text-left text-sm">
      <thead>
        <tr className="text-slate-600">
          {columns.map((c, i) => (
            <th key={i} className={cellClass(c, i) || undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} data-testid={rowTestId} className={`border-t border-slate-200${top ? " align-top" : ""}`}>
            {columns.map((c, i) => (
              <td key={i} data-testid={c.testId} className={cellClass(c, i) || undefined}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
        {rows.length === 0 && empty && (
          <tr>
            <td colSpan={columns.length} className="py-2 text-slate-600">
              {empty}
            </td>
          </tr>
        )}
      </tbody>
      {footer && <tfoot>{footer}</tfoot>}
    </table>
  );
}
