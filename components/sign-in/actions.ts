"use server";
// Sign-in request: validated, rate-limited per email and per IP, then Auth.js sends the link
// (always to APP_URL's origin, see lib/auth/auth.ts).
import { z } from "zod";
import { publicAction } from "@/lib/actions/chain";
import { email, locale } from "@/lib/actions/fields";
import { signIn } from "@/lib/auth/auth";
import { rememberLocale } from "@/lib/auth/locale";
import { env } from "@/lib/config/env";
import { sameOriginPath } from "@/lib/http/safe-redirect";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { hit } from "@/lib/rate-limit/shared-window";

const WINDOW_MS = 15 * 60_000;
const fields = z.object({
  email: z.email("signInEmail").max(254).pipe(email),
  next: z
    .string()
    .max(500)
    .optional()
    .transform((next) => sameOriginPath(next)),
  locale,
});

export const requestSignIn = publicAction.input(fields).run(async ({ input }) => {
  const ip = await clientIp();
  for (const [key, limit] of [
    [`sign-in:email:${input.email}`, 5],
    [`sign-in:ip:${ip}`, env().SIGNIN_LIMIT_PER_IP],
  ] as const) {
    const result = await hit(key, limit, WINDOW_MS);
    if (!result.allowed)
      return {
        ok: false,
        error: "signInRateLimited",
        params: { minutes: Math.ceil(result.retryInMs / 60_000) },
        values: { email: input.email },
      };
  }
  await rememberLocale(input.email, input.locale); // later emails are written in it
  await signIn("email", { email: input.email, redirectTo: input.next }); // redirects to the "check your email" page
  return { ok: true };
});
