"use server";
// Sign-in request: validated, rate-limited per email and per IP, then Auth.js sends the link.
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { hit } from "@/lib/rate-limit/shared-window";
import { assertForm } from "@/lib/http/form-input";

export type SignInState = { error: string | null; email: string };

const WINDOW_MS = 15 * 60_000;
const schema = z.object({
  email: z.email("Enter the email address you used for your order.").max(254).transform((e) => e.toLowerCase()),
  next: z.string().regex(/^\/(?!\/)[^\s]*$/).max(300).catch("/account"),
});

export async function requestSignIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  assertForm(form);
  const parsed = schema.safeParse({ email: form.get("email"), next: form.get("next") ?? "/account" });
  if (!parsed.success) return { error: parsed.error.issues[0].message, email: String(form.get("email") ?? "") };
  const { email, next } = parsed.data;
  const ip = await clientIp();
  for (const [key, limit] of [[`sign-in:email:${email}`, 5], [`sign-in:ip:${ip}`, env().SIGNIN_LIMIT_PER_IP]] as const) {
    const result = await hit(key, limit, WINDOW_MS);
    if (!result.allowed) return { error: `Too many sign-in requests. Please try again in ${Math.ceil(result.retryInMs / 60_000)} minutes.`, email };
  }
  await signIn("email", { email, redirectTo: next }); // redirects to the "check your email" page
  return { error: null, email };
}
