// Until a new eSIM is installed, the worker asks eSIM Go about it now and then (in case a Profile
// Status Change notification is lost): 2, 4, 8 … minutes apart, never more than 3 hours, for a
// week, within the shared rate limit. 24 hours after purchase, an eSIM still not installed gets one
// reminder email with the one-tap install links.
import { asTenant } from "@/lib/tenancy/context";
import { db } from "@/lib/db";
import { esimgo } from "@/lib/esimgo";
import { queueEmail } from "@/lib/email/outbox";
import { installReminderEmail } from "@/lib/email/templates/install-reminder";
import { installData } from "@/lib/esims/install-data";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { errorText, logger } from "@/lib/log/logger";
import { applyDetail } from "./install-status";

const MINUTE = 60_000;
const WATCH_FOR_MS = 7 * 24 * 60 * MINUTE;
const REMINDER_AFTER_MS = 24 * 60 * MINUTE;
const REMINDER_UNTIL_MS = 72 * 60 * MINUTE; // an eSIM older than this when the store learns of it is not reminded
const SETTLED = ["Installed", "Unavailable", "Deactivated"];

export const nextCheckAfterMs = (checks: number) => Math.min(180 * MINUTE, 2 * MINUTE * 2 ** checks);

const notInstalled = (since: number) => ({
  state: "active" as const,
  firstInstalledAt: null,
  createdAt: { gt: new Date(Date.now() - since) },
  AND: [{ OR: [{ profileStatus: null }, { profileStatus: { notIn: SETTLED } }] }],
});

export async function checkInstalls(limit = 20): Promise<number> {
  const now = Date.now();
  const candidates = await db.esim.findMany({
    where: { ...notInstalled(WATCH_FOR_MS), OR: [{ installCheckedAt: null }, { installCheckedAt: { lt: new Date(now - 2 * MINUTE) } }] },
    select: { id: true, iccid: true, createdAt: true, installChecks: true, installCheckedAt: true },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const due = candidates
    .filter((e) => now - (e.installCheckedAt ?? e.createdAt).getTime() >= nextCheckAfterMs(e.installChecks))
    .slice(0, limit);
  let checked = 0;
  for (const e of due) {
    // Several workers may run this: only the one whose update matches asks eSIM Go.
    const { count } = await db.esim.updateMany({
      where: { id: e.id, installChecks: e.installChecks },
      data: { installChecks: { increment: 1 }, installCheckedAt: new Date() },
    });
    if (count === 0) continue;
    try {
      await applyDetail(e.id, await esimgo().esim(e.iccid));
      checked++;
    } catch (error) {
      logger.warn({ scope: "install", iccid: e.iccid, err: errorText(error) }, "install status check failed; tried again later");
    }
  }
  return checked;
}

export async function sendInstallReminders(limit = 50): Promise<number> {
  const due = await db.esim.findMany({
    where: { ...notInstalled(REMINDER_UNTIL_MS), installReminderAt: null, createdAt: { lt: new Date(Date.now() - REMINDER_AFTER_MS) } },
    include: { owner: { select: { locale: true } }, originLine: { select: { order: { select: { locale: true } } } } },
    take: limit,
  });
  let sent = 0;
  for (const esim of due) {
    const { count } = await db.esim.updateMany({
      where: { id: esim.id, installReminderAt: null },
      data: { installReminderAt: new Date() },
    });
    if (count === 0) continue;
    // One fresh look first: a traveller who installed an hour ago should not be told they have not.
    const fresh = await esimgo()
      .esim(esim.iccid)
      .then((detail) => applyDetail(esim.id, detail).then(() => detail.profileStatus))
      .catch(() => esim.profileStatus);
    const install = installData(esim);
    if (!install || (fresh && SETTLED.includes(fresh))) continue;
    const language = esim.owner?.locale ?? esim.originLine?.order.locale;
    const locale = isLocale(language) ? language : DEFAULT_LOCALE;
    // In the eSIM's tenant: its storefront's links, its outbox.
    await asTenant(esim.tenantId, async () => queueEmail(await installReminderEmail({ to: esim.ownerEmail, locale, install })));
    sent++;
  }
  return sent;
}
