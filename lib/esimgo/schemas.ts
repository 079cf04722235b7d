// zod schemas of eSIM Go's wire format, tolerant where live traffic differs from the spec
// (docs/esimgo-notes.md): decimal prices, objects or arrays, `smdpAddress ?? rspUrl`, epoch or ISO.
import { z } from "zod";

import { country, iccid, instant, list, num, optionalText, text } from "./wire-types";

export const catalogueBundleSchema = z
  .looseObject({
    name: text,
    description: text.nullish(),
    groups: list(text).optional(),
    group: list(text).optional(), // GET /catalogue/bundle/{name} names it `group`
    countries: list(country),
    roamingEnabled: list(country),
    dataAmount: num.nullish(),
    duration: num,
    speed: list(text),
    autostart: z.boolean().nullish(),
    unlimited: z.boolean().nullish(),
    price: num,
  })
  .transform((b) => ({
    name: b.name,
    description: b.description ?? b.name,
    groups: b.groups?.length ? b.groups : (b.group ?? []),
    countries: b.countries,
    roamingCountries: b.roamingEnabled,
    unlimited: Boolean(b.unlimited),
    dataMb: b.unlimited ? 0 : Math.max(0, Math.round(b.dataAmount ?? 0)),
    durationDays: Math.round(b.duration),
    speeds: b.speed,
    autostart: b.autostart ?? true,
    price: b.price,
  }));
export type CatalogueBundle = z.output<typeof catalogueBundleSchema>;

// Live: `{ bundles, pageCount, rows, pageSize }`; spec: a bare array, which says nothing about
// further pages (pageCount null: the caller asks for the next page until one comes back short).
export const cataloguePageSchema = z.union([
  z.array(catalogueBundleSchema).transform((bundles) => ({ bundles, pageCount: null, rows: null })),
  z
    .looseObject({ bundles: z.array(catalogueBundleSchema), pageCount: num.nullish(), rows: num.nullish() })
    .transform((p) => ({ bundles: p.bundles, pageCount: p.pageCount ?? null, rows: p.rows ?? null })),
]);

const installEsim = z.looseObject({ iccid, matchingId: text, smdpAddress: text });

const orderItem = z.looseObject({
  type: optionalText,
  item: text,
  quantity: num,
  subTotal: num.nullish(),
  pricePerUnit: num.nullish(),
  iccids: list(iccid),
  esims: list(installEsim),
});

export const validateResponseSchema = z.looseObject({
  order: z.array(orderItem),
  total: num,
  valid: z.boolean().nullish(),
  currency: text,
});
export type ValidateResponse = z.output<typeof validateResponseSchema>;

export const orderSchema = z.looseObject({
  order: z.array(orderItem),
  total: num,
  currency: text,
  status: optionalText,
  statusMessage: optionalText,
  orderReference: text,
  createdDate: instant,
  createDate: instant,
  runningBalance: num.nullish(),
});
export type EsimGoOrder = z.output<typeof orderSchema>;

export const orderListSchema = z.union([z.array(orderSchema), z.looseObject({ orders: z.array(orderSchema) }).transform((o) => o.orders)]);

// One object (spec) or a list (live), SM-DP+ as `smdpAddress` or `rspUrl`.
const assignment = z
  .looseObject({
    iccid,
    matchingId: text,
    smdpAddress: optionalText,
    rspUrl: optionalText,
    profileStatus: optionalText,
    firstInstalledDateTime: instant,
  })
  .transform((a, ctx) => {
    const smdpAddress = a.smdpAddress ?? a.rspUrl;
    if (!smdpAddress) {
      ctx.addIssue({ code: "custom", message: "assignment has neither smdpAddress nor rspUrl" });
      return z.NEVER;
    }
    return {
      iccid: a.iccid,
      matchingId: a.matchingId,
      smdpAddress,
      profileStatus: a.profileStatus,
      firstInstalledAt: a.firstInstalledDateTime,
    };
  });
export const assignmentsSchema = z.union([z.array(assignment), assignment.transform((a) => [a])]);
export type InstallData = z.output<typeof assignment>;

export const esimDetailSchema = z.looseObject({
  iccid,
  matchingId: optionalText,
  smdpAddress: optionalText,
  profileStatus: optionalText,
  state: optionalText,
  firstInstalledDateTime: instant,
  appleInstallUrl: optionalText,
  androidInstallUrl: optionalText,
  customerRef: optionalText,
});
export type EsimDetail = z.output<typeof esimDetailSchema>;

const bundleAssignment = z
  .looseObject({
    id: z.union([text, z.number()]).transform(String),
    assignmentReference: optionalText,
    initialQuantity: num.nullish(),
    remainingQuantity: num.nullish(),
    assignmentDateTime: instant,
    bundleState: text,
    startTime: instant,
    endTime: instant,
    unlimited: z.boolean().nullish(),
  })
  .transform((a) => ({
    id: a.id,
    reference: a.assignmentReference,
    state: a.bundleState,
    initialBytes: a.initialQuantity == null ? undefined : BigInt(Math.round(a.initialQuantity)),
    remainingBytes: a.remainingQuantity == null ? undefined : BigInt(Math.round(a.remainingQuantity)),
    assignedAt: a.assignmentDateTime,
    startTime: a.startTime,
    endTime: a.endTime,
    unlimited: Boolean(a.unlimited),
  }));
export type EsimBundleAssignment = z.output<typeof bundleAssignment>;

export const esimBundlesSchema = z.looseObject({
  bundles: list(z.looseObject({ name: text, description: optionalText, assignments: list(bundleAssignment) })),
});
export const esimBundleSchema = z.looseObject({ assignments: list(bundleAssignment) });

export const compatibilitySchema = z.looseObject({ compatible: z.boolean() });

// Live: a list; spec: one object.
const historyItem = z.looseObject({ name: text, bundleName: optionalText, date: instant });
export const historySchema = z.union([z.array(historyItem), historyItem.transform((h) => [h])]);

export const statusSchema = z.looseObject({ status: optionalText, message: optionalText });

export const inventorySchema = z.looseObject({
  bundles: list(
    z.looseObject({
      name: text,
      desc: optionalText,
      available: list(z.looseObject({ id: num, total: num, remaining: num, expiry: optionalText })),
      countries: list(z.union([text, country.transform((c) => c.iso)])),
      data: num.nullish(),
      duration: num.nullish(),
      unlimited: z.boolean().nullish(),
    }),
  ),
});
export type Inventory = z.output<typeof inventorySchema>;

export const organisationSchema = z.looseObject({
  name: text,
  currency: text,
  balance: num, // a decimal live, integer in the spec
  callbackUrl: optionalText,
});
export type Organisation = z.output<typeof organisationSchema>;

export const messageSchema = z.looseObject({ message: z.string() });
