// Every usage figure eSIM Go reported for an eSIM, newest first.
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { planNamesFor } from "@/lib/catalogue/plan-names";
import { DataTable } from "@/components/ui/data-table";
import { formatBytes } from "@/lib/esims/owned-esims";
import { dateText } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

type Snapshot = { id: string; receivedAt: Date; bundleName: string | null; unlimited: boolean | null; remainingBytes: bigint | null };

export async function UsageHistory({ snapshots, locale }: { snapshots: Snapshot[]; locale: Locale }) {
  const [t, nameOf] = await Promise.all([
    getTranslations({ locale, namespace: "Account" }),
    planNamesFor(
      snapshots.map((s) => s.bundleName),
      locale,
    ),
  ]);
  return (
    <Card as="section" padding="lg" aria-label={t("usageHistory")}>
      <h2 className="font-semibold">{t("usageHistory")}</h2>
      {snapshots.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("noUsage")}</p>
      ) : (
        <DataTable
          rows={snapshots}
          rowKey={(s) => s.id}
          columns={[
            { header: t("when"), cell: (s) => dateText(s.receivedAt, locale, true) },
            { header: t("plan"), className: "break-all pr-3", cell: (s) => nameOf(s.bundleName) },
            { header: t("remaining"), cell: (s) => (s.unlimited ? t("unlimited") : formatBytes(s.remainingBytes, locale)) },
          ]}
        />
      )}
    </Card>
  );
}
