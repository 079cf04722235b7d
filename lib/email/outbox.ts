// Every email goes through the outbox table first (so nothing is lost if sending fails), then a
// queued job delivers it. A dedupe key makes "send the activation email for order X" happen once.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";
import type { EmailDraft } from "./draft";
import { emailSender } from "./sender";
import { deliver, type Attachment } from "./transport";
import { errorText, logger } from "@/lib/log/logger";

export async function queueEmail(draft: EmailDraft): Promise<string | null> {
  const { count } = await db.emailOutbox.createMany({
    data: [{ ...draft, attachments: (draft.attachments ?? []) as unknown as Prisma.InputJsonValue }],
    skipDuplicates: true, // the dedupe key already exists: this email was queued before
  });
  if (count === 0) return null;
  const row = draft.dedupeKey
    ? await db.emailOutbox.findUniqueOrThrow({ where: { dedupeKey: draft.dedupeKey }, select: { id: true } })
    : await db.emailOutbox.findFirstOrThrow({
        where: { to: draft.to, kind: draft.kind },
        orderBy: { createdAt: "desc" },
        select: { id: true },
      });
  await enqueue(QUEUES.sendEmail.name, { emailId: row.id }).catch((e) =>
    logger.error({ scope: "email", emailId: row.id, err: errorText(e) }, "could not queue the email"),
  );
  return row.id;
}

// Runs in the worker. Throws on failure so the queue retries with backoff.
export async function sendQueuedEmail(emailId: string): Promise<void> {
  const email = await db.emailOutbox.findUnique({ where: { id: emailId } });
  if (!email || email.status === "sent") return;
  try {
    await deliver({
      from: await emailSender(email.tenantId),
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      attachments: (email.attachments ?? []) as unknown as Attachment[],
    });
    await db.emailOutbox.update({
      where: { id: emailId },
      data: { status: "sent", sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
    });
  } catch (error) {
    await db.emailOutbox.update({
      where: { id: emailId },
      data: { status: "failed", attempts: { increment: 1 }, lastError: (error as Error).message.slice(0, 500) },
    });
    throw error;
  }
}
