// The sandbox's persistent world: organisation balance, orders, eSIMs with their bundle
// assignments, inventory. Saved as JSON (atomically) so it survives a restart.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

export type AssignmentRecord = {
  id: string;
  reference: string; // orderReference + "-N"
  bundle: string;
  description: string;
  initialBytes: number;
  remainingBytes: number;
  unlimited: boolean;
  durationDays: number;
  assignedAt: string;
  startedAt?: string;
  revokedAt?: string;
  thresholdsSent: number[]; // utilisation alerts already sent (percent used)
};

export type EsimRecord = {
  iccid: string;
  matchingId: string;
  smdpAddress: string;
  pin: string;
  puk: string;
  profileName: string;
  profileStatus: "Released" | "Downloaded" | "Installed" | "Unavailable" | "Deactivated";
  state: "active" | "suspended" | "deactivated";
  createdAt: string;
  firstInstalledAt?: string;
  assignments: AssignmentRecord[];
  history: Array<{ name: string; bundleName: string; date: string }>;
};

export type OrderItem = {
  type: "bundle";
  item: string;
  quantity: number;
  subTotal: number;
  pricePerUnit: number;
  AllowReassign: boolean;
  iccids: string[];
  esims: Array<{ iccid: string; matchingId: string; smdpAddress: string }>;
};

export type OrderRecord = {
  orderReference: string;
  createdDate: string;
  total: number;
  currency: string;
  assigned: boolean;
  status: "completed";
  statusMessage: string;
  sourceIP: string;
  runningBalance: string; // the spec types it as a string
  order: OrderItem[];
  profileID?: string; // the branding profile the order asked for (not in eSIM Go's answers)
};

export type InventoryRecord = { usageId: number; bundle: string; total: number; remaining: number; expiry: string; orderReference: string };

export type SandboxState = {
  organisation: { name: string; currency: string; balance: number; refundsEnabled: boolean; callbackUrl: string };
  orders: OrderRecord[];
  esims: Record<string, EsimRecord>;
  inventory: InventoryRecord[];
  counters: { iccid: number; usageId: number; assignment: number };
};

export function initialState(opts: { balance: number; refundsEnabled: boolean; callbackUrl: string }): SandboxState {
  return {
    organisation: {
      name: "Sandbox Travel Ltd",
      currency: "USD",
      balance: opts.balance,
      refundsEnabled: opts.refundsEnabled,
      callbackUrl: opts.callbackUrl,
    },
    orders: [],
    esims: {},
    inventory: [],
    counters: { iccid: 0, usageId: 1000, assignment: 0 },
  };
}

export class StateStore {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly file: string | null,
    public state: SandboxState,
  ) {}

  static open(file: string | null, fresh: () => SandboxState): StateStore {
    if (file && existsSync(file)) return new StateStore(file, JSON.parse(readFileSync(file, "utf8")) as SandboxState);
    return new StateStore(file, fresh());
  }

  // Writes are coalesced: many changes in one tick cost one write.
  changed() {
    if (!this.file || this.timer) return;
    this.timer = setTimeout(() => this.flush(), 50);
  }

  flush() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.file) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.state));
    renameSync(tmp, this.file);
  }
}
