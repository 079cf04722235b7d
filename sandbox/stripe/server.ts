// A local Stripe for dev and tests: the API endpoints the store uses, in Stripe's JSON and error
// shapes, for the official `stripe` SDK (pointed here with host/port/protocol), and a hosted
// checkout page that takes test cards and then sends signed webhooks to the store.
//   4242 4242 4242 4242  succeeds (so does the Mastercard 5555 5555 5555 4444)
//   4000 0000 0000 0002  declined (the session stays open, nothing is paid)
//   4000 0000 0000 0077  asynchronous: completes unpaid, `async_payment_succeeded` follows
//   4000 0000 0000 9995  asynchronous: completes unpaid, `async_payment_failed` follows
// and, for saved cards (Checkout in setup mode, off-session PaymentIntents), saved-cards.ts.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { match, readBody, send, type Reply, type Route } from "../http";
import { decodeStripeForm, metadataOf, text, type FormValue } from "./form";
import { COUNTRIES, renderCheckoutPage } from "./hosted-page";
import { createCoupon, redeem, sessionDiscount } from "./coupons";
import {
  found,
  newId,
  now,
  stripeError,
  wireSession,
  type CheckoutSession,
  type Coupon,
  type LineItem,
  type PaymentIntent,
} from "./objects";
import { refundIntent, settleIntent, type ChargeState } from "./charges";
import { connectRoutes, destinationOf, newConnectState, onboardingPage } from "./connect";
import { WebhookSender } from "./webhooks";
import { createSetupSession, savedCardRoutes, setupPage, type SavedCardState } from "./saved-cards";

export type StripeSandboxOptions = {
  port: number;
  secretKey: string;
  webhookSecret: string;
  webhookUrl: string;
  asyncDelayMs?: number;
  webhookBaseDelayMs?: number;
};
export type StripeSandbox = Awaited<ReturnType<typeof startStripeSandbox>>;

type State = SavedCardState &
  ChargeState & {
    sessions: Map<string, CheckoutSession>;
    coupons: Map<string, Coupon>;
  };

// The languages Stripe Checkout is offered in (its `locale` parameter).
const CHECKOUT_LOCALES = new Set(
  "auto bg cs da de el en en-GB es es-419 et fi fil fr fr-CA hr hu id it ja ko lt lv ms mt nb nl pl pt pt-BR ro ru sk sl sv th tr vi zh zh-HK zh-TW".split(
    " ",
  ),
);
const int = (v: FormValue | undefined) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : NaN);

