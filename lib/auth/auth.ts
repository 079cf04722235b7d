// Auth.js (next-auth v5): passwordless email links delivered through the store's own outbox
// (the local mailbox in embedded mode), database sessions in HttpOnly, SameSite=Lax cookies
// (Secure under https).
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import type { EmailConfig } from "next-auth/providers/email";
import { db } from "@/lib/db";
import { queueEmail } from "@/lib/email/outbox";
import { signInEmail } from "@/lib/email/templates/sign-in";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/client";
import { onVerifiedSignIn } from "./link-purchases";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; role: Role; name?: string | null };
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
    await queueEmail(signInEmail(identifier, url));
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
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
    redirect({ url }) {
      const app = new URL(env().appUrl);
      const target = new URL(url, app);
      const sameStore = target.origin === app.origin || (app.hostname === "127.0.0.1" && target.hostname === "localhost" && target.port === app.port);
      return sameStore ? `${app.origin}${target.pathname}${target.search}` : app.origin;
    },
    session({ session, user }) {
      const u = user as typeof user & { role: Role };
      return { ...session, user: { id: u.id, email: u.email, role: u.role, name: u.name } };
    },
  },
  events: {
    async signIn({ user }) {
      if (user.id && user.email) await onVerifiedSignIn({ id: user.id, email: user.email });
    },
  },
}));
