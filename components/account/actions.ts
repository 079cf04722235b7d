"use server";
// Signing out of My Account.
import { customerAction } from "@/lib/actions/chain";
import { signOut } from "@/lib/auth/auth";

export const signOutAction = customerAction.run(async () => {
  await signOut({ redirectTo: "/" });
  return { ok: true };
});
