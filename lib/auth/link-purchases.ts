// A verified sign-in proves the email: guest orders and eSIMs bought with it become the user's,
// and the storefront's staff emails get the staff role there (the operator's: STAFF_EMAILS; a
// reseller's: stored with it), never on another storefront.
import { db } from "@/lib/db";
import { env } from "@/lib/config/env";
import { OPERATOR, requestTenantId } from "@/lib/tenancy/context";

async function staffEmails(tenantId: string): Promise<readonly string[]> {
  if (tenantId === OPERATOR) return env().staffEmails;
  return (await db.tenant.findUnique({ where: { id: tenantId }, select: { staffEmails: true } }))?.staffEmails ?? [];
}

export async function onVerifiedSignIn(user: { id: string; email: string }) {
  const email = user.email.toLowerCase();
  const staff = (await staffEmails(await requestTenantId())).includes(email);
  await db.$transaction([
    db.order.updateMany({ where: { email, userId: null }, data: { userId: user.id } }),
    db.esim.updateMany({ where: { ownerEmail: email, ownerId: null }, data: { ownerId: user.id } }),
    ...(staff ? [db.user.update({ where: { id: user.id }, data: { role: "staff" } })] : []),
  ]);
}
