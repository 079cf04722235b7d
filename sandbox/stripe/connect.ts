// Stripe Connect, as the store uses it for resellers: connected accounts onboarded through a
// Stripe-hosted page reached by an account link, and destination charges (the sale is transferred
// to the reseller's account and the operator keeps an application fee). Refunds of such a charge
// reverse the transfer and refund the fee in proportion: see charges.ts.
import type { Reply, Route } from "../http";
import { escapeHtml as esc } from "./escape-html";
import { decodeStripeForm, metadataOf, record, text, type FormValue } from "./form";
import { STYLE } from "./hosted-page";
import { byId, idempotent, newId, now, stripeError } from "./objects";

type Metadata = Record<string, string>;
type List<T> = { object: "list"; data: T[]; has_more: false; url: string };
type CapabilityStatus = "active" | "inactive" | "pending";
type Requirements = {
  alternatives: [];
  current_deadline: null;
  currently_due: string[];
  disabled_reason: string | null;
  errors: [];
  eventually_due: string[];
  past_due: string[];
  pending_verification: [];
};

export type Account = {
  id: string;
  object: "account";
  created: number;
  metadata: Metadata;
  business_profile: { name: string | null; support_email: string | null; url: string | null };
  capabilities: { card_payments?: CapabilityStatus; transfers?: CapabilityStatus };
  charges_enabled: boolean;
  country: string;
  default_currency: string;
  details_submitted: boolean;
  email: string | null;
  payouts_enabled: boolean;
  requirements: Requirements;
  type: "express" | "standard";
};

export type Transfer = {
  id: string;
  object: "transfer";
  created: number;
  metadata: Metadata;
  amount: number;
  amount_reversed: number;
  balance_transaction: null;
  currency: string;
  description: null;
  destination: string;
  destination_payment: string;
  livemode: false;
  reversals: List<TransferReversal>;
  reversed: boolean;
  source_transaction: string;
  source_type: "card";
  transfer_group: null;
};

export type TransferReversal = {
  id: string;
  object: "transfer_reversal";
  created: number;
  metadata: Metadata;
  amount: number;
  balance_transaction: null;
  currency: string;
  destination_payment_refund: string;
  source_refund: string;
  transfer: string;
};

export type ApplicationFee = {
  id: string;
  object: "application_fee";
  created: number;
  account: string;
  amount: number;
  amount_refunded: number;
  application: string;
  balance_transaction: null;
  charge: string;
  currency: string;
  fee_source: { charge: string; type: "charge" };
  livemode: false;
  originating_transaction: null;
  refunded: boolean;
  refunds: List<FeeRefund>;
};

export type FeeRefund = {
  id: string;
  object: "fee_refund";
  created: number;
  metadata: Metadata;
  amount: number;
  balance_transaction: null;
  currency: string;
  fee: string;
};

type AccountLink = { account: string; refresh_url: string; return_url: string; expires_at: number; used: boolean };

export type ConnectState = {
  accounts: Map<string, Account>;
  accountLinks: Map<string, AccountLink>; // the hosted page's token → the link
  accountReplies: Map<string, Reply>; // Idempotency-Key → the account it made
  transfers: Map<string, Transfer>;
  applicationFees: Map<string, ApplicationFee>;
};

export const newConnectState = (): ConnectState => ({
  accounts: new Map(),
  accountLinks: new Map(),
  accountReplies: new Map(),
  transfers: new Map(),
  applicationFees: new Map(),
});

// The platform's own Connect application, named on every application fee it collects.
const APPLICATION = "ca_test_esimstoresandbox";
// What Stripe asks of a new account before it may take payments.
const ONBOARDING_DUE = ["business_profile.url", "external_account", "tos_acceptance.date", "tos_acceptance.ip"];
const list = <T>(url: string): List<T> => ({ object: "list", data: [], has_more: false, url });
type Emit = (type: string, object: object) => void;

