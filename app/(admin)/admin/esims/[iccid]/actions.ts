"use server";
// Staff refresh of one eSIM's bundles and usage from eSIM Go (at most every 5 s per eSIM).
import { redirect } from "next/navigation";
import { z } from "zod";
import { audit } from "@/lib/admin/audit";
import { esimForStaff } from "@/lib/admin/customers";
import { refreshLiveUsage } from "@/lib/account/live-usage";
import { requireStaff } from "@/lib/auth/session";
import { assertForm, formField } from "@/lib/http/form-input";

export async function refreshEsimAction(form: FormData) {
  assertForm(form);
  const staff = await requireStaff();
  const iccid = formField(z.string().regex(/^\d{10,22}$/), form.get("iccid"));
  const esim = await esimForStaff(iccid);
  if (!esim) redirect("/admin/customers");
  const result = await refreshLiveUsage(esim, 8000, 5000);
  await audit(staff.id, "esim_refresh", { type: "esim", id: iccid }, { source: result.source });
  const message = result.source === "live" ? "Refreshed from eSIM Go." : result.source === "recent" ? "Refreshed a few seconds ago; try again shortly." : (result.note ?? "eSIM Go did not answer.");
  redirect(`/admin/esims/${iccid}?result=${encodeURIComponent(message)}`);
}
