"use server";
// Refund unused inventory to the eSIM Go balance (staff only; confirmed on the preview page).
import { z } from "zod";
import { fromOutcome, staffAction } from "@/lib/actions/chain";
import { refundInventoryItem } from "@/lib/admin/inventory";

export const refundInventoryAction = staffAction
  .flash("/admin/inventory")
  .ids(z.object({ usageId: z.coerce.number().int().positive(), quantity: z.coerce.number().int().min(1).max(1000) }))
  .run(async ({ user, ids }) => fromOutcome(await refundInventoryItem(user.id, ids.usageId, ids.quantity)));
