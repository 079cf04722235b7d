// A verified sign-in proves the email: guest orders and eSIMs bought with it become the user's,
// and emails listed in STAFF_EMAILS get the staff role.
import { db } from "@/lib/db";
import { env } from "@/lib/config/env";

export async function onVerifiedSignIn(user: { id: string; email: string }) {
  const email = user.email.toLowerCase();
  await db.$transaction([
    db.order.updateMany({ where: { email, userId: null }, data: { userId: user.id } }),
    db.esim.updateMany({ where: { ownerEmail: email, ownerId: null }, data: { ownerId: user.id } }),
    ...(env().staffEmails.includes(email) ? [db.user.update({ where: { id: user.id }, data: { role: "staff" } })] : []),
  ]);
}
