// What the sandbox eSIM Go does, independent of HTTP: eSIMs, bundle assignments and their state
// machine, orders that debit the balance, revokes and refunds, inventory.
import { randomBytes, randomUUID } from "node:crypto";
import { GROUP_PREMIUM, type CatalogueBundle } from "./catalogue";
import { NO_QUIRKS, type Quirks } from "./quirks";
import type { AssignmentRecord, EsimRecord, OrderItem, OrderRecord, StateStore } from "./state";

export const SMDP_ADDRESS = "smdp.sandbox.esimgo.test";
const DAY = 86_400_000;
const REFUND_WINDOW_DAYS = 60;
const LAPSE_AFTER_DAYS = 365;

export class SandboxError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type WorldOptions = { processingMs: number };

export class World {
  readonly quirks: Quirks = { ...NO_QUIRKS };

  constructor(
    readonly store: StateStore,
    readonly catalogue: Map<string, CatalogueBundle>,
    readonly options: WorldOptions,
    readonly now: () => number,
  ) {}

  get state() {
    return this.store.state;
  }

  bundle(name: string): CatalogueBundle {
    const b = this.catalogue.get(name);
    if (!b) throw new SandboxError(400, `Bundle ${name} not found`);
    return b;
  }

  esim(iccid: string): EsimRecord {
    const e = this.state.esims[iccid];
    if (!e && this.quirks.foreignIccid403) throw new SandboxError(403, "The ICCID is not accessible by the user");
    if (!e) throw new SandboxError(400, `eSIM with ICCID ${iccid} not found`);
    return e;
  }

  // processing → queued → active → depleted | expired; revoked; lapsed (never used).
  bundleState(a: AssignmentRecord): string {
    const now = this.now();
    if (a.revokedAt) return "revoked";
    if (a.startedAt) {
      if (!a.unlimited && a.remainingBytes <= 0) return "depleted";
      if (now >= Date.parse(a.startedAt) + a.durationDays * DAY) return "expired";
      return "active";
    }
    const age = now - Date.parse(a.assignedAt);
    if (age < this.options.processingMs) return "processing";
    if (age > LAPSE_AFTER_DAYS * DAY) return "lapsed";
    return "queued";
  }

  endTime(a: AssignmentRecord): string | undefined {
    return a.startedAt ? new Date(Date.parse(a.startedAt) + a.durationDays * DAY).toISOString() : undefined;
  }

  // Premium ("Plus") bundles need a Plus profile and the other way round.
  compatible(esim: EsimRecord, bundle: CatalogueBundle): boolean {
    return (esim.profileName === "esimgo-plus") === bundle.groups.includes(GROUP_PREMIUM);
  }

  private nextIccid(): string {
    const serial = String(++this.state.counters.iccid + 310_000_000).padStart(12, "0");
    const body = `8944500${serial}`;
    return body + luhnDigit(body);
  }

  private newEsim(bundle: CatalogueBundle): EsimRecord {
    const iccid = this.nextIccid();
    const code = randomBytes(10).toString("hex").toUpperCase();
    const esim: EsimRecord = {
      iccid,
      matchingId: `${code.slice(0, 5)}-${code.slice(5, 10)}-${code.slice(10, 15)}-${code.slice(15, 20)}`,
      smdpAddress: SMDP_ADDRESS,
      pin: String(1000 + (this.state.counters.iccid % 9000)),
      puk: String(10_000_000 + this.state.counters.iccid * 7919).slice(0, 8),
      profileName: bundle.profileName,
      profileStatus: "Released",
      state: "active",
      createdAt: new Date(this.now()).toISOString(),
      assignments: [],
      history: [],
    };
    this.state.esims[iccid] = esim;
    return esim;
  }

  private assign(esim: EsimRecord, bundle: CatalogueBundle, reference: string): AssignmentRecord {
    const now = new Date(this.now()).toISOString();
    const a: AssignmentRecord = {
      id: String(++this.state.counters.assignment + 52_000_000),
      reference,
      bundle: bundle.name,
      description: bundle.description,
      initialBytes: bundle.unlimited ? 0 : bundle.dataAmount * 1_000_000,
      remainingBytes: bundle.unlimited ? 0 : bundle.dataAmount * 1_000_000,
      unlimited: bundle.unlimited,
      durationDays: bundle.duration,
      assignedAt: now,
      thresholdsSent: [],
    };
    esim.assignments.push(a);
    esim.history.push({ name: "Bundle Applied", bundleName: bundle.name, date: nanoTimestamp(this.now()) });
    return a;
  }

