// eSIM Go v2.5 endpoints as the live service answers them (see docs/esimgo-notes.md).
// Known differences from the OpenAPI document are deliberate and listed in tests/contract.
import type { Reply, Route } from "../http";
import type { AssignmentRecord, EsimRecord, OrderRecord } from "./state";
import { SandboxError, type World } from "./world";

const ok = (body: unknown): Reply => ({ status: 200, body });

function parseJson(body: string): Record<string, unknown> {
  try {
    const value = JSON.parse(body || "{}");
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {}
  throw new SandboxError(400, "Invalid request body");
}

// The backend matches keys case-insensitively (it is written in Go): `order` or `Order`.
function field(obj: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(obj).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : obj[key];
}

function assignmentWire(world: World, a: AssignmentRecord) {
  return {
    id: a.id,
    callTypeGroup: "DATA",
    initialQuantity: a.initialBytes,
    remainingQuantity: a.remainingBytes,
    assignmentDateTime: a.assignedAt,
    assignmentReference: a.reference,
    bundleState: world.bundleState(a),
    startTime: a.startedAt,
    endTime: world.endTime(a),
    unlimited: a.unlimited,
    allowances: [
      {
        type: "DATA",
        service: "STANDARD",
        initialAmount: a.initialBytes,
        remainingAmount: a.remainingBytes,
        unit: "BYTES",
        unlimited: a.unlimited,
      },
    ],
  };
}

// eSIM Go's order as it answers it: the branding profile asked for is not echoed.
function orderWire({ profileID: _profile, ...o }: OrderRecord, includeIccids = true) {
  return { ...o, order: o.order.map((i) => (includeIccids ? i : { ...i, iccids: undefined, esims: undefined })) };
}

function installItems(world: World, reference: string) {
  const order = world.state.orders.find((o) => o.orderReference === reference);
  if (!order) throw new SandboxError(400, `Order ${reference} not found`);
  const esims: EsimRecord[] = order.order.flatMap((i) => i.esims.map((e) => world.esim(e.iccid)));
  if (esims.some((e) => e.state === "deactivated")) throw new SandboxError(410, "eSIM has been deactivated");
  return esims;
}

export const routes: Route<World>[] = [
  {
    method: "GET",
    pattern: /^\/catalogue$/,
    handler: (world, req) => {
      const q = req.query;
      let list = [...world.catalogue.values()].slice(0, world.quirks.catalogueSize ?? undefined);
      const countries = q.get("countries")?.toUpperCase().split(",").filter(Boolean);
      if (countries?.length) list = list.filter((b) => b.countries.some((c) => countries.includes(c.iso)));
      const region = q.get("region");
      if (region) list = list.filter((b) => b.countries.some((c) => c.region.toLowerCase() === region.toLowerCase()));
      const group = q.get("group");
      if (group) list = list.filter((b) => b.groups.includes(group));
      const description = q.get("description")?.toLowerCase();
      if (description) list = list.filter((b) => b.description.toLowerCase().includes(description));
      const perPage = Math.min(Math.max(Number(q.get("perPage") ?? 50) || 50, 1), 1000);
      const page = Math.max(Number(q.get("page") ?? 1) || 1, 1);
      const pageCount = Math.max(1, Math.ceil(list.length / perPage));
      let bundles = list.slice((page - 1) * perPage, page * perPage);
      if (world.quirks.duplicateNames && bundles.length > 0)
        bundles = [...bundles, { ...bundles[0], description: `${bundles[0].description} (copy)` }, ...(page > 1 ? [list[0]] : [])];
      // Live: an object with paging fields, not the bare array the spec declares (a quirk sends that).
      return ok(world.quirks.catalogueAsList ? bundles : { bundles, pageCount, rows: list.length, pageSize: perPage });
    },
  },
  {
    method: "GET",
    pattern: /^\/catalogue\/bundle\/(?<name>[^/]+)$/,
    handler: (world, req) => {
      const { groups, ...rest } = world.bundle(req.params.name);
      return ok({ ...rest, group: groups });
    },
  },
  {
    method: "POST",
    pattern: /^\/orders$/,
    handler: (world, req) => {
      const body = parseJson(req.body);
      const type = field(body, "type");
      if (type !== "validate" && type !== "transaction") throw new SandboxError(400, "type must be validate or transaction");
      const lines = field(body, "order");
      if (!Array.isArray(lines)) throw new SandboxError(400, "order must be a list of bundles");
      const items = lines.map((raw) => {
        const line = (raw ?? {}) as Record<string, unknown>;
        if (field(line, "type") !== "bundle") throw new SandboxError(400, "Only bundle orders are supported");
        const item = field(line, "item");
        const iccids = field(line, "iccids");
        if (typeof item !== "string") throw new SandboxError(400, "item is required");
        if (iccids !== undefined && (!Array.isArray(iccids) || iccids.some((i) => typeof i !== "string")))
          throw new SandboxError(400, "iccids must be a list of strings");
        return {
          item,
          quantity: Number(field(line, "quantity")),
          iccids: iccids as string[] | undefined,
          allowReassign: field(line, "allowReassign") === true,
        };
      });
      const profileID = field(body, "profileID");
      if (profileID !== undefined && typeof profileID !== "string") throw new SandboxError(400, "profileID must be a string");
      const result = world.placeOrder({ type, assign: field(body, "assign") === true, items, ip: req.ip, profileID });
      if (type === "validate") return ok({ ...result, valid: true, order: result.order.map(({ iccids: _i, esims: _e, ...rest }) => rest) });
      return ok(orderWire(result as OrderRecord));
    },
  },
  {
    method: "GET",
    pattern: /^\/orders$/,
    handler: (world, req) => {
      const q = req.query;
      let list = [...world.state.orders];
      const createdAt = q.get("createdAt");
      if (createdAt) {
        const m = /^(gte|gt|lte|lt):(.+)$/.exec(createdAt);
        const at = Date.parse(m ? m[2] : createdAt);
        if (Number.isNaN(at)) throw new SandboxError(400, "createdAt must be a date, optionally with gte:/lte:");
        const op = m?.[1] ?? "gte";
        list = list.filter((o) => {
          const t = Date.parse(o.createdDate);
          return op === "gte" ? t >= at : op === "gt" ? t > at : op === "lte" ? t <= at : t < at;
        });
      }
      list.sort((a, b) => b.createdDate.localeCompare(a.createdDate));
      const limit = Math.min(Math.max(Number(q.get("limit") ?? 10) || 10, 1), 200);
      const page = Math.max(Number(q.get("page") ?? 1) || 1, 1);
      const includeIccids = q.get("includeIccids") === "true";
      // Live: a bare list of orders (the spec declares a single order object).
      return ok(list.slice((page - 1) * limit, page * limit).map((o) => ({ ...orderWire(o, includeIccids), createDate: o.createdDate })));
    },
  },
  {
    method: "GET",
    pattern: /^\/orders\/(?<ref>[^/]+)$/,
    handler: (world, req) => {
      const order = world.state.orders.find((o) => o.orderReference === req.params.ref);
      if (!order) throw new SandboxError(400, `Order ${req.params.ref} not found`);
      return ok(orderWire(order));
    },
  },
  {
    method: "GET",
    pattern: /^\/esims\/assignments$/,
    handler: (world, req) => {
      const reference = req.query.get("reference");
      if (!reference) throw new SandboxError(400, "reference is required");
      const esims = installItems(world, reference);
      const accept = String(req.headers.accept ?? "");
      if (accept.includes("application/json")) {
        // Live: a list whose items name the SM-DP+ address `rspUrl`.
        return ok(
          esims.map((e) => ({
            iccid: e.iccid,
            matchingId: e.matchingId,
            rspUrl: e.smdpAddress,
            profileStatus: e.profileStatus,
            pin: e.pin,
            puk: e.puk,
            firstInstalledDateTime: e.firstInstalledAt,
            reference,
          })),
        );
      }
      // CSV is the default when no JSON is asked for.
      const rows = esims.map((e) => [e.iccid, e.matchingId, e.smdpAddress, e.profileStatus, e.pin, e.puk].join(","));
      return {
        status: 200,
        text: ["ICCID,Matching ID,RSP URL,Profile Status,PIN,PUK", ...rows].join("\n") + "\n",
        headers: { "Content-Type": "text/csv" },
      };
    },
  },
  {
    method: "GET",
    pattern: /^\/esims\/(?<iccid>\d{18,22})$/,
    handler: (world, req) => {
      const e = world.esim(req.params.iccid);
      const withInstall = (req.query.get("additionalFields") ?? "").split(",").includes("installUrl");
      const lpa = `LPA:1$${e.smdpAddress}$${e.matchingId}`;
      return ok({
        iccid: e.iccid,
        pin: e.pin,
        puk: e.puk,
        matchingId: e.matchingId,
        smdpAddress: e.smdpAddress,
        profileStatus: e.profileStatus,
        firstInstalledDateTime: e.firstInstalledAt ? Date.parse(e.firstInstalledAt) : undefined,
        customerRef: "",
        profileName: e.profileName,
        state: e.state,
        ...(withInstall
          ? {
              appleInstallUrl: `https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=${encodeURIComponent(lpa)}`,
              androidInstallUrl: `https://esimsetup.android.com/esim_qrcode_provisioning?carddata=${encodeURIComponent(lpa)}`,
            }
          : {}),
      });
    },
  },
  {
    method: "GET",
    pattern: /^\/esims\/(?<iccid>\d{18,22})\/history$/,
    handler: (world, req) => ok(world.esim(req.params.iccid).history), // live: a list
  },
  {
    method: "GET",
    pattern: /^\/esims\/(?<iccid>\d{18,22})\/compatible\/(?<bundle>[^/]+)$/,
    handler: (world, req) => ok({ compatible: world.compatible(world.esim(req.params.iccid), world.bundle(req.params.bundle)) }),
  },
  {
    method: "GET",
    pattern: /^\/esims\/(?<iccid>\d{18,22})\/bundles$/,
    handler: (world, req) => {
      const e = world.esim(req.params.iccid);
      const includeUsed = req.query.get("includeUsed") === "true";
      const limit = Math.min(Math.max(Number(req.query.get("limit") ?? 15) || 15, 1), 200);
      const used = new Set(["depleted", "expired", "revoked", "lapsed"]);
      const byName = new Map<string, AssignmentRecord[]>();
      for (const a of e.assignments) {
        if (!includeUsed && used.has(world.bundleState(a))) continue;
        byName.set(a.bundle, [...(byName.get(a.bundle) ?? []), a]);
      }
      const bundles = [...byName.entries()]
        .slice(0, limit)
        .map(([name, list]) => ({ name, description: list[0].description, assignments: list.map((a) => assignmentWire(world, a)) }));
      return ok({ bundles });
    },
  },
  {
    method: "GET",
    pattern: /^\/esims\/(?<iccid>\d{18,22})\/bundles\/(?<name>[^/]+)$/,
    handler: (world, req) => {
      const list = world.esim(req.params.iccid).assignments.filter((a) => a.bundle === req.params.name);
      if (list.length === 0) throw new SandboxError(400, `Bundle ${req.params.name} is not assigned to this eSIM`);
      return ok({ assignments: [assignmentWire(world, list[list.length - 1])] });
    },
  },
  {
    method: "DELETE",
    pattern: /^\/esims\/(?<iccid>\d{18,22})\/bundles\/(?<name>[^/]+?)(?:\/assignments\/(?<assignmentId>[^/]+))?$/,
    handler: (world, req) => {
      const type = req.query.get("type") ?? "transaction";
      if (type !== "validate" && type !== "transaction") throw new SandboxError(400, "type must be validate or transaction");
      return ok(
        world.revoke(req.params.iccid, req.params.name, {
          assignmentId: req.params.assignmentId ?? req.query.get("offerId") ?? undefined,
          transaction: type === "transaction",
          refundToBalance: req.query.get("refundToBalance") === "true",
        }),
      );
    },
  },
  {
    method: "GET",
    pattern: /^\/inventory$/,
    handler: (world) => {
      const byBundle = new Map<string, typeof world.state.inventory>();
      for (const i of world.state.inventory.filter((i) => i.remaining > 0)) byBundle.set(i.bundle, [...(byBundle.get(i.bundle) ?? []), i]);
      return ok({
        bundles: [...byBundle.entries()].map(([name, items]) => {
          const b = world.bundle(name);
          return {
            name,
            desc: b.description,
            useDms: false,
            available: items.map((i) => ({ id: i.usageId, total: i.total, remaining: i.remaining, expiry: i.expiry })),
            countries: b.countries.map((c) => c.iso),
            data: b.dataAmount,
            duration: b.duration,
            durationUnit: "day",
            autostart: b.autostart,
            unlimited: b.unlimited,
            speed: b.speed,
            allowances: b.allowances,
          };
        }),
      });
    },
  },
  {
    method: "POST",
    pattern: /^\/inventory\/refund$/,
    handler: (world, req) => {
      const body = parseJson(req.body);
      return ok(world.refundInventory(Number(field(body, "usageId")), Number(field(body, "quantity") ?? 1)));
    },
  },
  {
    method: "GET",
    pattern: /^\/organisation$/,
    handler: (world) => {
      const o = world.state.organisation;
      return ok({
        name: o.name,
        taxLiable: "false",
        country: "GB",
        callbackUrl: o.callbackUrl,
        groups: ["Standard eSIM Bundles", "Standard Unlimited Lite", "Standard Unlimited Essential", "Standard Unlimited Plus"],
        currency: o.currency,
        balance: o.balance, // live: a decimal, though the spec says integer
        testCredit: 0,
        businessType: "Travel",
        website: "https://sandbox.example",
        productDescription: "Travel data plans",
        users: [],
      });
    },
  },
];
