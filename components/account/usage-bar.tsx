import { useLocale, useTranslations } from "next-intl";
import { formatBytes, remainingShare } from "@/lib/esims/owned-esims";
import type { BundleAssignment } from "@/lib/generated/prisma/client";

export function UsageBar({ assignment }: { assignment: Pick<BundleAssignment, "unlimited" | "initialBytes" | "remainingBytes"> }) {
  const t = useTranslations("Account");
  const locale = useLocale();
  const share = remainingShare(assignment);
  if (share === null) return <p className="text-sm text-slate-700">{t("unlimitedData")}</p>;
  const percent = Math.round(share * 100);
  return (
    <div>
      <div className="flex justify-between text-sm">
        <span data-testid="remaining">{t("left", { amount: formatBytes(assignment.remainingBytes, locale) })}</span>
        <span className="text-slate-600">{t("of", { amount: formatBytes(assignment.initialBytes, locale) })}</span>
      </div>
      <div
        role="progressbar"
        aria-label={t("dataRemaining")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="mt-1 h-2.5 overflow-hidden rounded-full bg-slate-200"
      >
        <div className={`h-full rounded-full ${percent < 20 ? "bg-amber-500" : "bg-brand-600"}`} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
