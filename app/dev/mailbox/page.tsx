import Link from "next/link";
import { notFound } from "next/navigation";
import { listMail, mailboxEnabled } from "@/lib/email/mailbox";
import { Card } from "@/components/ui/card";
import { Time } from "@/components/ui/time";

export const metadata = { title: "Local mailbox", robots: { index: false } };

export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  if (!mailboxEnabled()) notFound();
  const { to } = await searchParams;
  const mails = await listMail(to);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-2xl font-bold">Local mailbox</h1>
      <p className="mt-1 text-sm text-slate-600">Embedded mode delivers every email here instead of over SMTP.</p>
      <Card as="ul" padding="none" className="mt-6 divide-y divide-slate-200">
        {mails.length === 0 && <li className="p-4 text-slate-600">No mail yet.</li>}
        {mails.map((m) => (
          <li key={m.id} data-testid="mail">
            <Link href={`/dev/mailbox/${m.id}`} className="block p-4 hover:bg-slate-50">
              <span className="block font-medium">{m.subject}</span>
              <span className="block text-sm text-slate-600">
                to {m.to} · <Time value={m.createdAt} precision="second" /> · {m.status}
              </span>
            </Link>
          </li>
        ))}
      </Card>
    </div>
  );
}
