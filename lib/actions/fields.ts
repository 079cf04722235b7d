// Field schemas shared by every action and page that reads them, so an order id or an amount
// means the same thing everywhere.
import { z } from "zod";
import { CURRENCIES, DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";

export const recordId = z.string().regex(/^[a-z0-9]{20,40}$/, "Unknown record"); // cuid
export const orderId = recordId;
export const iccid = z.string().regex(/^\d{18,22}$/, "Enter the eSIM's ICCID (18 to 22 digits)");
export const email = z
  .email("invalidEmail")
  .max(254)
  .transform((e) => e.toLowerCase());
export const bundleName = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_\-.]+$/, "unknownPlan");
export const checkoutSessionId = z.string().regex(/^cs_[A-Za-z0-9_]{8,200}$/);
export const flag = z.enum(["true", "false"]).transform((v) => v === "true");
export const checkbox = z
  .literal("on")
  .optional()
  .transform((v) => v === "on");
export const reason = z.string().trim().min(3, "Give a reason").max(200);
// An amount a person types, in major units ("12.50"); minor units are worked out per currency.
export const amount = z
  .string()
  .trim()
  .regex(/^\d{1,5}(\.\d{1,2})?$/, "Enter an amount such as 12.50")
  .transform(Number)
  .refine((a) => a > 0, "Enter an amount above zero");
// The shopper's language and currency, sent by the storefront's forms.
export const locale = z.enum(LOCALES).catch(DEFAULT_LOCALE);
export const currency = z.enum(CURRENCIES);
