// eSIM Go usage callbacks (V2 and V3) and lifecycle events, as zod schemas. ICCIDs stay strings.
import { z } from "zod";

const iccid = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().regex(/^\d{18,22}$/));
// Usage quantities (bytes, percent) are whole-range but never negative and never beyond what a
// JS number holds exactly (2^53); anything else is a broken or hostile sender, refused with 400.
const MAX_QUANTITY = 2 ** 53;
const numeric = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);
const quantity = numeric.pipe(z.number().min(0, "quantities cannot be negative").max(MAX_QUANTITY, "quantity out of range")).nullish();
const amount = numeric.pipe(z.number().min(-MAX_QUANTITY).max(MAX_QUANTITY, "amount out of range")).nullish();
const instant = z
  .string()
  .nullish()
  .transform((v) => (v ? new Date(v.replace(/(\.\d{3})\d+Z$/, "$1Z")) : undefined))
  .refine((d) => d === undefined || !Number.isNaN(d.getTime()), "invalid date");

// Balance alerts concern the organisation, so they may come without an ICCID.
const BALANCE_ALERTS = ["LowBalance", "InsufficientBalance"];

export const usageCallbackSchema = z
  .object({
    iccid: iccid.nullish(),
    alertType: z.string().min(1).max(50),
    bundle: z
      .object({
        id: z.union([z.string(), z.number()]).transform(String).nullish(),
        reference: z.string().nullish(),
        name: z.string().min(1).max(100),
        description: z.string().nullish(),
        initialQuantity: quantity,
        remainingQuantity: quantity,
        startTime: instant,
        endTime: instant,
        unlimited: z.boolean().nullish(),
      })
      .nullish(),
    country: z.object({ code: z.string().max(3).nullish(), name: z.string().nullish() }).nullish(),
    balanceInfo: z.object({ balance: amount, threshold: amount, thresholdPercentRemaining: quantity }).nullish(),
  })
  .refine((c) => c.iccid || BALANCE_ALERTS.includes(c.alertType), { message: "iccid is required", path: ["iccid"] });

export const lifecycleEventSchema = z.object({
  event: z.enum(["esim.deletion_scheduled", "esim.deleted"]),
  iccid,
  date: z.string().nullish(),
});

// Profile Status Change: the eSIM was downloaded, installed or removed on a device. eSIM Go's
// reference names the time "when the status change happened on the device" without fixing its key
// in every example, so `date`, `dateTime` and `eventTime` are all read. The device carries only
// what is known (make and model when its TAC is recognised; often only the EID on removal).
const deviceText = z.string().trim().min(1).max(80).nullish();
export const PROFILE_STATUSES = ["Released", "Downloaded", "Installed", "Unavailable", "Deactivated"] as const;
export const profileStatusEventSchema = z
  .object({
    iccid,
    profileStatus: z.enum(PROFILE_STATUSES),
    date: instant,
    dateTime: instant,
    eventTime: instant,
    device: z.object({ imei: deviceText, eid: deviceText, tac: deviceText, make: deviceText, model: deviceText }).nullish(),
  })
  .transform(({ date, dateTime, eventTime, ...e }) => ({ ...e, kind: "profile-status" as const, at: date ?? dateTime ?? eventTime }));

export const callbackSchema = z.union([lifecycleEventSchema, profileStatusEventSchema, usageCallbackSchema]);

// eSIM Go may add notification types at any time (an organisation balance `Topup`, say). A signed
// one the store has no handler for is accepted and kept for staff review, never refused: a 4xx
// would only make eSIM Go send it again and again. Known types with broken values stay 400.
const KNOWN_TYPES = new Set([
  "Utilisation",
  "FirstUse",
  "FirstAttachment",
  "CountryChange",
  ...BALANCE_ALERTS,
  ...lifecycleEventSchema.shape.event.options,
]);
export const unknownNotificationSchema = z
  .looseObject({
    alertType: z.string().min(1).max(80).optional(),
    event: z.string().min(1).max(80).optional(),
    iccid: z.union([z.string(), z.number()]).transform(String).optional(),
  })
  .transform((n) => ({ type: n.event ?? n.alertType ?? "", iccid: n.iccid && /^\d{18,22}$/.test(n.iccid) ? n.iccid : null }))
  .refine((n) => n.type !== "" && !KNOWN_TYPES.has(n.type), "a known type, or no type at all");
export type UnknownNotification = z.output<typeof unknownNotificationSchema>;
export type UsageCallback = z.infer<typeof usageCallbackSchema>;
export type LifecycleEvent = z.infer<typeof lifecycleEventSchema>;
export type ProfileStatusEvent = z.output<typeof profileStatusEventSchema>;
