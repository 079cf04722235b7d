// What a callback means for people: the customer hears at 80 % and 100 % used, gets a welcome tip
// at first attachment and a warning before an unused eSIM is deleted; staff hear when the eSIM Go
// balance runs low. Each email has a dedupe key, so it goes out once per bundle (or event).
// From 90 % used, an eSIM's automatic top-up rule is asked whether it is due (a worker job).
import { asTenant } from "@/lib/tenancy/context";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";
import { queueEmail } from "@/lib/email/outbox";
import { usageEmail } from "@/lib/email/templates/usage";
import { env } from "@/lib/config/env";
import type { BundleAssignment } from "@/lib/generated/prisma/client";
import type { UsageCallback } from "./callback-schema";
import { noticeEmail } from "@/lib/email/templates/notice";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

export type Notification =
  | { kind: "usage-80" | "usage-100" | "welcome"; esimId: string; assignmentId: string }
  | { kind: "auto-top-up"; esimId: string; assignmentId: string; used: number } // the rule decides if it is due
  | { kind: "deletion-scheduled"; esimId: string }
  | { kind: "low-balance"; balance: number | null };

export function usageNotifications(
  callback: UsageCallback,
  esimId: string,
  a: Pick<BundleAssignment, "id" | "unlimited"> | null,
  figures: { initial: bigint | null; remaining: bigint | null },
): Notification[] {
  if (callback.alertType === "LowBalance" || callback.alertType === "InsufficientBalance")
    return [{ kind: "low-balance", balance: callback.balanceInfo?.balance ?? null }];
  if (!a) return [];
  if (callback.alertType === "FirstAttachment") return [{ kind: "welcome", esimId, assignmentId: a.id }];
  return usageThresholds(esimId, a, figures);
}

// What a plan's figures mean, however they arrived (a callback, or the poll that makes up for
// lost ones): the 80 % and 100 % emails, and from 90 % a question to the automatic top-up rule.
// Both are once per plan (the email's dedupe key, the top-up order's trigger key), so hearing the
// same figures twice sends nothing more.
export function usageThresholds(
  esimId: string,
  a: Pick<BundleAssignment, "id" | "unlimited">,
  figures: { initial: bigint | null; remaining: bigint | null },
): Notification[] {
  if (a.unlimited || !figures.initial || figures.remaining === null) return [];
  const used = 1 - Number(figures.remaining) / Number(figures.initial);
  const autoTopUp: Notification[] = used >= 0.9 ? [{ kind: "auto-top-up", esimId, assignmentId: a.id, used }] : [];
  if (used >= 1) return [{ kind: "usage-100", esimId, assignmentId: a.id }, ...autoTopUp];
  if (used >= 0.8) return [{ kind: "usage-80", esimId, assignmentId: a.id }, ...autoTopUp];
  return [];
}

export async function sendNotifications(list: Notification[]): Promise<void> {
  for (const n of list) {
    if (n.kind === "auto-top-up") {
      await enqueue(QUEUES.autoTopUp.name, { esimId: n.esimId, assignmentId: n.assignmentId, used: n.used });
      continue;
    }
    if (n.kind === "low-balance") {
      for (const to of env().staffEmails) {
        await queueEmail(
          noticeEmail({
            dedupeKey: `low-balance:${to}:${new Date().toISOString().slice(0, 13)}`,
            kind: "staff-alert",
            to,
            subject: "eSIM Go balance is low",
            message:
              `eSIM Go reports a low organisation balance${n.balance !== null ? ` (${n.balance})` : ""}. ` +
              `Top it up so orders keep being fulfilled.`,
          }),
        );
      }
      continue;
    }
    const esim = await db.esim.findUnique({
      where: { id: n.esimId },
      include: { owner: { select: { locale: true } }, originLine: { select: { order: { select: { locale: true } } } } },
    });
    if (!esim) continue;
    const bundleName =
      "assignmentId" in n ? (await db.bundleAssignment.findUnique({ where: { id: n.assignmentId } }))?.bundleName : undefined;
    // The customer's language: their account's, or the order's that bought the eSIM.
    const language = esim.owner?.locale ?? esim.originLine?.order.locale;
    // In the eSIM's tenant: its storefront's links, its outbox.
    await asTenant(esim.tenantId, async () =>
      queueEmail(
        await usageEmail(n.kind, {
          locale: isLocale(language) ? language : DEFAULT_LOCALE,
          to: esim.ownerEmail,
          iccid: esim.iccid,
          bundleName,
          dedupeKey: `${n.kind}:${"assignmentId" in n ? n.assignmentId : esim.id}`,
        }),
      ),
    );
  }
}
