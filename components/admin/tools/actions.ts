"use server";
// Staff tools that change data: backfill apply (after its dry run).
import { staffAction } from "@/lib/actions/chain";
import { backfill } from "@/lib/esims/backfill";

export const applyBackfillAction = staffAction.flash("/admin/tools").run(async ({ user }) => {
  const items = await backfill(user.id, true);
  const restored = items.filter((i) => !i.error).length;
  return { ok: true, message: `Restored ${restored} line(s); ${items.length - restored} could not be recovered.` };
});
