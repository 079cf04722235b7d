// Saved cards, as the store uses them for automatic top-ups: customers, Checkout in setup mode
// (a hosted page that saves a test card as a PaymentMethod through a SetupIntent), and off-session
// PaymentIntents charged to the saved card. Test cards when charged off-session:
//   4242 4242 4242 4242, 5555 5555 5555 4444  succeed
//   4000 0025 0000 3155  authentication_required (the customer must pay on-session)
//   4000 0000 0000 9995  card_declined, insufficient_funds
import type { Reply, Route } from "../http";
import { escapeHtml as esc } from "./escape-html";
import { STYLE } from "./hosted-page";
import { decodeStripeForm, metadataOf, text, type FormValue } from "./form";
import { byId, cardDetails, idempotent, newId, now, stripeError, type CardDetails, type PaymentIntent } from "./objects";
import { settleIntent, type ChargeState } from "./charges";
import { destinationOf } from "./connect";

type Metadata = Record<string, string>;
export type Customer = {
  id: string;
  object: "customer";
  created: number;
  email: string | null;
  metadata: Metadata;
  livemode: false;
  invoice_settings: { default_payment_method: string | null };
};
export type PaymentMethod = {
  id: string;
  object: "payment_method";
  created: number;
  customer: string | null;
  metadata: Metadata;
  livemode: false;
  type: "card";
  billing_details: { address: null; email: string | null; name: null; phone: null };
  card: Omit<CardDetails, "network"> & { networks: { available: string[]; preferred: null } };
};
export type SetupIntent = {
  id: string;
  object: "setup_intent";
  created: number;
  customer: string;
  metadata: Metadata;
  livemode: false;
  payment_method: string;
  payment_method_types: ["card"];
  status: "succeeded";
  usage: "off_session";
  last_setup_error: null;
};
export type SetupSession = {
  id: string;
  object: "checkout.session";
  created: number;
  mode: "setup";
  customer: string;
  client_reference_id: string | null;
  metadata: Metadata;
  livemode: false;
  amount_total: null;
  currency: string | null;
  setup_intent: string | null;
  payment_intent: null;
  payment_status: "no_payment_required";
  status: "open" | "complete" | "expired";
  success_url: string;
  cancel_url: string | null;
  url: string | null;
  expires_at: number;
  locale: string | null;
};

export type SavedCardState = ChargeState & {
  customers: Map<string, Customer>;
  paymentMethods: Map<string, PaymentMethod>;
  setupIntents: Map<string, SetupIntent>;
  setupSessions: Map<string, SetupSession>;
  replies: Map<string, Reply>; // Idempotency-Key → the first answer, replayed
  cardNumbers: Map<string, string>; // payment method → the test card behind it
};

const SAVABLE = new Set(["4242424242424242", "5555555555554444", "4000002500003155", "4000000000009995"]);

type Emit = (type: string, object: object) => void;

// The API calls for saved cards (the setup-mode session itself is created with the others).
export function savedCardRoutes(state: SavedCardState, emit: Emit): Route<null>[] {
  return [
    { method: "POST", pattern: /^\/v1\/customers$/, handler: (_c, req) => createCustomer(state, decodeStripeForm(req.body)) },
    { method: "GET", pattern: /^\/v1\/customers\/(?<id>[^/]+)$/, handler: byId(state.customers, "customer") },
    { method: "GET", pattern: /^\/v1\/setup_intents\/(?<id>[^/]+)$/, handler: byId(state.setupIntents, "setup_intent") },
    { method: "GET", pattern: /^\/v1\/payment_methods\/(?<id>[^/]+)$/, handler: byId(state.paymentMethods, "payment_method") },
    {
      method: "POST",
      pattern: /^\/v1\/payment_intents$/,
      // A retry with the same Idempotency-Key gets the first answer, never a second charge.
      handler: idempotent(state.replies, (req) => createOffSessionIntent(state, decodeStripeForm(req.body), emit)),
    },
  ];
}

