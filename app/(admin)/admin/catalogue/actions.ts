"use server";
// Staff switches on the catalogue (staff only): sell a bundle or not, feature a destination on
// the home page, start a catalogue sync. The storefront's cached pages refresh at once.
import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { setBundleEnabled, setFeatured, startSync } from "@/lib/admin/catalogue";
import { requireStaff } from "@/lib/auth/session";
import { CATALOGUE_TAG } from "@/lib/catalogue/cached";
import { assertForm, formField } from "@/lib/http/form-input";

const flag = z.enum(["true", "false"]).transform((v) => v === "true");

export async function setBundleEnabledAction(form: FormData) {
  assertForm(form);
  const staff = await requireStaff();
  const id = formField(z.string().regex(/^[a-z0-9-]{20,40}$/), form.get("bundleId")); // UUIDs from the catalogue sync
  if (await setBundleEnabled(staff.id, id, formField(flag, form.get("enabled")))) updateTag(CATALOGUE_TAG);
  revalidatePath("/admin/catalogue");
}

export async function setFeaturedAction(form: FormData) {
  assertForm(form);
  const staff = await requireStaff();
  const iso = formField(z.string().regex(/^[A-Z]{2}$/), form.get("iso"));
  if (await setFeatured(staff.id, iso, formField(flag, form.get("featured")))) updateTag(CATALOGUE_TAG);
  revalidatePath("/admin/catalogue/destinations");
}

export async function startSyncAction() {
  const staff = await requireStaff();
  await startSync(staff.id);
  redirect(`/admin/catalogue?result=${encodeURIComponent("Catalogue sync queued: the worker starts it within seconds.")}`);
}
