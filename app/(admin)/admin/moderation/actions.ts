"use server";
// Approve or reject a customer request (staff only).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { decide } from "@/lib/admin/moderation";
import { requireStaff } from "@/lib/auth/session";
import { assertForm, formField } from "@/lib/http/form-input";

const schema = z.object({ requestId: z.string().min(10).max(40), decision: z.enum(["approve", "reject"]), note: z.string().trim().max(1000).catch("") });

export async function decideAction(form: FormData) {
  assertForm(form);
  const staff = await requireStaff();
  const input = formField(schema, { requestId: form.get("requestId"), decision: form.get("decision"), note: form.get("note") });
  await decide(staff.id, input.requestId, input.decision === "approve", input.note);
  revalidatePath("/admin/moderation");
}
