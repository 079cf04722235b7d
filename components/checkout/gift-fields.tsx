"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

const input = "mt-1 w-full rounded-xl border border-slate-300 bg-white px-4 text-base";

// "Send it as a gift": the recipient's email, name and a short message. The eSIM and its install
// email go to them; the buyer keeps the order and the receipt.
export function GiftFields({ values }: { values?: Record<string, string> }) {
  const t = useTranslations("Checkout");
  const [open, setOpen] = useState(values?.isGift === "on");
  return (
    <div className="rounded-xl border border-slate-200 p-3">
      <label className="flex items-center gap-3 text-sm font-medium text-slate-800">
        <input
          type="checkbox"
          name="isGift"
          checked={open}
          onChange={(e) => setOpen(e.target.checked)}
          className="h-5 w-5 accent-brand-600"
        />
        {t("giftToggle")}
      </label>
      {open && (
        <div className="mt-3 space-y-3">
          <p className="text-sm text-slate-600">{t("giftHint")}</p>
          <div>
            <label htmlFor="giftName" className="block text-sm font-medium text-slate-800">
              {t("giftName")}
            </label>
            <input id="giftName" name="giftName" required maxLength={80} defaultValue={values?.giftName} className={`${input} h-12`} />
          </div>
          <div>
            <label htmlFor="giftEmail" className="block text-sm font-medium text-slate-800">
              {t("giftEmail")}
            </label>
            <input
              id="giftEmail"
              name="giftEmail"
              type="email"
              required
              maxLength={254}
              defaultValue={values?.giftEmail}
              className={`${input} h-12`}
            />
          </div>
          <div>
            <label htmlFor="giftMessage" className="block text-sm font-medium text-slate-800">
              {t("giftMessage")}
            </label>
            <textarea
              id="giftMessage"
              name="giftMessage"
              rows={3}
              maxLength={300}
              defaultValue={values?.giftMessage}
              className={`${input} py-2`}
            />
          </div>
        </div>
      )}
    </div>
  );
}
