import { z } from "zod";
import { requireStaff } from "@/lib/auth/session";
import { inventoryWithPrices } from "@/lib/admin/inventory";
import { refundInventoryAction } from "@/components/admin/inventory/actions";
import { DataTable } from "@/components/ui/data-table";
import { Flash } from "@/components/ui/flash";
import { Money } from "@/components/ui/money";
import type { PageProps } from "@/lib/http/page-props";
import { AdminPage } from "@/components/admin/admin-page";

const params = z.object({
  refund: z.coerce.number().int().positive().optional().catch(undefined),
  quantity: z.coerce.number().int().min(1).catch(1),
});

// Inventory: list, then "Refund…" shows what would come back, then "Confirm refund" does it.
export default async function InventoryPage({ searchParams }: PageProps) {
  await requireStaff();
  const query = await searchParams;
  const p = params.parse(query);
  let items: Awaited<ReturnType<typeof inventoryWithPrices>> = [];
  let error: string | null = null;
  try {
    items = await inventoryWithPrices();
  } catch (e) {
    error = (e as Error).message;
  }
  const preview = p.refund ? items.find((i) => i.usageId === p.refund) : undefined;
  const refundQuantity = preview ? Math.min(p.quantity, preview.remaining) : 0;
  return (
    <AdminPage title="eSIM Go inventory">
      <Flash params={query} testId="inventory-result" />
      {error && (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">
          Inventory unavailable: {error}
        </p>
      )}
      {preview && (
        <section aria-label="Confirm refund" className="rounded-2xl border border-amber-300 bg-amber-50 p-4 text-sm">
          <p>
            Refund {refundQuantity} × {preview.bundle} to the eSIM Go balance
            {preview.unitWholesale && (
              <>
                , about{" "}
                <Money minor={preview.unitWholesale.wholesaleMinor * refundQuantity} currency={preview.unitWholesale.wholesaleCurrency} />
              </>
            )}
            ? Refunds only work for unused items, when refunds are enabled for the organisation.
          </p>
          <form action={refundInventoryAction} className="mt-2">
            <input type="hidden" name="usageId" value={preview.usageId} />
            <input type="hidden" name="quantity" value={refundQuantity} />
            <button className="rounded-lg bg-red-700 px-3 py-2 font-semibold text-white">Confirm refund</button>
          </form>
        </section>
      )}
      <DataTable
        rows={items}
        rowKey={(i) => String(i.usageId)}
        rowTestId="inventory-item"
        empty={error ? undefined : "Nothing in inventory."}
        columns={[
          { header: "Bundle", cell: (i) => i.description },
          { header: "Usage id", cell: (i) => i.usageId },
          { header: "Remaining", cell: (i) => `${i.remaining} of ${i.total}` },
          { header: "Expires", cell: (i) => i.expiry ?? "–" },
          {
            header: "",
            cell: (i) => (
              <a href={`?refund=${i.usageId}&quantity=${i.remaining}`} className="text-brand-700 underline">
                Refund…
              </a>
            ),
          },
        ]}
      />
    </AdminPage>
  );
}
