"use server";
// Confirms a bundle removal for the signed-in owner (eligibility is decided again here).
import { currentUser } from "@/lib/auth/session";
import { removeBundle, type RemovalResult } from "@/lib/refunds/removal";
import { assertForm } from "@/lib/http/form-input";

export type RemoveState = RemovalResult | null;

export async function removeBundleAction(_previous: RemoveState, form: FormData): Promise<RemoveState> {
  assertForm(form);
  const user = await currentUser();
  if (!user) return { status: "refused", message: "Please sign in again." };
  const assignmentId = String(form.get("assignmentId") ?? "");
  const result = await removeBundle(user.id, assignmentId);
  if (!result) return { status: "refused", message: "This plan was not found on your eSIMs." };
  return result;
}
