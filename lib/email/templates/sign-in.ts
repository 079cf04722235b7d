// The magic sign-in link.
import { BRAND } from "@/lib/config/brand";
import type { EmailDraft } from "@/lib/email/outbox";
import { escapeHtml as esc } from "@/lib/email/escape-html";

export function signInEmail(to: string, url: string): EmailDraft {
  return {
    kind: "sign-in",
    to,
    subject: `Sign in to ${BRAND.name}`,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;max-width:480px;margin:0 auto;padding:16px"><h1 style="font-size:20px">Sign in to ${BRAND.name}</h1><p>Tap the button to sign in. The link works once and expires in 15 minutes.</p><p><a href="${esc(url)}" style="display:inline-block;background:#1d63de;color:#fff;padding:12px 18px;border-radius:8px;text-decoration:none">Sign in</a></p><p style="color:#64748b;font-size:12px">If you did not ask for this, ignore this email.</p></body></html>`,
    text: `Sign in to ${BRAND.name}: ${url}\n\nThe link works once and expires in 15 minutes. If you did not ask for this, ignore this email.`,
  };
}
