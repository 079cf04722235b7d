import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in/sign-in-form";
import { currentUser } from "@/lib/auth/session";
import { sameOriginPath } from "@/lib/http/safe-redirect";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; error?: string }> }) {
  const { next, error } = await searchParams;
  const safeNext = sameOriginPath(next);
  if (await currentUser()) redirect(safeNext);
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-2xl font-bold">Sign in to your account</h1>
      <p className="mt-2 text-slate-600">
        No password needed: we email you a link. Use the email you bought your eSIM with to see it here.
      </p>
      {error && (
        <p className="mt-4 rounded-xl bg-red-50 p-3 text-sm text-red-800">
          That sign-in link is invalid or has expired. Ask for a new one.
        </p>
      )}
      <Card padding="lg" className="mt-6">
        <SignInForm next={safeNext} />
      </Card>
    </div>
  );
}
