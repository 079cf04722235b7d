// The document around every page: language, font, skip link, then the page's own frame.
import type { CSSProperties, ReactNode } from "react";
import { inter } from "./fonts";

const SKIP_LINK =
  "sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2";

type Props = { lang: string; skipLabel: string; style?: CSSProperties; children: ReactNode };

export function HtmlShell({ lang, skipLabel, style, children }: Props) {
  return (
    <html lang={lang} className={inter.variable} style={style}>
      <body className="flex min-h-dvh flex-col font-sans">
        <a href="#main" className={SKIP_LINK}>
          {skipLabel}
        </a>
        {children}
      </body>
    </html>
  );
}
