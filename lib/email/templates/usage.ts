// Usage and lifecycle emails, each with a one-tap way to top up.
import { BRAND } from "@/lib/config/brand";
import { env } from "@/lib/config/env";
import { escapeHtml as esc } from "@/lib/email/escape-html";
import type { EmailDraft } from "@/lib/email/outbox";

const COPY = {
  "usage-80": {
    subject: "You have used 80 % of your eSIM data",
    body: "Your plan {bundle} is 80 % used. Top up now so you are not cut off.",
  },
  "usage-100": {
    subject: "Your eSIM data has run out",
    body: "Your plan {bundle} is used up. Add a top-up to keep browsing: it goes onto the same eSIM, nothing to install.",
  },
  welcome: {
    subject: "Your eSIM is connected",
    body: "Welcome! Your eSIM has connected to a network. Tip: make sure data roaming is on for this eSIM and that it is your mobile data line.",
  },
  "deletion-scheduled": {
    subject: "Your eSIM will be deleted in 7 days",
    body: "Your eSIM has had no plan for a long time and will be deleted in 7 days. Add a top-up before then to keep it.",
  },
} as const;

export function usageEmail(kind: keyof typeof COPY, p: { to: string; iccid: string; bundleName?: string; dedupeKey: string }): EmailDraft {
  const topUp = `${env().appUrl}/account/esims/${p.iccid}/top-up`;
  const text = COPY[kind].body.replace("{bundle}", p.bundleName ?? "");
  return {
    dedupeKey: p.dedupeKey,
    kind,
    to: p.to,
    subject: COPY[kind].subject,
    text: `${text}\n\nTop up eSIM ${p.iccid}: ${topUp}\n\n${BRAND.name}`,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;max-width:520px;margin:0 auto;padding:16px"><h1 style="font-size:20px">${esc(COPY[kind].subject)}</h1><p>${esc(text)}</p><p><a href="${esc(topUp)}" style="display:inline-block;background:#1d63de;color:#fff;padding:12px 18px;border-radius:8px;text-decoration:none">Top up eSIM ${esc(p.iccid)}</a></p><p style="color:#64748b;font-size:12px">${esc(BRAND.name)}</p></body></html>`,
  };
}
