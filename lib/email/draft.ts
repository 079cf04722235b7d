// An email as the outbox stores it: the HTML part rendered from a template, the plain-text part
// written beside it (every template has both).
import type { Attachment } from "./transport";
import { render, type Html } from "./jsx/jsx-runtime";

export type EmailDraft = {
  dedupeKey?: string;
  kind: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments?: Attachment[];
  orderId?: string;
};

export function draft(d: Omit<EmailDraft, "html" | "text"> & { html: Html; text: string[] }): EmailDraft {
  return { ...d, html: render(d.html), text: d.text.join("\n") };
}
