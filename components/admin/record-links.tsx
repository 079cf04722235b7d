// Links from one staff record to another (an eSIM's page, an order's page).
import Link from "next/link";
import type { ReactNode } from "react";

export function EsimLink({ iccid }: { iccid: string }) {
  return (
    <Link href={`/admin/esims/${iccid}`} className="font-mono text-brand-700 underline">
      {iccid}
    </Link>
  );
}

export function OrderLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Link href={`/admin/orders/${id}`} className="text-brand-700 underline">
      {children}
    </Link>
  );
}
