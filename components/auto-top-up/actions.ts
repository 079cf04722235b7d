"use server";
// Automatic top-up on one of the customer's own eSIMs: turn it on (or change plan, trigger, cap or
// card) through Stripe's page for saving a card, and turn it off.
import { redirect } from "next/navigation";
import { z } from "zod";
import { customerAction } from "@/lib/actions/chain";
import { checkbox, currency, iccid, locale } from "@/lib/actions/fields";
import { autoTopUpInput, configureAutoTopUp, autoTopUpPage, turnOffAutoTopUp } from "@/lib/auto-top-up/settings";
import { getOwnedEsim } from "@/lib/esims/owned-esims";

const onOwnEsim = customerAction
  .ids(z.object({ iccid, locale, currency }))
  .use(async ({ user, ids }) => ((await getOwnedEsim(user.id, ids.iccid)) ? {} : null)); // someone else's eSIM: 404

export const saveAutoTopUpAction = onOwnEsim.input(autoTopUpInput.extend({ changeCard: checkbox })).run(async ({ user, ids, input }) => {
  const { changeCard, ...settings } = input;
  const result = await configureAutoTopUp(user, ids.iccid, settings, { currency: ids.currency, locale: ids.locale, changeCard });
  if (!result.ok) return { ok: false, error: result.error };
  redirect(result.url);
});

export const turnOffAutoTopUpAction = onOwnEsim.run(async ({ user, ids }) => {
  await turnOffAutoTopUp(user.id, ids.iccid);
  redirect(await autoTopUpPage(ids.iccid, ids.locale));
});
