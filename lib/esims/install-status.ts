// What an eSIM detail from eSIM Go says about installation, as the columns that store it. Every
// place that reads a detail saves these, so My Account stops saying "Released" once it is installed.
import type { EsimDetail } from "@/lib/esimgo";

export function installStatus(detail: Pick<EsimDetail, "profileStatus" | "firstInstalledDateTime">, fallbackStatus?: string) {
  return { profileStatus: detail.profileStatus ?? fallbackStatus, firstInstalledAt: detail.firstInstalledDateTime };
}
