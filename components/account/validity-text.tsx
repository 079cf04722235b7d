// A bundle's remaining validity in the customer's words ("3 days left", "Noch 3 Tage").
import { useTranslations } from "next-intl";
import { validity } from "@/lib/esims/validity";

export function ValidityText({ assignment }: { assignment: { state: string; endTime: Date | null } }) {
  const t = useTranslations("Account");
  const v = validity(assignment);
  if (v.kind === "state") return <>{t.has(`bundleState.${v.state}`) ? t(`bundleState.${v.state}`) : v.state}</>;
  if (v.kind === "daysLeft" || v.kind === "hoursLeft") return <>{t(`validity.${v.kind}`, { count: v.count })}</>;
  return <>{t(`validity.${v.kind}`)}</>;
}
