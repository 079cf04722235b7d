// Auth.js (next-auth v5): passwordless email links delivered through the store's own outbox
// (the local mailbox in embedded mode), database sessions in HttpOnly, SameSite=Lax cookies
// (Secure under https). Every URL it produces is on the storefront's own origin (APP_URL's, or a
// reseller's first host), and an account, a link and a session belong to that storefront's tenant
// (lib/tenancy scopes the adapter's queries).
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import type { EmailConfig } from "next-auth/providers/email";
import { db } from "@/lib/db";
import { queueEmail } from "@/lib/email/outbox";
import { signInEmail } from "@/lib/email/templates/sign-in";
import { env } from "@/lib/config/env";
import type { Role } from "@/lib/generated/prisma/client";
import { sameOriginPath } from "@/lib/http/safe-redirect";
import { localeOfPath } from "@/lib/i18n/locales";
import { currentOrigin } from "@/lib/tenancy/tenants";
import { onVerifiedSignIn } from "./link-purchases";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; role: Role; name?: string | null; tenantId: string };
  }
}

const magicLink: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  from: "",
  maxAge: 15 * 60,
  options: {},
  normalizeIdentifier: (identifier) => identifier.trim().toLowerCase(),
  async sendVerificationRequest({ identifier, url }) {
    const link = onOrigin(url, await currentOrigin());
    await queueEmail(await signInEmail(identifier, link, localeOfPath(new URL(link).searchParams.get("callbackUrl"))));
  },
};

// The emailed link always points at the storefront's origin: Auth.js builds it from the request's
// host headers, which the caller controls, so only its path and token are kept (and its callback
// made local).
export function onOrigin(link: string, origin: string): string {
  const app = new URL(origin);
  const given = new URL(link);
  const safe = new URL(`${given.pathname}${given.search}`, app);
  const callback = safe.searchParams.get("callbackUrl");
  if (callback) safe.searchParams.set("callbackUrl", new URL(sameOriginPath(callback, undefined, origin), app).href);
  return safe.href;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  // Auth.js reads AUTH_URL on every request; APP_URL is the store's only notion of its origin.
  process.env.AUTH_URL = env().appUrl;
  return {
    adapter: PrismaAdapter(db as never),
    session: { strategy: "database", maxAge: 30 * 24 * 3600 },
    providers: [magicLink],
    secret: env().authSecret,
    trustHost: true,
    useSecureCookies: env().appUrl.startsWith("https://"),
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    callbacks: {
      // Only the store's own pages, on the store's public origin. (Next.js reports a 127.0.0.1 host
      // as "localhost", so Auth.js's default check would send a local browser to the wrong host.)
      async redirect({ url }) {
        const origin = await currentOrigin();
        return new URL(sameOriginPath(url, undefined, origin), origin).href;
      },
      // The session endpoint is readable from JavaScript: the user and the expiry, never the token.
      session({ session, user }) {
        const u = user as typeof user & { role: Role; tenantId: string };
        return { user: { id: u.id, email: u.email!, role: u.role, name: u.name, tenantId: u.tenantId }, expires: session.expires } as never;
      },
    },
    events: {
      async signIn({ user }) {
        if (user.id && user.email) await onVerifiedSignIn({ id: user.id, email: user.email });
      },
    },
  };
});
