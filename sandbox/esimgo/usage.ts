// Simulated data use and eSIM Go's V3 usage callbacks: signed with HMAC-SHA256 of the raw body,
// keyed with the API key, delivered with retries (duplicates and reordering can happen, as live).
import { createHmac } from "node:crypto";
import type { AssignmentRecord, EsimRecord } from "./state";

export type Device = { imei?: string; eid?: string; tac?: string; make?: string; model?: string };
export const DEMO_DEVICE: Device = {
  imei: "353915100000008",
  eid: "89049032000000000000000000000008",
  tac: "35391510",
  make: "Apple",
  model: "iPhone 15",
};
import type { World } from "./world";

const THRESHOLDS = [1, 50, 80, 100];

export type CallbackOptions = { apiKey: string; encoding: "base64" | "hex"; maxAttempts: number; baseDelayMs: number };

export class UsageNotifier {
  private pending = new Set<Promise<void>>();
  delivered = 0;
  failed = 0;

  constructor(
    private world: World,
    private options: CallbackOptions,
  ) {}

  sign(body: string): string {
    return createHmac("sha256", this.options.apiKey).update(body).digest(this.options.encoding);
  }

  // Use `bytes` on an eSIM and send whatever notifications that crosses. Data flows only on a
  // phone, so an eSIM not installed yet is installed first (on the demo device).
  use(iccid: string, bytes: number) {
    if (this.world.esim(iccid).profileStatus !== "Installed") this.install(iccid, "Installed", DEMO_DEVICE);
    const result = this.world.consume(iccid, bytes);
    if (!result) return null;
    const { assignment, started } = result;
    if (started) {
      this.notify(iccid, "FirstAttachment", assignment);
      this.notify(iccid, "FirstUse", assignment);
    }
    if (!assignment.unlimited && assignment.initialBytes > 0) {
      const usedPercent = ((assignment.initialBytes - assignment.remainingBytes) / assignment.initialBytes) * 100;
      for (const t of THRESHOLDS) {
        if (usedPercent >= t && !assignment.thresholdsSent.includes(t)) {
          assignment.thresholdsSent.push(t);
          this.notify(iccid, "Utilisation", assignment);
        }
      }
    }
    return assignment;
  }

  private notify(iccid: string, alertType: string, a: AssignmentRecord) {
    const payload = {
      iccid,
      alertType,
      bundle: {
        id: a.id,
        reference: a.reference,
        name: a.bundle,
        description: a.description,
        initialQuantity: a.initialBytes,
        remainingQuantity: a.remainingBytes,
        startTime: a.startedAt,
        endTime: this.world.endTime(a),
        unlimited: a.unlimited,
      },
      ...(alertType === "FirstAttachment" ? { country: { code: "FR", name: "France" } } : {}),
    };
    this.send(JSON.stringify(payload));
  }

  // A Profile Status Change notification: the eSIM was installed on, downloaded to or removed
  // from a device. Only the device fields eSIM Go knows are sent.
  install(iccid: string, status: EsimRecord["profileStatus"], device: Device = {}) {
    this.world.setProfileStatus(iccid, status);
    const known = Object.fromEntries(Object.entries(device).filter(([, v]) => v));
    const body = JSON.stringify({
      iccid,
      profileStatus: status,
      date: new Date(this.world.now()).toISOString(),
      ...(Object.keys(known).length ? { device: known } : {}),
    });
    this.send(body);
    return body;
  }

  // The organisation's balance was topped up: a notification type the store has no handler for,
  // as eSIM Go may add more at any time. Returns the signed body it sent.
  topUpBalance(amount: number): string {
    const organisation = this.world.state.organisation;
    organisation.balance += amount;
    this.world.store.changed();
    const body = JSON.stringify({
      alertType: "Topup",
      balanceInfo: { balance: organisation.balance, amount, currency: organisation.currency },
    });
    this.send(body);
    return body;
  }

  send(body: string) {
    const url = this.world.state.organisation.callbackUrl;
    if (!url) return;
    const job = this.deliver(url, body).finally(() => this.pending.delete(job));
    this.pending.add(job);
  }

  private async deliver(url: string, body: string) {
    for (let attempt = 1; attempt <= this.options.maxAttempts; attempt++) {
      try {
        const res = await fetch(url, {
          method: "POST",
          headers: { "Content-Type": "application/json", "X-Signature-SHA256": this.sign(body) },
          body,
          signal: AbortSignal.timeout(10_000),
        });
        if (res.ok) {
          this.delivered++;
          return;
        }
      } catch {
        // network error: retried below
      }
      await new Promise((r) => setTimeout(r, this.options.baseDelayMs * 2 ** (attempt - 1)));
    }
    this.failed++;
  }

  async settle() {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }
}

// Installed eSIMs use data steadily, so a demo shows usage moving and callbacks arriving.
export function startUsageSimulation(
  world: World,
  notifier: UsageNotifier,
  opts: { bytesPerSecond: number; installAfterMs: number; tickMs: number },
) {
  const timer = setInterval(() => {
    const now = world.now();
    for (const esim of Object.values(world.state.esims)) {
      if (esim.state !== "active") continue;
      if (now - Date.parse(esim.createdAt) < opts.installAfterMs) continue;
      notifier.use(esim.iccid, (opts.bytesPerSecond * opts.tickMs) / 1000);
    }
  }, opts.tickMs);
  timer.unref();
  return () => clearInterval(timer);
}
