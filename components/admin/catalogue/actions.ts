"use server";
// Staff switches on the catalogue (staff only, through the action chain): sell a bundle or not,
// feature a destination on the home page, start a catalogue sync. Cached pages refresh at once.
import { revalidatePath, updateTag } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/lib/actions/chain";
import { flag } from "@/lib/actions/fields";
import { setBundleEnabled, setFeatured, startSync } from "@/lib/catalogue/staff-catalogue";
import { CATALOGUE_TAG } from "@/lib/catalogue/cached";

// Bundle ids are UUIDs from the catalogue sync.
export const setBundleEnabledAction = staffAction
  .ids(z.object({ bundleId: z.string().regex(/^[a-z0-9-]{20,40}$/), enabled: flag }))
  .run(async ({ user, ids }) => {
    if (await setBundleEnabled(user.id, ids.bundleId, ids.enabled)) updateTag(CATALOGUE_TAG);
    revalidatePath("/admin/catalogue");
    return { ok: true };
  });

export const setFeaturedAction = staffAction
  .ids(z.object({ iso: z.string().regex(/^[A-Z]{2}$/), featured: flag }))
  .run(async ({ user, ids }) => {
    if (await setFeatured(user.id, ids.iso, ids.featured)) updateTag(CATALOGUE_TAG);
    revalidatePath("/admin/catalogue/destinations");
    return { ok: true };
  });

export const startSyncAction = staffAction.flash("/admin/catalogue").run(async ({ user }) => {
  await startSync(user.id);
  return { ok: true, message: "Catalogue sync queued: the worker starts it within seconds." };
});