export async function startStripeSandbox(options: StripeSandboxOptions) {
  const state: State = {
    sessions: new Map(),
    intents: new Map(),
    charges: new Map(),
    refunds: new Map(),
    coupons: new Map(),
    customers: new Map(),
    paymentMethods: new Map(),
    setupIntents: new Map(),
    setupSessions: new Map(),
    replies: new Map(),
    cardNumbers: new Map(),
    ...newConnectState(),
  };
  const webhooks = new WebhookSender({
    url: options.webhookUrl,
    secret: options.webhookSecret,
    maxAttempts: 8,
    baseDelayMs: options.webhookBaseDelayMs ?? 1000,
  });
  const emit = (type: string, object: object) => webhooks.emit(type, object);
  let baseUrl = "";

  function createSession(form: Record<string, FormValue>): Reply {
    if (text(form.mode) === "setup") return createSetupSession(state, form, baseUrl);
    if (text(form.mode) !== "payment") return stripeError(400, "Only mode=payment and mode=setup are supported by this sandbox.", "mode");
    const success = text(form.success_url);
    if (!success || !/^https?:\/\//.test(success)) return stripeError(400, "Missing required param: success_url.", "success_url");
    const rawItems = Array.isArray(form.line_items) ? form.line_items : [];
    if (rawItems.length === 0) return stripeError(400, "Missing required param: line_items.", "line_items");
    const items: LineItem[] = [];
    for (const [i, raw] of rawItems.entries()) {
      const item = raw as Record<string, FormValue>;
      const price = (item.price_data ?? {}) as Record<string, FormValue>;
      const product = (price.product_data ?? {}) as Record<string, FormValue>;
      const quantity = int(item.quantity);
      const amount = int(price.unit_amount);
      const currency = text(price.currency)?.toLowerCase();
      if (!Number.isInteger(quantity) || quantity < 1) return stripeError(400, "Invalid integer: quantity", `line_items[${i}][quantity]`);
      if (!Number.isInteger(amount)) return stripeError(400, "Invalid integer: unit_amount", `line_items[${i}][price_data][unit_amount]`);
      if (!currency || !/^[a-z]{3}$/.test(currency)) return stripeError(400, "Invalid currency", `line_items[${i}][price_data][currency]`);
      if (!text(product.name)) return stripeError(400, "Missing required param: name.", `line_items[${i}][price_data][product_data][name]`);
      items.push({
        quantity,
        price_data: { currency, unit_amount: amount, product_data: { name: text(product.name)!, description: text(product.description) } },
      });
    }
    if (new Set(items.map((i) => i.price_data.currency)).size > 1)
      return stripeError(400, "All line items must use the same currency.", "line_items");
    const locale = text(form.locale) ?? null;
    if (locale !== null && !CHECKOUT_LOCALES.has(locale))
      return stripeError(400, `Invalid locale: must be one of ${[...CHECKOUT_LOCALES].join(", ")}`, "locale");
    const subtotal = items.reduce((s, i) => s + i.quantity * i.price_data.unit_amount, 0);
    const discount = sessionDiscount(state.coupons, form.discounts, items[0].price_data.currency, subtotal);
    if ("error" in discount) return discount.error!;
    const destination = destinationOf(state, (form.payment_intent_data ?? {}) as Record<string, FormValue>, subtotal - discount.amount);
    if ("error" in destination) return destination.error;
    const id = newId("cs");
    const session: CheckoutSession = {
      id,
      object: "checkout.session",
      amount_subtotal: subtotal,
      amount_total: subtotal - discount.amount,
      total_details: { amount_discount: discount.amount, amount_shipping: 0, amount_tax: 0 },
      discounts: discount.coupon ? [{ coupon: discount.coupon.id }] : [],
      cancel_url: text(form.cancel_url) ?? null,
      client_reference_id: text(form.client_reference_id) ?? null,
      created: now(),
      currency: items[0].price_data.currency,
      customer_email: text(form.customer_email) ?? null,
      customer_details: null,
      expires_at: Number.isFinite(int(form.expires_at)) ? int(form.expires_at) : now() + 24 * 3600,
      livemode: false,
      metadata: metadataOf(form.metadata),
      mode: "payment",
      payment_intent: null,
      payment_status: "unpaid",
      status: "open",
      success_url: success,
      url: `${baseUrl}/pay/${id}`,
      locale,
      line_items_data: items,
      discount_label: discount.coupon?.name ?? null,
      destination,
    };
    state.sessions.set(id, session);
    return { status: 200, body: wireSession(session) };
  }

  function findSession(id: string): CheckoutSession | null {
    const session = state.sessions.get(id) ?? null;
    if (session && session.status === "open" && session.expires_at <= now()) expire(session);
    return session;
  }

  function expire(session: CheckoutSession) {
    session.status = "expired";
    session.url = null;
    webhooks.emit("checkout.session.expired", wireSession(session));
  }

  function pay(session: CheckoutSession, card: string, country: string | null): { ok: true } | { ok: false; message: string } {
    const digits = card.replace(/\s+/g, "");
    const outcome = {
      "4242424242424242": "paid",
      "5555555555554444": "paid",
      "4000000000000077": "async_ok",
      "4000000000009995": "async_fail",
    }[digits];
    if (digits === "4000000000000002" || !outcome)
      return {
        ok: false,
        message: digits === "4000000000000002" || /^\d{16}$/.test(digits) ? "Your card was declined." : "Your card number is incomplete.",
      };
    const coupon = session.discounts[0] ? state.coupons.get(session.discounts[0].coupon) : undefined;
    if (coupon && !coupon.valid) return { ok: false, message: "This discount has already been used." };
    if (coupon) redeem(coupon);
    const intent: PaymentIntent = {
      id: newId("pi"),
      object: "payment_intent",
      amount: session.amount_total,
      amount_received: 0,
      currency: session.currency,
      created: now(),
      latest_charge: null,
      metadata: session.metadata,
      status: "processing",
      ...session.destination,
    };
    state.intents.set(intent.id, intent);
    session.payment_intent = intent.id;
    session.status = "complete";
    session.url = null;
    session.customer_details = {
      address: { city: null, country, line1: null, line2: null, postal_code: null, state: null },
      email: session.customer_email,
      name: null,
      phone: null,
      tax_exempt: "none",
      tax_ids: [],
    };
    const succeed = () => {
      settleIntent(state, intent, digits);
      session.payment_status = "paid";
    };
    if (outcome === "paid") {
      succeed();
      webhooks.emit("checkout.session.completed", wireSession(session));
      return { ok: true };
    }
    webhooks.emit("checkout.session.completed", wireSession(session)); // completed, but not yet paid
    setTimeout(() => {
      if (outcome === "async_ok") {
        succeed();
        webhooks.emit("checkout.session.async_payment_succeeded", wireSession(session));
      } else {
        intent.status = "requires_payment_method";
        webhooks.emit("checkout.session.async_payment_failed", wireSession(session));
      }
    }, options.asyncDelayMs ?? 3000).unref();
    return { ok: true };
  }

  // Newest first, cursor-paginated like every Stripe list (`created[gte]`, `limit`, `starting_after`).
  function listSessions(query: URLSearchParams): Reply {
    const limit = query.has("limit") ? int(query.get("limit")!) : 10;
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) return stripeError(400, "Invalid integer: limit", "limit");
    const since = query.has("created[gte]") ? int(query.get("created[gte]")!) : 0;
    let all = [...state.sessions.values()].filter((x) => x.created >= since).reverse();
    const after = query.get("starting_after");
    if (after) all = all.slice(all.findIndex((x) => x.id === after) + 1);
    return {
      status: 200,
      body: { object: "list", url: "/v1/checkout/sessions", has_more: all.length > limit, data: all.slice(0, limit).map(wireSession) },
    };
  }

  const api: Route<null>[] = [
    { method: "POST", pattern: /^\/v1\/checkout\/sessions$/, handler: (_c, req) => createSession(decodeStripeForm(req.body)) },
    { method: "GET", pattern: /^\/v1\/checkout\/sessions$/, handler: (_c, req) => listSessions(req.query) },
    {
      method: "GET",
      pattern: /^\/v1\/checkout\/sessions\/(?<id>[^/]+)$/,
      handler: (_c, req) => {
        const setup = state.setupSessions.get(req.params.id);
        if (setup) return { status: 200, body: setup };
        const s = findSession(req.params.id);
        return s
          ? { status: 200, body: wireSession(s) }
          : stripeError(404, `No such checkout.session: '${req.params.id}'`, "session", "resource_missing");
      },
    },
    {
      method: "POST",
      pattern: /^\/v1\/checkout\/sessions\/(?<id>[^/]+)\/expire$/,
      handler: (_c, req) => {
        const s = findSession(req.params.id);
        if (!s) return stripeError(404, `No such checkout.session: '${req.params.id}'`, "session", "resource_missing");
        if (s.status !== "open")
          return stripeError(
            400,
            `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${s.status}".`,
          );
        expire(s);
        return { status: 200, body: wireSession(s) };
      },
    },
    {
      method: "GET",
      pattern: /^\/v1\/payment_intents\/(?<id>[^/]+)$/,
      handler: (_c, req) => found(state.intents.get(req.params.id), "payment_intent", req.params.id, "intent"),
    },
    {
      method: "GET",
      pattern: /^\/v1\/charges\/(?<id>[^/]+)$/,
      handler: (_c, req) => found(state.charges.get(req.params.id), "charge", req.params.id),
    },
    { method: "POST", pattern: /^\/v1\/refunds$/, handler: (_c, req) => refundIntent(state, decodeStripeForm(req.body), emit) },
    ...savedCardRoutes(state, emit),
    ...connectRoutes(state, () => baseUrl),
    { method: "POST", pattern: /^\/v1\/coupons$/, handler: (_c, req) => createCoupon(state.coupons, decodeStripeForm(req.body)) },
  ];

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://sandbox");
    const body = await readBody(req).catch(() => "");
    const method = req.method ?? "GET";

    const setup = url.pathname.startsWith("/pay/") ? state.setupSessions.get(decodeURIComponent(url.pathname.slice(5))) : undefined;
    if (setup) return send(res, setupPage(state, setup, method, new URLSearchParams(body), emit));
    if (url.pathname.startsWith("/connect/onboard/"))
      return send(res, onboardingPage(state, decodeURIComponent(url.pathname.slice(17)), method, new URLSearchParams(body), emit));
    if (url.pathname.startsWith("/pay/")) {
      const session = findSession(decodeURIComponent(url.pathname.slice(5)));
      if (!session) return send(res, { status: 404, text: "This checkout session does not exist." });
      if (method === "POST") {
        const form = new URLSearchParams(body);
        if (form.get("action") === "cancel")
          return send(res, { status: 303, headers: { Location: session.cancel_url ?? session.success_url } });
        if (session.status !== "open")
          return send(res, { status: 303, headers: { Location: session.success_url.replace("{CHECKOUT_SESSION_ID}", session.id) } });
        const country = form.get("country");
        const result = pay(session, form.get("card") ?? "", COUNTRIES.some(([code]) => code === country) ? country : null);
        if (!result.ok)
          return send(res, {
            status: 402,
            text: renderCheckoutPage(session, result.message),
            headers: { "Content-Type": "text/html; charset=utf-8" },
          });
        return send(res, { status: 303, headers: { Location: session.success_url.replace("{CHECKOUT_SESSION_ID}", session.id) } });
      }
      return send(res, { status: 200, text: renderCheckoutPage(session), headers: { "Content-Type": "text/html; charset=utf-8" } });
    }

    if (!url.pathname.startsWith("/v1/")) return send(res, stripeError(404, "Unrecognized request URL."));
    if (req.headers.authorization !== `Bearer ${options.secretKey}`)
      return send(res, { status: 401, body: { error: { type: "invalid_request_error", message: "Invalid API Key provided." } } });
    const found = match(api, method, url.pathname);
    if (!found) return send(res, stripeError(404, `Unrecognized request URL (${method}: ${url.pathname}).`));
    send(
      res,
      await found.route.handler(null, {
        method,
        path: url.pathname,
        query: url.searchParams,
        params: found.params,
        headers: req.headers,
        body,
        ip: "",
      }),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    port,
    url: baseUrl,
    state,
    webhooks,
    pay: (sessionId: string, card: string, country: string | null = "US") => pay(state.sessions.get(sessionId)!, card, country),
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
