// GET /admin/orders/export – the filtered order list as CSV (staff only; no activation data)
import { currentStaff } from "@/lib/auth/session";
import { findOrders, orderFiltersSchema, ordersCsv } from "@/lib/orders/staff-orders";

export async function GET(request: Request) {
  if (!(await currentStaff())) return new Response("Not found", { status: 404 });
  const filters = orderFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const csv = ordersCsv(await findOrders(filters, 10_000, 0));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="orders.csv"',
      "Cache-Control": "no-store",
    },
  });
}
