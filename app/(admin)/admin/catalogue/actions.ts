"use server";
// Staff switches on the catalogue (staff only): sell a bundle or not, feature a destination on
// the home page, start a catalogue sync. The storefront's cached pages refresh at once.
import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { setBundleEnabled, setFeatured, startSync } from "@/lib/admin/catalogue";
import { requireStaff } from "@/lib/auth/session";
import { CATALOGUE_TAG } from "@/lib/catalogue/cached";

const flag = z.enum(["true", "false"]).transform((v) => v === "true");

export async function setBundleEnabledAction(form: FormData) {
  const staff = await requireStaff();
  const id = z.string().regex(/^[a-z0-9-]{20,40}$/).parse(form.get("bundleId")); // UUIDs from the catalogue sync
  if (await setBundleEnabled(staff.id, id, flag.parse(form.get("enabled")))) updateTag(CATALOGUE_TAG);
  revalidatePath("/admin/catalogue");
}

export async function setFeaturedAction(form: FormData) {
  const staff = await requireStaff();
  const iso = z.string().regex(/^[A-Z]{2}$/).parse(form.get("iso"));
  if (await setFeatured(staff.id, iso, flag.parse(form.get("featured")))) updateTag(CATALOGUE_TAG);
  revalidatePath("/admin/catalogue/destinations");
}

export async function startSyncAction() {
  const staff = await requireStaff();
  await startSync(staff.id);
  redirect(`/admin/catalogue?result=${encodeURIComponent("Catalogue sync queued: the worker starts it within seconds.")}`);
}
