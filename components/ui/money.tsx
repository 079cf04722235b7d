// An amount in minor units and its currency, written the reader's way (lib/money/minor-units.ts).
import { useLocale } from "next-intl";
import { formatMoney } from "@/lib/money/minor-units";

export function Money({ minor, currency, negative = false }: { minor: number; currency: string; negative?: boolean }) {
  const locale = useLocale();
  return <>{`${negative ? "−" : ""}${formatMoney(minor, currency, locale)}`}</>;
}
