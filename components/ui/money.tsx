// An amount in minor units and its currency, formatted once (lib/money/minor-units.ts).
import { formatMoney } from "@/lib/money/minor-units";

export function Money({ minor, currency, negative = false }: { minor: number; currency: string; negative?: boolean }) {
  return <>{`${negative ? "−" : ""}${formatMoney(minor, currency)}`}</>;
}
