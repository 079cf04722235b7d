"use server";
// Approve or reject a customer request (staff only, through the action chain).
import { z } from "zod";
import { staffAction } from "@/lib/actions/chain";
import { recordId } from "@/lib/actions/fields";
import { decide } from "@/lib/admin/moderation";

export const decideAction = staffAction
  .flash("/admin/moderation")
  .ids(z.object({ requestId: recordId, decision: z.enum(["approve", "reject"]) }))
  .input(z.object({ note: z.string().trim().max(1000, "Keep the note under 1,000 characters").default("") }))
  .run(async ({ user, ids, input }) => ({
    ok: true,
    message: await decide(user.id, ids.requestId, ids.decision === "approve", input.note),
  }));
