"use server";
// The staff credit ledger: record (pending), confirm (by another staff member), void, reverse.
// Staff only, through the action chain; each step is audited.
import { z } from "zod";
import { staffAction, type ActionResult } from "@/lib/actions/chain";
import { currency, reason, recordId } from "@/lib/actions/fields";
import { confirmCredit, recordCredit, recordCreditSchema, reverseCredit, voidCredit, type CreditOutcome } from "@/lib/money/staff-credits";
import { env } from "@/lib/config/env";

const result = (o: CreditOutcome): ActionResult => (o.ok ? { ok: true, message: o.message } : o);
const ledger = staffAction.flash("/admin/credits");
const onEntry = ledger.ids(z.object({ entryId: recordId }));

export const recordCreditAction = staffAction
  .flash((_ctx, values) => (values.email ? `/admin/credits?email=${encodeURIComponent(values.email)}` : "/admin/credits"))
  .input(recordCreditSchema.extend({ currency: currency.catch(env().STORE_CURRENCY as never) }))
  .run(async ({ user, input: { currency: held, ...input } }) => result(await recordCredit(user.id, input, held)));

export const confirmCreditAction = onEntry.run(async ({ user, ids }) => result(await confirmCredit(user.id, ids.entryId)));

export const voidCreditAction = onEntry
  .input(z.object({ reason }))
  .run(async ({ user, ids, input }) => result(await voidCredit(user.id, ids.entryId, input.reason)));

export const reverseCreditAction = onEntry
  .input(z.object({ reason }))
  .run(async ({ user, ids, input }) => result(await reverseCredit(user.id, ids.entryId, input.reason)));

// The same reversal from the referrals page, which it returns to.
export const reverseReferralCreditAction = staffAction
  .flash("/admin/referrals")
  .ids(z.object({ entryId: recordId }))
  .input(z.object({ reason }))
  .run(async ({ user, ids, input }) => result(await reverseCredit(user.id, ids.entryId, input.reason)));
