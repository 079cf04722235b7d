/** @jsxImportSource @/lib/email/jsx */
// The frame every email shares: the brand, a headline, the message, and a quiet footer, in the
// reader's language.
import { BRAND } from "@/lib/config/brand";
import { TOKENS } from "./brand-tokens";
import { html, render, type Child, type Html } from "./jsx/jsx-runtime";

type LayoutProps = { title: string; lang: string; tagline: string; width?: number; children?: Child };

export function Layout({ title, lang, tagline, width = 560, children }: LayoutProps): Html {
  const page = (
    <html lang={lang}>
      <body style={{ fontFamily: TOKENS.font, color: TOKENS.ink, maxWidth: `${width}px`, margin: "0 auto", padding: "16px" }}>
        <p style={{ fontWeight: 700, color: TOKENS.brand, margin: "0 0 12px" }}>{BRAND.name}</p>
        <h1 style={{ fontSize: "22px", margin: "0 0 12px" }}>{title}</h1>
        {children}
        <p style={{ color: TOKENS.faint, fontSize: "12px", marginTop: "24px" }}>
          {BRAND.name} · {tagline}
        </p>
      </body>
    </html>
  );
  return html(`<!doctype html>${render(page)}`);
}

export function Button({ href, dark = false, children }: { href: string; dark?: boolean; children?: Child }): Html {
  const style = {
    display: "inline-block",
    background: dark ? TOKENS.dark : TOKENS.brand,
    color: "#fff",
    padding: "12px 18px",
    borderRadius: "8px",
    textDecoration: "none",
    margin: "0 8px 8px 0",
  };
  return (
    <a href={href} style={style}>
      {children}
    </a>
  );
}

export function Small({ children }: { children?: Child }): Html {
  return <p style={{ color: TOKENS.faint, fontSize: "12px" }}>{children}</p>;
}
