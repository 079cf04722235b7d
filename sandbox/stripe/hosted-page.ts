// The sandbox's hosted checkout page: a plain HTML form that takes a test card number.
import type { CheckoutSession } from "./objects";
import { escapeHtml as esc } from "./escape-html";

// Stripe amounts are in the currency's smallest unit: cents, but whole yen.
export const money = (minor: number, currency: string) => {
  const format = new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() });
  return format.format(minor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
};

export const STYLE = `
body{font-family:system-ui,sans-serif;background:#f6f9fc;color:#1a1f36;margin:0;padding:24px}
main{max-width:420px;margin:0 auto;background:#fff;border-radius:12px;box-shadow:0 2px 12px #0001;padding:24px}
h1{font-size:20px;margin:0 0 4px} .tag{font-size:12px;color:#635bff;font-weight:600;text-transform:uppercase;letter-spacing:.05em}
ul{list-style:none;padding:0;margin:16px 0;border-top:1px solid #e3e8ee}
li{display:flex;justify-content:space-between;padding:8px 0;border-bottom:1px solid #e3e8ee}
.total{font-weight:700} label{display:block;font-size:14px;margin:12px 0 4px}
input,select{width:100%;box-sizing:border-box;font-size:16px;padding:10px;border:1px solid #cfd7df;border-radius:6px}
.row{display:flex;gap:12px}
button{width:100%;margin-top:20px;padding:12px;font-size:16px;font-weight:600}
button{color:#fff;background:#635bff;border:0;border-radius:6px;cursor:pointer}
.err{background:#fde8e8;color:#9b1c1c;padding:10px;border-radius:6px;margin-top:12px}
.cancel{background:none;color:#4f566b;font-weight:500;margin-top:8px} small{color:#4f566b}`;

const TEST_CARDS =
  "Test cards: 4242 4242 4242 4242 succeeds · 4000 0000 0000 0002 is declined · " +
  "4000 0000 0000 0077 succeeds a few seconds later · 4000 0000 0000 9995 fails a few seconds later.";

// Stripe asks for the card's billing country; it lands in the session's customer_details.
export const COUNTRIES = [
  ["US", "United States"],
  ["GB", "United Kingdom"],
  ["DE", "Germany"],
  ["FR", "France"],
  ["ES", "Spain"],
  ["IT", "Italy"],
  ["PT", "Portugal"],
  ["NL", "Netherlands"],
  ["JP", "Japan"],
  ["AU", "Australia"],
  ["CA", "Canada"],
] as const;
const BY_LOCALE: Record<string, string> = { de: "DE", fr: "FR", es: "ES", it: "IT", pt: "PT", ja: "JP" };
const defaultCountry = (locale: string | null) => BY_LOCALE[locale?.slice(0, 2) ?? ""] ?? "US";

const row = (label: string, amount: string, className = "") =>
  `<li${className ? ` class="${className}"` : ""}><span>${label}</span><span>${amount}</span></li>`;

function cardForm(session: CheckoutSession, error?: string) {
  const field = (id: string, label: string, attrs: string) =>
    `<div><label for="${id}">${label}</label><input id="${id}" name="${id}" ${attrs}></div>`;
  return `<form method="post">
${error ? `<p class="err" role="alert">${esc(error)}</p>` : ""}
${field("card", "Card number", 'inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242" required')}
<div class="row">${field("exp", "Expiry", 'placeholder="12 / 34" value="12 / 34"')}
${field("cvc", "CVC", 'placeholder="123" value="123"')}</div>
<label for="country">Country or region</label><select id="country" name="country">${COUNTRIES.map(
    ([code, name]) => `<option value="${code}"${code === defaultCountry(session.locale) ? " selected" : ""}>${name}</option>`,
  ).join("")}</select>
<button type="submit" name="action" value="pay">Pay ${money(session.amount_total, session.currency)}</button>
<button type="submit" name="action" value="cancel" class="cancel" formnovalidate>Cancel and go back</button>
</form>
<p><small>${TEST_CARDS}</small></p>`;
}

export function renderCheckoutPage(session: CheckoutSession, error?: string): string {
  const lines = session.line_items_data.map((i) =>
    row(
      `${esc(i.price_data.product_data.name)}${i.quantity > 1 ? ` × ${i.quantity}` : ""}`,
      money(i.price_data.unit_amount * i.quantity, i.price_data.currency),
    ),
  );
  const discount = session.total_details.amount_discount;
  if (discount > 0) lines.push(row(esc(session.discount_label ?? "Discount"), `−${money(discount, session.currency)}`));
  lines.push(row("Total due", money(session.amount_total, session.currency), "total"));
  const title = `Pay ${money(session.amount_total, session.currency)}`;
  return `<!doctype html><html lang="${esc(session.locale && session.locale !== "auto" ? session.locale : "en")}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} – Stripe sandbox</title>
<style>${STYLE}</style></head><body><main>
<p class="tag">Stripe sandbox · test mode</p>
<h1>${title}</h1>
${session.customer_email ? `<p><small>Receipt to ${esc(session.customer_email)}</small></p>` : ""}
<ul>${lines.join("")}</ul>
${session.status !== "open" ? `<p>This checkout session is ${session.status}.</p>` : cardForm(session, error)}
</main></body></html>`;
}
