// POST /api/esimgo/callback – usage notifications from eSIM Go (V3, HMAC-signed; V2 only by token)
import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/config/env";
import { parseProviderJson } from "@/lib/esimgo/json";
import { jsonDepthWithin, readBoundedText, tooLarge } from "@/lib/http/bounded-body";
import { errorText } from "@/lib/log/logger";
import { requestLogger } from "@/lib/log/request-logger";
import { BurstLimiter } from "@/lib/rate-limit/burst";
import { forwardedClient } from "@/lib/rate-limit/client-ip";
import { callbackSchema, unknownNotificationSchema } from "@/lib/esims/usage/callback-schema";
import { sendNotifications } from "@/lib/esims/usage/notifications";
import { processCallback, storeUnknownNotification } from "@/lib/esims/usage/process-callback";
import { verifyCallbackSignature } from "@/lib/esims/usage/signature";

function v2TokenAccepted(request: Request): boolean {
  const expected = env().ESIMGO_CALLBACK_V2_TOKEN;
  const given = new URL(request.url).searchParams.get("token");
  if (!expected || !given || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

// Flood control per source address (eSIM Go itself sends far less); 429 makes a sender retry later.
const flood = new BurstLimiter(2000, 4000);

export async function POST(request: Request) {
  const log = await requestLogger("esimgo-callback");
  const source = forwardedClient(request.headers.get("x-forwarded-for"));
  if (!flood.take(source)) return Response.json({ error: "Too many requests" }, { status: 429, headers: { "Retry-After": "1" } });
  const raw = await readBoundedText(request);
  if (raw === null) return tooLarge();
  const signed = verifyCallbackSignature(raw, request.headers.get("x-signature-sha256"), env().esimgo.apiKey);
  if (!signed && !v2TokenAccepted(request)) {
    log.warn({ bytes: raw.length }, "rejected: invalid or missing signature");
    return Response.json({ error: "Invalid or missing signature" }, { status: 401 });
  }
  if (!jsonDepthWithin(raw)) return Response.json({ error: "JSON nested too deeply" }, { status: 400 });
  let json: unknown;
  try {
    json = parseProviderJson(raw);
  } catch {
    return Response.json({ error: "Body is not JSON" }, { status: 400 });
  }
  const parsed = callbackSchema.safeParse(json);
  const unknown = parsed.success ? null : unknownNotificationSchema.safeParse(json);
  if (unknown?.success) {
    const outcome = await storeUnknownNotification(raw, unknown.data);
    log.info({ type: unknown.data.type, outcome }, "unknown notification type kept for review");
    return Response.json({ received: true, outcome });
  }
  if (!parsed.success) {
    log.warn({ issue: parsed.error.issues[0].message }, "rejected: unrecognised callback");
    return Response.json({ error: `Unrecognised callback: ${parsed.error.issues[0].message}` }, { status: 400 });
  }
  const { outcome, notifications } = await processCallback(raw, parsed.data); // a database failure answers 500: eSIM Go retries
  log.debug({ outcome, notifications: notifications.length }, "callback stored");
  if (notifications.length) await sendNotifications(notifications).catch((e) => log.error({ err: errorText(e) }, "callback notifications failed"));
  return Response.json({ received: true, outcome });
}