  placeOrder(input: {
    type: "validate" | "transaction";
    assign: boolean;
    items: Array<{ item: string; quantity: number; iccids?: string[]; allowReassign?: boolean }>;
    ip: string;
    profileID?: string;
  }): Omit<OrderRecord, "orderReference" | "status" | "statusMessage" | "sourceIP" | "runningBalance"> & Partial<OrderRecord> {
    if (input.items.length === 0) throw new SandboxError(400, "Order must contain at least one item");
    let total = 0;
    const plan = input.items.map((line) => {
      const bundle = this.bundle(line.item);
      if (!Number.isInteger(line.quantity) || line.quantity < 1) throw new SandboxError(400, "Quantity must be a positive integer");
      const iccids = line.iccids ?? [];
      if (iccids.length > 0) {
        if (!input.assign) throw new SandboxError(400, "iccids can only be given when assign is true");
        if (iccids.length !== line.quantity) throw new SandboxError(400, "Quantity must equal the number of iccids");
        for (const iccid of iccids) {
          const esim = this.esim(iccid);
          if (esim.state === "deactivated") throw new SandboxError(400, `eSIM ${iccid} is deactivated`);
          if (!this.compatible(esim, bundle) && !line.allowReassign)
            throw new SandboxError(400, `Bundle ${bundle.name} is not compatible with eSIM ${iccid}`);
        }
      }
      total += bundle.price * line.quantity;
      return { bundle, line, iccids };
    });
    total = Math.round(total * 100) / 100;
    const org = this.state.organisation;
    if (total > org.balance) throw new SandboxError(400, "Insufficient balance to complete this order");
    const createdDate = nanoTimestamp(this.now());

    if (input.type === "validate") {
      return {
        order: plan.map(({ bundle, line }) => orderItem(bundle, line, [])),
        total,
        currency: org.currency,
        createdDate,
        assigned: input.assign,
      };
    }

    const orderReference = randomUUID();
    let n = 0;
    const items: OrderItem[] = plan.map(({ bundle, line, iccids }) => {
      const esims: EsimRecord[] = [];
      if (input.assign) {
        const targets = iccids.length > 0 ? iccids.map((i) => this.esim(i)) : Array.from({ length: line.quantity }, () => null);
        for (const target of targets) {
          const esim = target && (this.compatible(target, bundle) || !line.allowReassign) ? target : this.newEsim(bundle);
          this.assign(esim, bundle, `${orderReference}-${++n}`);
          esims.push(esim);
        }
      } else {
        this.state.inventory.push({
          usageId: ++this.state.counters.usageId,
          bundle: bundle.name,
          total: line.quantity,
          remaining: line.quantity,
          expiry: new Date(this.now() + 365 * DAY).toISOString().slice(0, 10),
          orderReference,
        });
      }
      return orderItem(bundle, line, esims);
    });
    org.balance = round2(org.balance - total);
    const count = items.reduce((s, i) => s + i.esims.length, 0);
    const order: OrderRecord = {
      order: items,
      total,
      currency: org.currency,
      status: "completed",
      statusMessage: input.assign ? `Order completed: ${count} eSIMs assigned` : "Order completed: bundles added to inventory",
      orderReference,
      createdDate,
      assigned: input.assign,
      sourceIP: input.ip,
      runningBalance: org.balance.toFixed(2),
      ...(input.profileID ? { profileID: input.profileID } : {}),
    };
    this.state.orders.push(order);
    this.store.changed();
    return order;
  }

