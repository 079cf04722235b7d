"use server";
// Staff refresh of one eSIM's bundles and usage from eSIM Go (at most every 5 s per eSIM).
import { notFound } from "next/navigation";
import { z } from "zod";
import { staffAction } from "@/lib/actions/chain";
import { iccid } from "@/lib/actions/fields";
import { audit } from "@/lib/audit";
import { esimForStaff } from "@/lib/esims/staff-esim";
import { refreshLiveUsage } from "@/lib/esims/live-usage";

export const refreshEsimAction = staffAction
  .ids(z.object({ iccid }))
  .flash(({ ids }) => `/admin/esims/${ids.iccid}`)
  .run(async ({ user, ids }) => {
    const esim = (await esimForStaff(ids.iccid)) ?? notFound();
    const result = await refreshLiveUsage(esim, 8000, 5000);
    await audit(user.id, "esim_refresh", { type: "esim", id: ids.iccid }, { source: result.source });
    if (result.source === "live") return { ok: true, message: "Refreshed from eSIM Go." };
    if (result.source === "recent") return { ok: true, message: "Refreshed a few seconds ago; try again shortly." };
    return { ok: false, error: result.note ?? "eSIM Go did not answer." };
  });
