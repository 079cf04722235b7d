// POST /api/esimgo/callback – usage notifications from eSIM Go (V3, HMAC-signed; V2 only by token)
import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/config/env";
import { jsonDepthWithin, readBoundedText, tooLarge } from "@/lib/http/bounded-body";
import { requestLogger } from "@/lib/log/request-logger";
import { BurstLimiter } from "@/lib/rate-limit/burst";
import { forwardedClient } from "@/lib/rate-limit/client-ip";
import { receiveCallback } from "@/lib/esims/usage/receive-callback";
import { verifyCallbackSignature } from "@/lib/esims/usage/signature";
import { asSystem } from "@/lib/tenancy/context";

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
  // Authenticated by eSIM Go's signature, for every tenant's eSIMs.
  const received = await asSystem(() => receiveCallback(raw, log));
  return received.ok
    ? Response.json({ received: true, outcome: received.outcome })
    : Response.json({ error: received.error }, { status: 400 });
}