export function connectRoutes(state: ConnectState, baseUrl: () => string): Route<null>[] {
  return [
    {
      method: "POST",
      pattern: /^\/v1\/accounts$/,
      handler: idempotent(state.accountReplies, (req) => createAccount(state, decodeStripeForm(req.body))),
    },
    { method: "GET", pattern: /^\/v1\/accounts\/(?<id>[^/]+)$/, handler: byId(state.accounts, "account") },
    {
      method: "POST",
      pattern: /^\/v1\/account_links$/,
      handler: (_c, req) => createAccountLink(state, decodeStripeForm(req.body), baseUrl()),
    },
    { method: "GET", pattern: /^\/v1\/transfers\/(?<id>[^/]+)$/, handler: byId(state.transfers, "transfer") },
    {
      method: "GET",
      pattern: /^\/v1\/transfers\/(?<id>[^/]+)\/reversals$/,
      handler: (_c, req) => nested(state.transfers.get(req.params.id)?.reversals, "transfer", req.params.id),
    },
    { method: "GET", pattern: /^\/v1\/application_fees\/(?<id>[^/]+)$/, handler: byId(state.applicationFees, "application_fee") },
    {
      method: "GET",
      pattern: /^\/v1\/application_fees\/(?<id>[^/]+)\/refunds$/,
      handler: (_c, req) => nested(state.applicationFees.get(req.params.id)?.refunds, "application_fee", req.params.id),
    },
  ];
}

const nested = (items: List<unknown> | undefined, kind: string, id: string): Reply =>
  items ? { status: 200, body: items } : stripeError(404, `No such ${kind}: '${id}'`, "id", "resource_missing");

function createAccount(state: ConnectState, form: Record<string, FormValue>): Reply {
  const type = text(form.type) ?? "standard";
  if (type !== "express" && type !== "standard") return stripeError(400, "This sandbox creates express and standard accounts.", "type");
  const country = (text(form.country) ?? "US").toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) return stripeError(400, "Invalid country", "country");
  const requested = record(form.capabilities);
  const capabilities: Account["capabilities"] = {};
  for (const name of ["card_payments", "transfers"] as const)
    if (type === "standard" || text(record(requested[name]).requested) === "true") capabilities[name] = "inactive";
  const profile = record(form.business_profile);
  const account: Account = {
    id: newId("acct"),
    object: "account",
    created: now(),
    metadata: metadataOf(form.metadata),
    business_profile: {
      name: text(profile.name) ?? null,
      support_email: text(profile.support_email) ?? null,
      url: text(profile.url) ?? null,
    },
    capabilities,
    charges_enabled: false,
    country,
    default_currency: (text(form.default_currency) ?? (country === "US" ? "usd" : "eur")).toLowerCase(),
    details_submitted: false,
    email: text(form.email) ?? null,
    payouts_enabled: false,
    requirements: requirements(ONBOARDING_DUE, "requirements.past_due"),
    type,
  };
  state.accounts.set(account.id, account);
  return { status: 200, body: account };
}

function requirements(due: string[], disabledReason: string | null): Requirements {
  return {
    alternatives: [],
    current_deadline: null,
    currently_due: due,
    disabled_reason: disabledReason,
    errors: [],
    eventually_due: due,
    past_due: due,
    pending_verification: [],
  };
}

