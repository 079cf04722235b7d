/** @jsxImportSource @/lib/email/jsx */
// The magic sign-in link.
import { BRAND } from "@/lib/config/brand";
import { draft, type EmailDraft } from "../draft";
import { Button, Layout, Small } from "../layout";

export function signInEmail(to: string, url: string): EmailDraft {
  const title = `Sign in to ${BRAND.name}`;
  return draft({
    kind: "sign-in",
    to,
    subject: title,
    html: (
      <Layout title={title} width={480}>
        <p>Tap the button to sign in. The link works once and expires in 15 minutes.</p>
        <p>
          <Button href={url}>Sign in</Button>
        </p>
        <Small>If you did not ask for this, ignore this email.</Small>
      </Layout>
    ),
    text: [`${title}: ${url}`, "", "The link works once and expires in 15 minutes. If you did not ask for this, ignore this email."],
  });
}
