import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RemoveBundleForm } from "@/components/bundle-removal/remove-bundle-form";
import { requireUser } from "@/lib/auth/session";
import { loadRemoval } from "@/lib/esims/bundle-removal";
import { Money } from "@/components/ui/money";

export const metadata: Metadata = { title: "Remove a plan" };

type Props = { params: Promise<{ iccid: string; assignmentId: string }> };

export default async function RemovePage({ params }: Props) {
  const { iccid, assignmentId } = await params;
  const user = await requireUser(`/account/esims/${iccid}/bundles/${assignmentId}/remove`);
  const loaded = await loadRemoval(user.id, assignmentId);
  if (!loaded || loaded.assignment.esim.iccid !== iccid) notFound();
  const { assignment, eligibility } = loaded;
  return (
    <div className="max-w-xl space-y-5">
      <Link href={`/account/esims/${iccid}`} className="text-sm text-brand-700">
        ← eSIM {iccid}
      </Link>
      <h1 className="text-2xl font-bold">Remove {assignment.bundleName}?</h1>
      {eligibility.eligible ? (
        <>
          <p className="text-slate-700">
            This plan has not been used yet, so you can remove it and get{" "}
            <strong>
              <Money minor={eligibility.amountMinor} currency={eligibility.currency} />
            </strong>{" "}
            back {eligibility.method === "card" ? "to your card" : "as store credit"}.
            {eligibility.needsApproval && " Because of its value, our team approves the refund first (usually within a day)."}
          </p>
          <RemoveBundleForm
            assignmentId={assignment.id}
            label={eligibility.needsApproval ? "Ask to remove and refund" : "Remove and refund"}
          />
        </>
      ) : (
        <p role="status" data-testid="removal-refused" className="rounded-xl bg-amber-50 p-4 text-amber-900">
          {eligibility.reason}
        </p>
      )}
    </div>
  );
}
