"use server";
// Refund unused inventory to the eSIM Go balance (staff only; confirmed on the preview page).
import { redirect } from "next/navigation";
import { z } from "zod";
import { refundInventoryItem } from "@/lib/admin/inventory";
import { requireStaff } from "@/lib/auth/session";
import { assertForm, formField } from "@/lib/http/form-input";

const schema = z.object({ usageId: z.coerce.number().int().positive(), quantity: z.coerce.number().int().min(1).max(1000) });

export async function refundInventoryAction(form: FormData) {
  assertForm(form);
  const staff = await requireStaff();
  const { usageId, quantity } = formField(schema, { usageId: form.get("usageId"), quantity: form.get("quantity") });
  const result = await refundInventoryItem(staff.id, usageId, quantity);
  redirect(`/admin/inventory?result=${encodeURIComponent(result.message)}`);
}
