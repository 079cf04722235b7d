// Who is calling. Every page and action that touches customer data starts here.
import { notFound, redirect } from "next/navigation";
import { localeOfPath } from "@/lib/i18n/locales";
import { OPERATOR, requestTenantId } from "@/lib/tenancy/context";
import { auth } from "./auth";

export type CurrentUser = { id: string; email: string; role: "customer" | "staff" };

// A session belongs to the storefront it was made on: on another tenant's host it is nobody.
export async function currentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  if (!session?.user?.id || session.user.tenantId !== (await requestTenantId())) return null;
  return { id: session.user.id, email: session.user.email, role: session.user.role };
}

// returnTo: the page to come back to after signing in (its language is the sign-in page's too).
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(`/${localeOfPath(returnTo)}/signin?next=${encodeURIComponent(returnTo)}`);
  return user;
}

// Staff pages answer 404 to everyone else: their existence is not advertised. They are the
// operator's: a reseller's staff have no console yet, so they get 404 too.
export async function requireStaff(): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user || user.role !== "staff" || (await requestTenantId()) !== OPERATOR) notFound();
  return user;
}
