// A customer's referral code: made the first time they look for their link, then theirs for good.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { currentOrigin } from "@/lib/tenancy/tenants";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O or 1/I to misread
export const REFERRAL_CODE = /^[A-HJ-NP-Z2-9]{8}$/;
export const REFERRAL_COOKIE = "referral";

const newCode = () => [...randomBytes(8)].map((b) => ALPHABET[b % ALPHABET.length]).join("");

export async function referralCodeFor(userId: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { referralCode: true } });
  if (user.referralCode) return user.referralCode;
  for (;;) {
    const code = newCode();
    // Only where none is set yet, so two tabs opening the page at once end with one code.
    const { count } = await db.user
      .updateMany({ where: { id: userId, referralCode: null }, data: { referralCode: code } })
      .catch(() => ({ count: -1 }));
    if (count === -1) continue; // that code was taken by someone else: draw another
    if (count === 1) return code;
    return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { referralCode: true } })).referralCode!;
  }
}

export const referralUrl = async (code: string) => `${await currentOrigin()}/r/${code}`;
