// GET /api/orders/{id}/receipt?locale=de[&token=…] – the order's PDF receipt. The order's signed
// link (from the emails) opens it; so does being signed in as its owner, or as staff. Anyone else,
// and any order not paid, gets 404.
import { z } from "zod";
import { currentStaff, currentUser } from "@/lib/auth/session";
import { orderId, locale } from "@/lib/actions/fields";
import { verifyOrderAccessToken } from "@/lib/orders/access-token";
import { hasReceipt, loadReceipt } from "@/lib/orders/receipt";
import { receiptPdf } from "@/lib/orders/receipt-pdf";

const query = z.object({ token: z.string().max(200).optional(), locale });
const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = orderId.safeParse((await params).id);
  const q = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!id.success || !q.success) return notFound();
  let who: { userId: string } | null = null;
  if (!verifyOrderAccessToken(id.data, q.data.token)) {
    const user = await currentUser();
    if (!user) return notFound();
    if (!(await currentStaff())) who = { userId: user.id };
  }
  const receipt = await loadReceipt(id.data, who, q.data.locale);
  if (!receipt || !hasReceipt(receipt)) return notFound();
  const pdf = await receiptPdf(receipt, q.data.locale);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="receipt-${receipt.id}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
