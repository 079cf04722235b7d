import type { Metadata } from "next";
import Link from "next/link";
import { mailboxEnabled } from "@/lib/email/mailbox";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-md px-4 py-12 text-center">
      <h1 className="text-2xl font-bold">Check your email</h1>
      <p className="mt-2 text-slate-600">We sent you a sign-in link. It works once and expires in 15 minutes.</p>
      {mailboxEnabled() && (
        <p className="mt-4 text-sm">
          Running locally: open the{" "}
          <Link href="/dev/mailbox" className="font-medium text-brand-700 underline">
            local mailbox
          </Link>
          .
        </p>
      )}
    </div>
  );
}