  // Revoke one unused assignment; refunds need the organisation switch and the 60-day window.
  revoke(iccid: string, bundleName: string, opts: { assignmentId?: string; transaction: boolean; refundToBalance: boolean }) {
    const esim = this.esim(iccid);
    const candidates = esim.assignments.filter((a) => a.bundle === bundleName && (!opts.assignmentId || a.id === opts.assignmentId));
    if (candidates.length === 0) throw new SandboxError(400, `Bundle ${bundleName} is not assigned to eSIM ${iccid}`);
    const unused = candidates.filter((a) => ["processing", "queued"].includes(this.bundleState(a)));
    const target = unused.sort((a, b) => a.assignedAt.localeCompare(b.assignedAt))[0];
    if (!target) throw new SandboxError(400, `Bundle ${bundleName} has been used or is no longer revocable`);
    if (!this.state.organisation.refundsEnabled) throw new SandboxError(400, "Refunds are not enabled for this organisation");
    if (this.now() - Date.parse(target.assignedAt) > REFUND_WINDOW_DAYS * DAY)
      throw new SandboxError(400, "Bundle is outside the refund window");
    if (!opts.transaction) return { status: "Bundle can be revoked" };
    target.revokedAt = new Date(this.now()).toISOString();
    esim.history.push({ name: "Bundle Revoked", bundleName, date: nanoTimestamp(this.now()) });
    const bundle = this.bundle(bundleName);
    if (opts.refundToBalance) {
      this.state.organisation.balance = round2(this.state.organisation.balance + bundle.price);
    } else {
      this.state.inventory.push({
        usageId: ++this.state.counters.usageId,
        bundle: bundleName,
        total: 1,
        remaining: 1,
        expiry: new Date(this.now() + 365 * DAY).toISOString().slice(0, 10),
        orderReference: target.reference,
      });
    }
    this.store.changed();
    return { status: opts.refundToBalance ? "Bundle revoked and refunded to balance" : "Bundle revoked and returned to inventory" };
  }

  refundInventory(usageId: number, quantity: number) {
    const item = this.state.inventory.find((i) => i.usageId === usageId);
    if (!item) throw new SandboxError(400, `Inventory item ${usageId} not found`);
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > item.remaining)
      throw new SandboxError(400, "Quantity exceeds the remaining inventory");
    if (!this.state.organisation.refundsEnabled) throw new SandboxError(400, "Refunds are not enabled for this organisation");
    item.remaining -= quantity;
    this.state.organisation.balance = round2(this.state.organisation.balance + this.bundle(item.bundle).price * quantity);
    this.store.changed();
    return { status: `Refunded ${quantity} bundle(s) to balance` };
  }

  // The eSIM lands on (or leaves) a device, as its profile status says.
  setProfileStatus(iccid: string, status: EsimRecord["profileStatus"]) {
    const esim = this.esim(iccid);
    esim.profileStatus = status;
    if (status === "Installed") esim.firstInstalledAt ??= new Date(this.now()).toISOString();
    this.store.changed();
    return esim;
  }

  // Data use on an eSIM: the active bundle pays; with none active the oldest queued one starts.
  consume(iccid: string, bytes: number): { assignment: AssignmentRecord; started: boolean } | null {
    const esim = this.esim(iccid);
    let active = esim.assignments.find((a) => this.bundleState(a) === "active");
    let started = false;
    if (!active) {
      active = esim.assignments.filter((a) => this.bundleState(a) === "queued").sort((a, b) => a.assignedAt.localeCompare(b.assignedAt))[0];
      if (!active) return null;
      active.startedAt = new Date(this.now()).toISOString();
      started = true;
    }
    if (!active.unlimited) active.remainingBytes = Math.max(0, active.remainingBytes - Math.round(bytes));
    this.store.changed();
    return { assignment: active, started };
  }
}

export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

// eSIM Go timestamps carry nanoseconds: 2023-04-07T00:50:31.618780311Z
export function nanoTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, (_, millis: string) => `.${millis}${String(ms % 997).padStart(3, "0")}311Z`);
}

// One line of an order as eSIM Go reports it (validate: no eSIMs yet).
function orderItem(
  bundle: { name: string; price: number },
  line: { quantity: number; allowReassign?: boolean },
  esims: EsimRecord[],
): OrderItem {
  return {
    type: "bundle",
    item: bundle.name,
    quantity: line.quantity,
    subTotal: round2(bundle.price * line.quantity),
    pricePerUnit: bundle.price,
    AllowReassign: Boolean(line.allowReassign),
    iccids: esims.map((e) => e.iccid),
    esims: esims.map((e) => ({ iccid: e.iccid, matchingId: e.matchingId, smdpAddress: e.smdpAddress })),
  };
}
