// The local mailbox of embedded mode: outbox rows shown as received mail. Never in production.
import { db } from "@/lib/db";
import { env } from "@/lib/config/env";
import { emailSender } from "./sender";
import type { Attachment } from "./transport";

export function mailboxEnabled(): boolean {
  return !env().production && !env().SMTP_URL;
}

export function listMail(to?: string) {
  return db.emailOutbox.findMany({
    where: to ? { to: to.toLowerCase() } : {},
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, to: true, subject: true, kind: true, status: true, createdAt: true },
  });
}

// The HTML with inline images (cid:) turned into data URLs so a browser can show it, and who it
// is from as SMTP would send it.
export async function readMail(id: string) {
  const mail = await db.emailOutbox.findUnique({ where: { id } });
  if (!mail) return null;
  const attachments = (mail.attachments ?? []) as unknown as Attachment[];
  const html = attachments.reduce((h, a) => h.replaceAll(`cid:${a.cid}`, `data:${a.contentType};base64,${a.base64}`), mail.html);
  return { ...mail, html, from: await emailSender(mail.tenantId) };
}
