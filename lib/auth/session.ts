// Who is calling. Every page and action that touches customer data starts here.
import { notFound, redirect } from "next/navigation";
import { localeOfPath } from "@/lib/i18n/locales";
import { auth } from "./auth";

export type CurrentUser = { id: string; email: string; role: "customer" | "staff" };

export async function currentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  return session?.user?.id ? { id: session.user.id, email: session.user.email, role: session.user.role } : null;
}

// returnTo: the page to come back to after signing in (its language is the sign-in page's too).
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(`/${localeOfPath(returnTo)}/signin?next=${encodeURIComponent(returnTo)}`);
  return user;
}

// Staff pages answer 404 to everyone else: their existence is not advertised.
export async function requireStaff(): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user || user.role !== "staff") notFound();
  return user;
}
