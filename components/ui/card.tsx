// The store's panel: white, rounded, hairline border. `as` picks the element (section, article,
// li…); padding is one of a few steps so panels line up across pages.
import type { ComponentPropsWithoutRef, ElementType } from "react";

const PADDING = { none: "", sm: "p-3", md: "p-4", lg: "p-5", xl: "p-6" } as const;

type CardProps<T extends ElementType> = { as?: T; padding?: keyof typeof PADDING; className?: string } & Omit<
  ComponentPropsWithoutRef<T>,
  "as" | "className"
>;

export function Card<T extends ElementType = "div">({ as, padding = "md", className = "", ...rest }: CardProps<T>) {
  const Tag: ElementType = as ?? "div";
  return <Tag className={`rounded-2xl border border-slate-200 bg-white ${PADDING[padding]} ${className}`.trim()} {...rest} />;
}
