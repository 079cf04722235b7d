import Link from "next/link";
import { notFound } from "next/navigation";
import { mailboxEnabled, readMail } from "@/lib/email/mailbox";
import { Card } from "@/components/ui/card";

export const metadata = { title: "Mail", robots: { index: false } };

export default async function MailPage({ params }: { params: Promise<{ id: string }> }) {
  if (!mailboxEnabled()) notFound();
  const mail = await readMail((await params).id);
  if (!mail) notFound();
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Link href="/dev/mailbox" className="text-sm text-brand-700">
        ← Mailbox
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{mail.subject}</h1>
      <p className="text-sm text-slate-600" data-testid="mail-from">
        from {mail.from.name} &lt;{mail.from.address}&gt;{mail.from.replyTo && ` · reply to ${mail.from.replyTo}`}
      </p>
      <p className="text-sm text-slate-600">to {mail.to}</p>
      <Card
        as="article"
        padding="none"
        className="mt-6 p-2"
        data-testid="mail-body"
        dangerouslySetInnerHTML={{ __html: mail.html.replace(/^[\s\S]*<body[^>]*>|<\/body>[\s\S]*$/g, "") }}
      />
      <details className="mt-4 text-sm">
        <summary>Plain text</summary>
        <pre data-testid="mail-text" className="mt-2 whitespace-pre-wrap rounded-xl bg-white p-4">
          {mail.text}
        </pre>
      </details>
    </div>
  );
}