// The hosted page of a setup-mode session: save the card, or go back.
export function setupPage(state: SavedCardState, session: SetupSession, method: string, form: URLSearchParams, emit: Emit): Reply {
  const html = (status: number, error?: string) => ({
    status,
    text: renderSetupPage(session, error),
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
  if (method !== "POST") return html(200);
  const back = (url: string) => ({ status: 303, headers: { Location: url.replace("{CHECKOUT_SESSION_ID}", session.id) } });
  if (form.get("action") === "cancel") return back(session.cancel_url ?? session.success_url);
  if (session.status !== "open") return back(session.success_url);
  const saved = completeSetup(state, session, form.get("card") ?? "");
  if (!saved.ok) return html(402, saved.message);
  emit("checkout.session.completed", session);
  return back(session.success_url);
}

function createCustomer(state: SavedCardState, form: Record<string, FormValue>): Reply {
  const customer: Customer = {
    id: newId("cus"),
    object: "customer",
    created: now(),
    email: text(form.email) ?? null,
    metadata: metadataOf(form.metadata),
    livemode: false,
    invoice_settings: { default_payment_method: null },
  };
  state.customers.set(customer.id, customer);
  return { status: 200, body: customer };
}

export function createSetupSession(state: SavedCardState, form: Record<string, FormValue>, baseUrl: string): Reply {
  const customer = text(form.customer);
  if (!customer || !state.customers.has(customer))
    return stripeError(400, `No such customer: '${customer ?? ""}'`, "customer", "resource_missing");
  const success = text(form.success_url);
  if (!success || !/^https?:\/\//.test(success)) return stripeError(400, "Missing required param: success_url.", "success_url");
  const id = newId("cs");
  const session: SetupSession = {
    id,
    object: "checkout.session",
    created: now(),
    mode: "setup",
    customer,
    client_reference_id: text(form.client_reference_id) ?? null,
    metadata: metadataOf(form.metadata),
    livemode: false,
    amount_total: null,
    currency: text(form.currency) ?? null,
    setup_intent: null,
    payment_intent: null,
    payment_status: "no_payment_required",
    status: "open",
    success_url: success,
    cancel_url: text(form.cancel_url) ?? null,
    url: `${baseUrl}/pay/${id}`,
    expires_at: now() + 24 * 3600,
    locale: text(form.locale) ?? null,
  };
  state.setupSessions.set(id, session);
  return { status: 200, body: session };
}

// The hosted page's "Save card": the card becomes the customer's PaymentMethod through a succeeded
// SetupIntent, and the session completes.
function completeSetup(state: SavedCardState, session: SetupSession, card: string): { ok: true } | { ok: false; message: string } {
  const digits = card.replace(/\s+/g, "");
  if (!SAVABLE.has(digits))
    return { ok: false, message: /^\d{16}$/.test(digits) ? "Your card was declined." : "Your card number is incomplete." };
  const method: PaymentMethod = {
    id: newId("pm"),
    object: "payment_method",
    created: now(),
    customer: session.customer,
    metadata: {},
    livemode: false,
    type: "card",
    billing_details: { address: null, email: state.customers.get(session.customer)?.email ?? null, name: null, phone: null },
    card: savedCard(cardDetails(digits)),
  };
  state.cardNumbers.set(method.id, digits);
  const intent: SetupIntent = {
    id: newId("seti"),
    object: "setup_intent",
    created: now(),
    customer: session.customer,
    metadata: session.metadata,
    livemode: false,
    payment_method: method.id,
    payment_method_types: ["card"],
    status: "succeeded",
    usage: "off_session",
    last_setup_error: null,
  };
  state.paymentMethods.set(method.id, method);
  state.setupIntents.set(intent.id, intent);
  Object.assign(session, { setup_intent: intent.id, status: "complete", url: null });
  return { ok: true };
}

// POST /v1/payment_intents with confirm=true, off_session=true: charged at once to the saved card,
// or refused with Stripe's card_error (the PaymentIntent kept, status requires_payment_method).
function createOffSessionIntent(state: SavedCardState, form: Record<string, FormValue>, emit: Emit): Reply {
  const amount = Number(text(form.amount));
  const currency = text(form.currency)?.toLowerCase();
  const customer = text(form.customer);
  const methodId = text(form.payment_method);
  if (!Number.isInteger(amount) || amount < 50) return stripeError(400, "Amount must be at least 50 cents", "amount", "amount_too_small");
  if (!currency || !/^[a-z]{3}$/.test(currency)) return stripeError(400, "Invalid currency", "currency");
  if (text(form.confirm) !== "true" || text(form.off_session) !== "true")
    return stripeError(400, "This sandbox creates PaymentIntents only with confirm=true and off_session=true.", "confirm");
  const method = methodId ? state.paymentMethods.get(methodId) : undefined;
  if (!method) return stripeError(400, `No such PaymentMethod: '${methodId ?? ""}'`, "payment_method", "resource_missing");
  if (method.customer !== customer)
    return stripeError(400, "The provided PaymentMethod does not belong to the provided customer.", "payment_method");
  const destination = destinationOf(state, form, amount);
  if ("error" in destination) return destination.error;
  const intent: PaymentIntent = {
    id: newId("pi"),
    object: "payment_intent",
    amount,
    amount_received: 0,
    currency,
    created: now(),
    latest_charge: null,
    metadata: metadataOf(form.metadata),
    status: "requires_payment_method",
    ...destination,
  };
  state.intents.set(intent.id, intent);
  const digits = state.cardNumbers.get(method.id) ?? "";
  const refusal =
    digits === "4000002500003155"
      ? {
          code: "authentication_required",
          decline_code: "authentication_required",
          message: "Your card was declined. This transaction requires authentication.",
        }
      : digits === "4000000000009995"
        ? { code: "card_declined", decline_code: "insufficient_funds", message: "Your card has insufficient funds." }
        : null;
  if (refusal) {
    emit("payment_intent.payment_failed", intent);
    return {
      status: 402,
      body: {
        error: {
          type: "card_error",
          ...refusal,
          payment_intent: intent,
          payment_method: method,
          doc_url: `https://stripe.com/docs/error-codes/${refusal.code.replace(/_/g, "-")}`,
        },
      },
    };
  }
  settleIntent(state, intent, digits);
  emit("payment_intent.succeeded", intent);
  return { status: 200, body: intent };
}

function renderSetupPage(session: SetupSession, error?: string): string {
  const form =
    session.status !== "open"
      ? `<p>This checkout session is ${session.status}.</p>`
      : `<form method="post">
${error ? `<p class="err" role="alert">${esc(error)}</p>` : ""}
<div><label for="card">Card number</label><input id="card" name="card" inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242" required></div>
<button type="submit" name="action" value="pay">Save card</button>
<button type="submit" name="action" value="cancel" class="cancel" formnovalidate>Cancel and go back</button>
</form>
<p><small>Saved cards charged later: 4242 4242 4242 4242 succeeds · 4000 0025 0000 3155 needs authentication · 4000 0000 0000 9995 is declined (insufficient funds).</small></p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Save a card – Stripe sandbox</title><style>${STYLE}</style></head><body><main>
<p class="tag">Stripe sandbox · test mode</p>
<h1>Save a card for later payments</h1>
<p><small>You will not be charged now.</small></p>
${form}
</main></body></html>`;
}

// A PaymentMethod describes its card as a charge does, except that it lists the networks it runs on.
function savedCard({ network, ...card }: CardDetails): PaymentMethod["card"] {
  return { ...card, networks: { available: [network], preferred: null } };
}
