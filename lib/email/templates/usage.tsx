/** @jsxImportSource @/lib/email/jsx */
// Usage and lifecycle emails, each with a one-tap way to top up.
import { env } from "@/lib/config/env";
import { draft, type EmailDraft } from "../draft";
import { Button, Layout } from "../layout";

const COPY = {
  "usage-80": {
    subject: "You have used 80 % of your eSIM data",
    body: "Your plan {bundle} is 80 % used. Top up now so you are not cut off.",
  },
  "usage-100": {
    subject: "Your eSIM data has run out",
    body: "Your plan {bundle} is used up. Add a top-up to keep browsing: it goes onto the same eSIM, nothing to install.",
  },
  welcome: {
    subject: "Your eSIM is connected",
    body:
      "Welcome! Your eSIM has connected to a network. Tip: make sure data " +
      "roaming is on for this eSIM and that it is your mobile data line.",
  },
  "deletion-scheduled": {
    subject: "Your eSIM will be deleted in 7 days",
    body: "Your eSIM has had no plan for a long time and will be deleted in 7 days. Add a top-up before then to keep it.",
  },
} as const;

export function usageEmail(kind: keyof typeof COPY, p: { to: string; iccid: string; bundleName?: string; dedupeKey: string }): EmailDraft {
  const topUp = `${env().appUrl}/account/esims/${p.iccid}/top-up`;
  const body = COPY[kind].body.replace("{bundle}", p.bundleName ?? "");
  return draft({
    dedupeKey: p.dedupeKey,
    kind,
    to: p.to,
    subject: COPY[kind].subject,
    html: (
      <Layout title={COPY[kind].subject} width={520}>
        <p>{body}</p>
        <p>
          <Button href={topUp}>Top up eSIM {p.iccid}</Button>
        </p>
      </Layout>
    ),
    text: [body, "", `Top up eSIM ${p.iccid}: ${topUp}`],
  });
}
