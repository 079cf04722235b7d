import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InstallButtons } from "@/components/store/install-buttons";
import { UsageBar } from "@/components/account/usage-bar";
import { CopyButton } from "@/components/ui/copy-button";
import { formatBytes, USED_STATES } from "@/lib/esims/owned-esims";
import { refreshThenReadOwnedEsim } from "@/lib/esims/live-usage";
import { validityText } from "@/lib/esims/validity";
import { requireUser } from "@/lib/auth/session";
import { installData, qrSvg } from "@/lib/esims/install-data";
import { Card } from "@/components/ui/card";
import { Time } from "@/components/ui/time";

export const metadata: Metadata = { title: "eSIM details" };

type Props = { params: Promise<{ iccid: string }> };

export default async function EsimPage({ params }: Props) {
  const { iccid } = await params;
  const user = await requireUser(`/account/esims/${iccid}`);
  const view = await refreshThenReadOwnedEsim(user.id, iccid);
  if (!view) notFound();
  const { esim, live } = view;
  const install = installData(esim);
  const qr = install ? await qrSvg(install.lpa) : "";
  const groups = [
    { title: "Active", items: esim.assignments.filter((a) => a.state === "active") },
    { title: "Queued", items: esim.assignments.filter((a) => a.state === "queued" || a.state === "processing") },
    { title: "History", items: esim.assignments.filter((a) => USED_STATES.includes(a.state)) },
  ];
  return (
    <div className="space-y-6">
      <div>
        <Link href="/account" className="text-sm text-brand-700">
          ← My eSIMs
        </Link>
        <h1 className="mt-1 text-2xl font-bold">eSIM {esim.iccid}</h1>
        <p className="text-sm text-slate-600" data-testid="usage-source">
          {live.source === "stored"
            ? live.note
            : `Usage updated ${live.checkedAt ? live.checkedAt.toISOString().slice(11, 16) + " UTC" : "just now"}.`}
        </p>
      </div>

      {groups.map((g) => (
        <Card as="section" padding="lg" key={g.title} aria-label={`${g.title} plans`}>
          <h2 className="font-semibold">{g.title} plans</h2>
          {g.items.length === 0 && <p className="mt-2 text-sm text-slate-600">None.</p>}
          <ul className="mt-3 space-y-4">
            {g.items.map((a) => (
              <li key={a.id} data-testid="bundle" data-state={a.state} className="space-y-2">
                <p className="text-sm">
                  <span className="font-medium">{a.bundleName}</span> · <span className="text-slate-600">{validityText(a)}</span>
                </p>
                {a.state !== "revoked" && <UsageBar assignment={a} />}
                {(a.state === "queued" || a.state === "processing") && (
                  <Link
                    href={`/account/esims/${esim.iccid}/bundles/${a.id}/remove`}
                    className="inline-block text-sm font-medium text-red-700 underline"
                  >
                    Remove this plan
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </Card>
      ))}

      <Card as="section" padding="lg" id="install" aria-label="Install">
        <h2 className="font-semibold">Install this eSIM again</h2>
        {install ? (
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">Show QR code and activation code</summary>
            <div className="mt-4 grid gap-5 sm:grid-cols-[200px_1fr]">
              <div className="w-[200px]" role="img" aria-label="QR code to install your eSIM" dangerouslySetInnerHTML={{ __html: qr }} />
              <div className="space-y-3 text-sm">
                <p className="text-slate-600">Activation code</p>
                <div className="flex gap-2">
                  <code data-testid="activation-code" className="min-w-0 flex-1 break-all rounded bg-slate-100 px-2 py-1.5">
                    {install.lpa}
                  </code>
                  <CopyButton value={install.lpa} label="activation code" />
                </div>
                <p className="text-slate-600">
                  SM-DP+ address: <code>{install.smdpAddress}</code>
                </p>
                <InstallButtons appleUrl={install.appleUrl} androidUrl={install.androidUrl} />
              </div>
            </div>
          </details>
        ) : (
          <p className="mt-2 text-sm text-slate-600">Install details are not available yet.</p>
        )}
      </Card>

      <Card as="section" padding="lg" aria-label="Usage history">
        <h2 className="font-semibold">Usage history</h2>
        {esim.snapshots.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">No usage reported yet.</p>
        ) : (
          <table className="mt-3 w-full text-left text-sm">
            <thead>
              <tr className="text-slate-600">
                <th className="py-1 font-medium">When (UTC)</th>
                <th className="font-medium">Plan</th>
                <th className="font-medium">Remaining</th>
              </tr>
            </thead>
            <tbody>
              {esim.snapshots.map((s) => (
                <tr key={s.id} className="border-t border-slate-100">
                  <td className="py-1">
                    <Time value={s.receivedAt} />
                  </td>
                  <td>{s.bundleName}</td>
                  <td>{s.unlimited ? "Unlimited" : formatBytes(s.remainingBytes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <Link
        href={`/account/esims/${esim.iccid}/top-up`}
        className="inline-block rounded-xl bg-brand-600 px-4 py-3 font-semibold text-white"
      >
        Top up this eSIM
      </Link>
    </div>
  );
}
