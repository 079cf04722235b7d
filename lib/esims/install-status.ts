// Where an eSIM stands on the traveller's phone: Released (not installed, or removed), Downloaded,
// Installed (with the device when eSIM Go recognises it), Unavailable. Two sources write it: the
// eSIM detail (GET /esims/{iccid}, read after purchase and on page views) and eSIM Go's Profile
// Status Change notifications. Both go through the conditional update below, so an older report
// arriving late never overwrites a newer one.
import { db } from "@/lib/db";
import type { EsimDetail } from "@/lib/esimgo";
import type { Prisma } from "@/lib/generated/prisma/client";

type Report = {
  profileStatus: string;
  at: Date; // when it happened (or, for a polled detail, when it was read)
  firstInstalledAt?: Date;
  device?: { make?: string | null; model?: string | null } | null;
};

type Db = Pick<Prisma.TransactionClient, "esim">;

// Returns true when the report was newer than what the store had and was saved.
export async function applyInstallReport(tx: Db, esimId: string, r: Report): Promise<boolean> {
  const installedAt = r.firstInstalledAt ?? (r.profileStatus === "Installed" ? r.at : undefined);
  const { count } = await tx.esim.updateMany({
    where: { id: esimId, OR: [{ profileStatusAt: null }, { profileStatusAt: { lte: r.at } }] },
    data: {
      profileStatus: r.profileStatus,
      profileStatusAt: r.at,
      // A removal usually names only the EID: the last known device stays on record.
      ...(r.device?.make || r.device?.model ? { deviceMake: r.device.make ?? null, deviceModel: r.device.model ?? null } : {}),
    },
  });
  if (installedAt) await tx.esim.updateMany({ where: { id: esimId, firstInstalledAt: null }, data: { firstInstalledAt: installedAt } });
  return count > 0;
}

// A detail read from eSIM Go, as a report of "now".
export function detailReport(detail: Pick<EsimDetail, "profileStatus" | "firstInstalledDateTime">): Report | null {
  if (!detail.profileStatus) return null;
  return { profileStatus: detail.profileStatus, at: new Date(), firstInstalledAt: detail.firstInstalledDateTime };
}

export async function applyDetail(esimId: string, detail: Pick<EsimDetail, "profileStatus" | "firstInstalledDateTime">) {
  const report = detailReport(detail);
  return report ? applyInstallReport(db, esimId, report) : false;
}

// What the traveller reads: one of these keys (Account.install.*) with the device, if known.
export type InstallView = { key: "installed" | "downloading" | "removed" | "notInstalled" | "unavailable"; device: string | null };

export function installView(e: {
  profileStatus: string | null;
  firstInstalledAt: Date | null;
  deviceMake: string | null;
  deviceModel: string | null;
}): InstallView {
  const device = deviceName(e.deviceMake, e.deviceModel);
  switch (e.profileStatus) {
    case "Installed":
      return { key: "installed", device };
    case "Downloaded":
      return { key: "downloading", device };
    case "Unavailable":
    case "Deactivated":
      return { key: "unavailable", device: null };
    default:
      return { key: e.firstInstalledAt ? "removed" : "notInstalled", device };
  }
}

// "iPhone 15" rather than "Apple iPhone 15"; "Samsung Galaxy S24" keeps its make.
function deviceName(make: string | null, model: string | null): string | null {
  if (!model) return make;
  if (!make || model.toLowerCase().startsWith(make.toLowerCase()) || /^apple$/i.test(make)) return model;
  return `${make} ${model}`;
}
