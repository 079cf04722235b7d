/** @jsxImportSource @/lib/email/jsx */
// The frame every email shares: the storefront's brand, a headline, the message, and a quiet
// footer (support address, legal line), in the reader's language. Staff notices are the operator's.
import { BRAND } from "@/lib/config/brand";
import type { SiteBrand } from "@/lib/tenancy/brand";
import { TOKENS } from "./brand-tokens";
import { html, render, type Child, type Html } from "./jsx/jsx-runtime";

type MailBrand = Pick<SiteBrand, "name" | "tagline" | "color" | "supportEmail" | "legalFooter">;
const OPERATOR_MAIL: MailBrand = { name: BRAND.name, tagline: null, color: null, supportEmail: null, legalFooter: null };

type LayoutProps = { title: string; lang: string; tagline: string; brand?: MailBrand; width?: number; children?: Child };

export function Layout({ title, lang, tagline, brand = OPERATOR_MAIL, width = 560, children }: LayoutProps): Html {
  const small = { color: TOKENS.faint, fontSize: "12px", margin: "4px 0 0" };
  const page = (
    <html lang={lang}>
      <body style={{ fontFamily: TOKENS.font, color: TOKENS.ink, maxWidth: `${width}px`, margin: "0 auto", padding: "16px" }}>
        <p style={{ fontWeight: 700, color: brand.color ?? TOKENS.brand, margin: "0 0 12px" }}>{brand.name}</p>
        <h1 style={{ fontSize: "22px", margin: "0 0 12px" }}>{title}</h1>
        {children}
        <p style={{ ...small, marginTop: "24px" }}>
          {brand.name} · {brand.tagline ?? tagline}
        </p>
        {brand.supportEmail && <p style={small}>{brand.supportEmail}</p>}
        {brand.legalFooter && <p style={small}>{brand.legalFooter}</p>}
      </body>
    </html>
  );
  return html(`<!doctype html>${render(page)}`);
}

type ButtonProps = { href: string; dark?: boolean; color?: string | null; children?: Child };

export function Button({ href, dark = false, color, children }: ButtonProps): Html {
  const style = {
    display: "inline-block",
    background: dark ? TOKENS.dark : (color ?? TOKENS.brand),
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
