// A callback body whose signature has been checked, end to end: parsed, stored exactly once,
// and the customer notified (80 %, 100 %, welcome…). Correctly signed types the store does not
// know are kept for staff review and acknowledged, so eSIM Go does not retry them forever.
import { parseProviderJson } from "@/lib/esimgo/json";
import { errorText, type Logger } from "@/lib/log/logger";
import { callbackSchema, unknownNotificationSchema } from "./callback-schema";
import { sendNotifications } from "./notifications";
import { processCallback, storeUnknownNotification, type CallbackOutcome } from "./process-callback";

export type Received = { ok: true; outcome: CallbackOutcome } | { ok: false; error: string };

// A database failure throws: the route answers 500 and eSIM Go retries.
export async function receiveCallback(raw: string, log: Logger): Promise<Received> {
  let json: unknown;
  try {
    json = parseProviderJson(raw);
  } catch {
    return { ok: false, error: "Body is not JSON" };
  }
  const parsed = callbackSchema.safeParse(json);
  if (!parsed.success) {
    const unknown = unknownNotificationSchema.safeParse(json);
    if (unknown.success) {
      const outcome = await storeUnknownNotification(raw, unknown.data);
      log.info({ type: unknown.data.type, outcome }, "unknown notification type kept for review");
      return { ok: true, outcome };
    }
    log.warn({ issue: parsed.error.issues[0].message }, "rejected: unrecognised callback");
    return { ok: false, error: `Unrecognised callback: ${parsed.error.issues[0].message}` };
  }
  const { outcome, notifications } = await processCallback(raw, parsed.data);
  log.debug({ outcome, notifications: notifications.length }, "callback stored");
  if (notifications.length)
    await sendNotifications(notifications).catch((e) => log.error({ err: errorText(e) }, "callback notifications failed"));
  return { ok: true, outcome };
}
