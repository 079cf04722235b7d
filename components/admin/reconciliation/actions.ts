"use server";
// One-click reconciliation fixes (staff only, through the action chain).
import { z } from "zod";
import { fromOutcome, staffAction } from "@/lib/actions/chain";
import { checkoutSessionId, recordId } from "@/lib/actions/fields";
import { recordLostPayment, refundOrphanPayment, retryLine } from "@/lib/admin/reconciliation-fixes";

const fix = staffAction.flash("/admin/reconciliation");

export const retryLineAction = fix
  .ids(z.object({ lineId: recordId }))
  .run(async ({ user, ids }) => fromOutcome(await retryLine(user.id, ids.lineId)));

export const recordPaymentAction = fix
  .ids(z.object({ sessionId: checkoutSessionId }))
  .run(async ({ user, ids }) => fromOutcome(await recordLostPayment(user.id, ids.sessionId)));

export const refundPaymentAction = fix
  .ids(z.object({ sessionId: checkoutSessionId }))
  .run(async ({ user, ids }) => fromOutcome(await refundOrphanPayment(user.id, ids.sessionId)));
