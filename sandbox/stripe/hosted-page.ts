// The sandbox's hosted checkout page: a plain HTML form that takes a test card number.
import type { CheckoutSession } from "./objects";
import { escapeHtml as esc } from "./escape-html";

const money = (minor: number, currency: string) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(minor / 100);

export function renderCheckoutPage(session: CheckoutSession, error?: string): string {
  const rows = session.line_items_data
    .map(
      (i) =>
        `<li><span>${esc(i.price_data.product_data.name)}${i.quantity > 1 ? ` × ${i.quantity}` : ""}</span><span>${money(i.price_data.unit_amount * i.quantity, i.price_data.currency)}</span></li>`,
    )
    .join("");
  const closed = session.status !== "open";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Pay ${money(session.amount_total, session.currency)} – Stripe sandbox</title>
<style>
body{font-family:system-ui,sans-serif;background:#f6f9fc;color:#1a1f36;margin:0;padding:24px}
main{max-width:420px;margin:0 auto;background:#fff;border-radius:12px;box-shadow:0 2px 12px #0001;padding:24px}
h1{font-size:20px;margin:0 0 4px} .tag{font-size:12px;color:#635bff;font-weight:600;text-transform:uppercase;letter-spacing:.05em}
ul{list-style:none;padding:0;margin:16px 0;border-top:1px solid #e3e8ee} li{display:flex;justify-content:space-between;padding:8px 0;border-bottom:1px solid #e3e8ee}
.total{font-weight:700} label{display:block;font-size:14px;margin:12px 0 4px} input{width:100%;box-sizing:border-box;font-size:16px;padding:10px;border:1px solid #cfd7df;border-radius:6px}
.row{display:flex;gap:12px} button{width:100%;margin-top:20px;padding:12px;font-size:16px;font-weight:600;color:#fff;background:#635bff;border:0;border-radius:6px;cursor:pointer}
.err{background:#fde8e8;color:#9b1c1c;padding:10px;border-radius:6px;margin-top:12px} .cancel{background:none;color:#4f566b;font-weight:500;margin-top:8px} small{color:#4f566b}
</style></head><body><main>
<p class="tag">Stripe sandbox · test mode</p>
<h1>Pay ${money(session.amount_total, session.currency)}</h1>
${session.customer_email ? `<p><small>Receipt to ${esc(session.customer_email)}</small></p>` : ""}
<ul>${rows}${session.total_details.amount_discount > 0 ? `<li><span>Store credit</span><span>−${money(session.total_details.amount_discount, session.currency)}</span></li>` : ""}<li class="total"><span>Total due</span><span>${money(session.amount_total, session.currency)}</span></li></ul>
${
  closed
    ? `<p>This checkout session is ${session.status}.</p>`
    : `<form method="post">
${error ? `<p class="err" role="alert">${esc(error)}</p>` : ""}
<label for="card">Card number</label><input id="card" name="card" inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242" required>
<div class="row"><div><label for="exp">Expiry</label><input id="exp" name="exp" placeholder="12 / 34" value="12 / 34"></div><div><label for="cvc">CVC</label><input id="cvc" name="cvc" placeholder="123" value="123"></div></div>
<button type="submit" name="action" value="pay">Pay ${money(session.amount_total, session.currency)}</button>
<button type="submit" name="action" value="cancel" class="cancel" formnovalidate>Cancel and go back</button>
</form>
<p><small>Test cards: 4242 4242 4242 4242 succeeds · 4000 0000 0000 0002 is declined · 4000 0000 0000 0077 succeeds a few seconds later · 4000 0000 0000 9995 fails a few seconds later.</small></p>`
}
</main></body></html>`;
}
