// Delivery: SMTP (nodemailer) in production; in embedded mode the outbox row is the local mailbox
// (shown at /dev/mailbox), so delivering means nothing more than marking it sent.
import nodemailer from "nodemailer";
import { env } from "@/lib/config/env";
import type { Sender } from "./sender";
export type Attachment = { cid: string; filename: string; contentType: string; base64: string };
type Message = { from: Sender; to: string; subject: string; html: string; text: string; attachments: Attachment[] };

const globalForMail = globalThis as unknown as { smtp?: nodemailer.Transporter };

export async function deliver(message: Message): Promise<void> {
  const e = env();
  if (!e.SMTP_URL) return; // embedded mode: the local mailbox reads the outbox
  globalForMail.smtp ??= nodemailer.createTransport(e.SMTP_URL);
  await globalForMail.smtp.sendMail({
    from: { name: message.from.name, address: message.from.address },
    replyTo: message.from.replyTo ?? undefined,
    to: message.to,
    subject: message.subject,
    html: message.html,
    text: message.text,
    attachments: message.attachments.map((a) => ({
      cid: a.cid,
      filename: a.filename,
      contentType: a.contentType,
      content: Buffer.from(a.base64, "base64"),
    })),
  });
}