function createAccountLink(state: ConnectState, form: Record<string, FormValue>, baseUrl: string): Reply {
  const account = text(form.account);
  if (!account || !state.accounts.has(account))
    return stripeError(400, `No such account: '${account ?? ""}'`, "account", "resource_missing");
  const type = text(form.type);
  if (type !== "account_onboarding" && type !== "account_update")
    return stripeError(400, "Invalid type: must be one of account_onboarding or account_update", "type");
  for (const param of ["refresh_url", "return_url"])
    if (!/^https?:\/\//.test(text(form[param]) ?? "")) return stripeError(400, `Missing required param: ${param}.`, param);
  const token = newId("link");
  const link = { account, refresh_url: text(form.refresh_url)!, return_url: text(form.return_url)!, expires_at: now() + 300, used: false };
  state.accountLinks.set(token, link);
  return {
    status: 200,
    body: { object: "account_link", created: now(), expires_at: link.expires_at, url: `${baseUrl}/connect/onboard/${token}` },
  };
}

// The Stripe-hosted onboarding page an account link opens. A link works once and for five
// minutes; after that it sends the visitor to refresh_url, where the platform makes a new one.
// "Save and return later" goes back to return_url with the details still missing, as at Stripe:
// coming back is no proof the account can take payments.
export function onboardingPage(state: ConnectState, token: string, method: string, form: URLSearchParams, emit: Emit): Reply {
  const link = state.accountLinks.get(token);
  if (!link) return { status: 404, text: "This account link does not exist." };
  const redirect = (url: string) => ({ status: 303, headers: { Location: url } });
  if (link.used || link.expires_at <= now()) return redirect(link.refresh_url);
  const account = state.accounts.get(link.account)!;
  if (method !== "POST")
    return { status: 200, text: renderOnboardingPage(account), headers: { "Content-Type": "text/html; charset=utf-8" } };
  link.used = true;
  if (form.get("action") !== "submit") return redirect(link.return_url);
  Object.assign(account, {
    business_profile: { ...account.business_profile, name: form.get("name")?.trim() || account.business_profile.name },
    capabilities: Object.fromEntries(Object.keys(account.capabilities).map((name) => [name, "active"])),
    charges_enabled: true,
    details_submitted: true,
    payouts_enabled: true,
    requirements: requirements([], null),
  });
  emit("account.updated", account);
  return redirect(link.return_url);
}

function renderOnboardingPage(account: Account): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Set up payments – Stripe sandbox</title><style>${STYLE}</style></head><body><main>
<p class="tag">Stripe sandbox · Connect onboarding</p>
<h1>Set up payouts for your business</h1>
<p><small>${esc(account.email ?? account.id)} · ${esc(account.country)}</small></p>
<form method="post">
<div><label for="name">Business name</label><input id="name" name="name" value="${esc(account.business_profile.name ?? "")}" required></div>
<p><small>In test mode a test bank account and identity are used; agreeing submits them.</small></p>
<button type="submit" name="action" value="submit">Agree and submit</button>
<button type="submit" name="action" value="later" class="cancel" formnovalidate>Save and return later</button>
</form>
</main></body></html>`;
}

// A destination charge's parameters (on a PaymentIntent, or a Checkout session's
// payment_intent_data): the connected account the sale goes to, and the platform's fee.
export type Destination = { application_fee_amount: number | null; transfer_data: { destination: string } | null };

export function destinationOf(state: ConnectState, params: Record<string, FormValue>, amount: number): Destination | { error: Reply } {
  const feeText = text(params.application_fee_amount);
  const destination = text(record(params.transfer_data).destination);
  const fee = feeText === undefined ? null : /^\d+$/.test(feeText) ? Number(feeText) : NaN;
  if (Number.isNaN(fee)) return { error: stripeError(400, "Invalid integer: application_fee_amount", "application_fee_amount") };
  if (!destination) {
    if (fee === null) return { application_fee_amount: null, transfer_data: null };
    return {
      error: stripeError(
        400,
        "Can only apply an application_fee_amount when the PaymentIntent is attempting a direct payment (using an OAuth key or Stripe-Account header) or destination payment (using `transfer_data[destination]`).",
        "application_fee_amount",
      ),
    };
  }
  const account = state.accounts.get(destination);
  if (!account)
    return { error: stripeError(400, `No such destination: '${destination}'`, "transfer_data[destination]", "resource_missing") };
  if (account.capabilities.transfers !== "active")
    return {
      error: stripeError(
        400,
        "Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments",
        "transfer_data[destination]",
        "insufficient_capabilities_for_transfer",
      ),
    };
  if (fee !== null && fee > amount)
    return { error: stripeError(400, "The application fee cannot exceed the amount of the payment.", "application_fee_amount") };
  return { application_fee_amount: fee, transfer_data: { destination } };
}

// A paid destination charge: the whole amount is transferred to the connected account and the
// platform's fee is collected back from it.
export function transferCharge(state: ConnectState, charge: { id: string; amount: number; currency: string }, to: Destination) {
  if (!to.transfer_data) return { application_fee: null };
  const transfer: Transfer = {
    id: newId("tr"),
    object: "transfer",
    created: now(),
    metadata: {},
    amount: charge.amount,
    amount_reversed: 0,
    balance_transaction: null,
    currency: charge.currency,
    description: null,
    destination: to.transfer_data.destination,
    destination_payment: newId("py"),
    livemode: false,
    reversals: list(""),
    reversed: false,
    source_transaction: charge.id,
    source_type: "card",
    transfer_group: null,
  };
  transfer.reversals.url = `/v1/transfers/${transfer.id}/reversals`;
  state.transfers.set(transfer.id, transfer);
  if (to.application_fee_amount === null) return { application_fee: null };
  const fee: ApplicationFee = {
    id: newId("fee"),
    object: "application_fee",
    created: now(),
    account: to.transfer_data.destination,
    amount: to.application_fee_amount,
    amount_refunded: 0,
    application: APPLICATION,
    balance_transaction: null,
    charge: charge.id,
    currency: charge.currency,
    fee_source: { charge: charge.id, type: "charge" },
    livemode: false,
    originating_transaction: null,
    refunded: false,
    refunds: list(""),
  };
  fee.refunds.url = `/v1/application_fees/${fee.id}/refunds`;
  state.applicationFees.set(fee.id, fee);
  return { application_fee: fee.id };
}

// A refund of a destination charge, as Stripe does it with reverse_transfer and
// refund_application_fee: each is returned in proportion to the charge refunded so far, so the
// last refund returns exactly what is left and nothing is ever returned twice.
export function reverseCharge(
  state: ConnectState,
  charge: { id: string; amount: number; amount_refunded: number; application_fee: string | null },
  refund: { id: string },
  options: { reverseTransfer: boolean; refundFee: boolean },
): { transfer_reversal: string | null } {
  const share = (whole: number) => Math.round((whole * charge.amount_refunded) / charge.amount);
  let reversalId: string | null = null;
  const transfer = options.reverseTransfer ? [...state.transfers.values()].find((t) => t.source_transaction === charge.id) : undefined;
  if (transfer) {
    const amount = share(transfer.amount) - transfer.amount_reversed;
    const reversal: TransferReversal = {
      id: newId("trr"),
      object: "transfer_reversal",
      created: now(),
      metadata: {},
      amount,
      balance_transaction: null,
      currency: transfer.currency,
      destination_payment_refund: newId("pyr"),
      source_refund: refund.id,
      transfer: transfer.id,
    };
    transfer.reversals.data.unshift(reversal);
    transfer.amount_reversed += amount;
    transfer.reversed = transfer.amount_reversed === transfer.amount;
    reversalId = reversal.id;
  }
  const fee = options.refundFee && charge.application_fee ? state.applicationFees.get(charge.application_fee) : undefined;
  if (fee) {
    const amount = share(fee.amount) - fee.amount_refunded;
    if (amount > 0) {
      fee.refunds.data.unshift({
        id: newId("fr"),
        object: "fee_refund",
        created: now(),
        metadata: {},
        amount,
        balance_transaction: null,
        currency: fee.currency,
        fee: fee.id,
      });
      fee.amount_refunded += amount;
      fee.refunded = fee.amount_refunded === fee.amount;
    }
  }
  return { transfer_reversal: reversalId };
}
