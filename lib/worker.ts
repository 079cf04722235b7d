// The worker: runs queued jobs and the schedules. `npm run worker` starts one; the launcher starts
// one beside the web server. Several workers may run at once.
import type { PgBoss } from "pg-boss";
import { notifyCatalogueChanged } from "@/lib/catalogue/revalidate";
import { syncCatalogue } from "@/lib/catalogue/sync";
import { db } from "@/lib/db";
import { env } from "@/lib/config/env";
import { repriceCurrencies } from "@/lib/catalogue/currency-prices";
import { sendQueuedEmail } from "@/lib/email/outbox";
import { refreshExchangeRates } from "@/lib/money/fx-refresh";
import { esimgo } from "@/lib/esimgo";
import { errorText, logger, type Logger } from "@/lib/log/logger";
import { fulfilLine } from "@/lib/fulfilment/fulfil-line";
import { dueLines } from "@/lib/fulfilment/sweep";
import { refundUndeliveredLines } from "@/lib/fulfilment/undelivered-refunds";
import { pollStaleUsage } from "@/lib/esims/usage/poll";
import { rewardPendingReferrals } from "@/lib/referrals/referral-reward";
import { runAutoTopUp } from "@/lib/auto-top-up/run";
import { checkInstalls, sendInstallReminders } from "@/lib/esims/install-watch";
import { enqueue } from "./jobs/enqueue";
import { startBoss } from "./jobs/boss";
import { QUEUES } from "./jobs/queues";
import { seedDemoReseller } from "@/lib/tenancy/demo-reseller";

// Queues a customer is waiting on (an eSIM, its email, a top-up as data runs out): a job whose
// NOTIFY the worker missed is still fetched within 2 s, not at pg-boss's 30 s backstop poll
// (seen in e2e: emails 11–30 s late, an automatic top-up 35 s late).
const CUSTOMER_WAITING = { notifyPollingIntervalSeconds: 2 };

export async function startWorker(log: Logger = logger): Promise<PgBoss> {
  const e = env();
  const boss = await startBoss(process.env.DATABASE_URL!);

  await boss.work(QUEUES.catalogueSync.name, async () => {
    const result = await syncCatalogue(esimgo(), { storeCurrency: e.STORE_CURRENCY });
    await notifyCatalogueChanged();
    log.info(
      { scope: "catalogue", ...result },
      `catalogue synced: ${result.upserted} bundles in ${result.pages} pages, ` +
        `${result.deactivated} deactivated, ${result.repriced} priced (${result.durationMs} ms)`,
    );
  });
  await scheduleOrOff(boss, QUEUES.catalogueSync.name, e.CATALOGUE_SYNC_CRON);

  await boss.work<{ lineId: string }>(QUEUES.fulfilLine.name, { batchSize: 1, localConcurrency: 4, ...CUSTOMER_WAITING }, async ([job]) => {
    const outcome = await fulfilLine(job.data.lineId);
    if (outcome !== "not_claimed")
      log.info({ scope: "fulfilment", lineId: job.data.lineId, outcome }, `line ${job.data.lineId}: ${outcome}`);
  });
  await boss.work(QUEUES.fulfilmentSweep.name, async () => {
    for (const lineId of await dueLines()) await enqueue(QUEUES.fulfilLine.name, { lineId });
    const refunded = await refundUndeliveredLines();
    if (refunded) log.warn({ scope: "fulfilment", refunded }, `${refunded} undelivered lines refunded automatically`);
    const referrals = await rewardPendingReferrals();
    if (referrals) log.info({ scope: "referrals", referrals }, `${referrals} referrals decided by the sweep`);
  });
  await boss.schedule(QUEUES.fulfilmentSweep.name, "* * * * *");

  await boss.work(QUEUES.installWatch.name, async () => {
    const checked = await checkInstalls();
    const reminded = await sendInstallReminders();
    if (checked || reminded) log.info({ scope: "install", checked, reminded }, `install status: ${checked} checked, ${reminded} reminded`);
  });
  await boss.schedule(QUEUES.installWatch.name, "* * * * *");

  await boss.work(QUEUES.usagePoll.name, async () => {
    const refreshed = await pollStaleUsage();
    if (refreshed) log.info({ scope: "usage", refreshed }, `refreshed usage of ${refreshed} eSIMs not heard of for 6 hours`);
  });
  await scheduleOrOff(boss, QUEUES.usagePoll.name, e.USAGE_POLL_CRON);

  await boss.work(QUEUES.fxRates.name, async () => {
    const rates = await refreshExchangeRates();
    const priced = await repriceCurrencies();
    await notifyCatalogueChanged();
    log.info({ scope: "fx", ...rates, priced }, `exchange rates of ${rates.publishedOn}: ${rates.currencies} currencies, ${priced} prices`);
  });
  await scheduleOrOff(boss, QUEUES.fxRates.name, e.FX_RATES_CRON);

  await boss.work<{ esimId: string; assignmentId: string; used: number }>(QUEUES.autoTopUp.name, CUSTOMER_WAITING, async ([job]) => {
    const outcome = await runAutoTopUp(job.data.esimId, job.data.assignmentId, job.data.used);
    if (outcome !== "not-due") log.info({ scope: "auto-top-up", esimId: job.data.esimId, outcome }, `automatic top-up: ${outcome}`);
  });

  await boss.work<{ emailId: string }>(QUEUES.sendEmail.name, CUSTOMER_WAITING, async ([job]) => sendQueuedEmail(job.data.emailId));

  // The embedded default's demo reseller; a failure leaves the store itself working.
  await seedDemoReseller().catch((error) => log.error({ scope: "demo", err: errorText(error) }, "could not seed the demo reseller"));
  // First start: no catalogue yet, so sync now rather than at the next scheduled time.
  const synced = await db.catalogueSync.count({ where: { status: "succeeded" } });
  if (synced === 0) await boss.send(QUEUES.catalogueSync.name, {}, { singletonKey: "first-sync", singletonSeconds: 300 });
  // Likewise the exchange rates: without them only the wholesale currency is on sale.
  if ((await db.exchangeRate.count()) === 0)
    await boss.send(QUEUES.fxRates.name, {}, { singletonKey: "first-rates", singletonSeconds: 300 });
  log.info("worker ready");
  return boss;
}

// Schedules live in the database, so "off" must also remove one an earlier start left behind.
async function scheduleOrOff(boss: PgBoss, queue: string, cron: string) {
  if (cron === "off") await boss.unschedule(queue);
  else await boss.schedule(queue, cron);
}
