"use server";
// Confirms a bundle removal for the signed-in owner (eligibility is decided again here).
import { z } from "zod";
import { customerAction } from "@/lib/actions/chain";
import { recordId } from "@/lib/actions/fields";
import { findOwnedAssignment, removeBundle } from "@/lib/esims/bundle-removal";

export const removeBundleAction = customerAction
  .ids(z.object({ assignmentId: recordId }))
  .use(async ({ user, ids }) => ((await findOwnedAssignment(user.id, ids.assignmentId)) ? {} : null)) // not theirs: 404
  .run(async ({ user, ids }) => {
    const result = await removeBundle(user.id, ids.assignmentId);
    // Both answers are keys of the Removal messages: the form shows them in the customer's language.
    if (!result || result.status === "refused") return { ok: false, error: result?.message ?? "notFound", params: result?.params };
    return { ok: true, message: result.message };
  });
