// One line of an order on the thank-you page: its status in plain words and, once delivered, the
// QR code, the codes to copy and the one-tap install buttons.
import { getTranslations } from "next-intl/server";
import { InstallStatus } from "@/components/account/install-status";
import { InstallButtons } from "@/components/store/install-buttons";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import type { Locale } from "@/lib/i18n/locales";
import type { LineView } from "@/lib/orders/order-view";

const STEPS = ["s1", "s2", "s3", "s4"] as const;

export async function LineCard({ line, locale }: { line: LineView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Order" });
  return (
    <Card as="section" padding="lg" className="shadow-sm" aria-label={line.name}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">
          {line.kind === "topup" ? t("topup", { name: line.name }) : line.name}
          {line.quantity > 1 ? ` × ${line.quantity}` : ""}
        </h2>
        <span data-testid="line-status" className="text-sm font-medium text-slate-700">
          {t(`status.${line.status}`)}
        </span>
      </div>
      {line.status === "esim_pending" && <p className="mt-2 text-sm text-amber-800">{t("slow")}</p>}
      {line.status === "esim_failed" && <p className="mt-2 text-sm text-red-800">{t("failed")}</p>}
      {line.kind === "topup" && line.status === "fulfilled" && (
        <p className="mt-2 text-sm text-slate-700">{t("topupDone", { iccid: line.targetIccid ?? "" })}</p>
      )}
      {line.esims.map((esim) => (
        <div key={esim.iccid} data-testid="esim" className="mt-5 grid gap-5 border-t border-slate-100 pt-5 sm:grid-cols-[220px_1fr]">
          <div
            className="mx-auto w-[220px]"
            data-testid="qr"
            role="img"
            aria-label={t("qr")}
            dangerouslySetInnerHTML={{ __html: esim.qr }}
          />
          <div className="min-w-0 space-y-3 text-sm">
            <Field label={t("activationCode")} value={esim.lpa} testId="activation-code" />
            <Field label={t("smdp")} value={esim.smdpAddress} testId="smdp" />
            <Field label={t("matchingId")} value={esim.matchingId} testId="matching-id" />
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="text-xs text-slate-600">{t("iccid", { iccid: esim.iccid })}</p>
              <InstallStatus view={esim.install} locale={locale} />
            </div>
            <InstallButtons appleUrl={esim.appleUrl} androidUrl={esim.androidUrl} />
          </div>
        </div>
      ))}
      {line.esims.length > 0 && (
        <ol className="mt-5 list-decimal space-y-1 pl-5 text-sm text-slate-700">
          {STEPS.map((s) => (
            <li key={s}>{t(`steps.${s}`)}</li>
          ))}
        </ol>
      )}
    </Card>
  );
}

function Field({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div>
      <p className="text-slate-600">{label}</p>
      <div className="mt-1 flex items-center gap-2">
        <code data-testid={testId} className="min-w-0 flex-1 break-all rounded-lg bg-slate-100 px-2 py-1.5 font-mono text-[13px]">
          {value}
        </code>
        <CopyButton value={value} label={label} />
      </div>
    </div>
  );
}
