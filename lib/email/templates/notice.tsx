/** @jsxImportSource @/lib/email/jsx */
// A short notice to staff in plain words (an alert): one paragraph, in English like the console.
import { draft, type EmailDraft } from "../draft";
import { Layout } from "../layout";

export function noticeEmail(n: { kind: string; to: string; subject: string; message: string; dedupeKey?: string }): EmailDraft {
  return draft({
    ...(n.dedupeKey ? { dedupeKey: n.dedupeKey } : {}),
    kind: n.kind,
    to: n.to,
    subject: n.subject,
    html: (
      <Layout title={n.subject} lang="en" tagline="Staff notice" width={520}>
        <p>{n.message}</p>
      </Layout>
    ),
    text: [n.message],
  });
}
