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

// The one rule for who is staff: the staff role on the operator's storefront. (A reseller's staff
// have no console yet, so they are customers everywhere.) Every staff page, action and route asks
// here.
export async function currentStaff(): Promise<CurrentUser | null> {
  const user = await currentUser();
  return user?.role === "staff" && (await requestTenantId()) === OPERATOR ? user : null;
}

// Staff pages answer 404 to everyone else: their existence is not advertised.
export async function requireStaff(): Promise<CurrentUser> {
  return (await currentStaff()) ?? notFound();
}
