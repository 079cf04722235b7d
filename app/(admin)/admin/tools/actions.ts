"use server";
// Staff tools that change data: backfill apply (after its dry run).
import { redirect } from "next/navigation";
import { backfill } from "@/lib/admin/backfill";
import { requireStaff } from "@/lib/auth/session";

export async function applyBackfillAction() {
  const staff = await requireStaff();
  const items = await backfill(staff.id, true);
  const restored = items.filter((i) => !i.error).length;
  redirect(`/admin/tools?restored=${restored}&failed=${items.length - restored}`);
}
