// A storefront's colour as the stylesheet's brand scale (app/globals.css's --color-brand-*): one
// stored colour, lighter and darker steps mixed from it, set on <html> so every brand utility
// (bg-brand-600, text-brand-900, …) follows it.
import type { CSSProperties } from "react";

const STEPS: Record<string, string> = {
  "50": "white 92%",
  "100": "white 84%",
  "500": "white 15%",
  "700": "black 20%",
  "900": "black 55%",
};

export function brandPalette(color: string | null): CSSProperties | undefined {
  if (!color) return undefined;
  const scale: Record<string, string> = { "--color-brand-600": color };
  for (const [step, mix] of Object.entries(STEPS)) scale[`--color-brand-${step}`] = `color-mix(in oklab, ${color}, ${mix})`;
  return scale as CSSProperties;
}
