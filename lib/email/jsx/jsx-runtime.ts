// The emails' own JSX: an element becomes an HTML string, every text and attribute value is
// escaped unless it is already HTML, styles may be objects. Next.js cannot use react-dom/server
// in server code, and an email needs nothing React adds (no state, no hydration). Templates opt
// in with `/** @jsxImportSource @/lib/email/jsx */`.
export type Html = { readonly __html: string };
export type Child = Html | string | number | boolean | null | undefined | Child[];
type Props = { children?: Child; [attribute: string]: unknown };
type Component = (props: never) => Html;

const VOID = new Set(["area", "br", "hr", "img", "input", "link", "meta"]);

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
export const html = (raw: string): Html => ({ __html: raw });

export function render(child: Child): string {
  if (child === null || child === undefined || typeof child === "boolean") return "";
  if (Array.isArray(child)) return child.map(render).join("");
  if (typeof child === "object") return child.__html;
  return escapeHtml(String(child));
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const styleText = (style: Record<string, string | number>) =>
  Object.entries(style)
    .map(([k, v]) => `${kebab(k)}:${v}`)
    .join(";");

function attributes(props: Omit<Props, "children">): string {
  return Object.entries(props)
    .filter(([name, value]) => name !== "key" && value !== false && value !== null && value !== undefined)
    .map(([name, value]) => {
      const attr = name === "className" ? "class" : name;
      if (value === true) return ` ${attr}`;
      const text = name === "style" && typeof value === "object" ? styleText(value as Record<string, string | number>) : String(value);
      return ` ${attr}="${escapeHtml(text)}"`;
    })
    .join("");
}

export function jsx(type: string | Component, props: Props): Html {
  if (typeof type === "function") return (type as (p: Props) => Html)(props);
  const { children, ...rest } = props;
  if (VOID.has(type)) return html(`<${type}${attributes(rest)}>`);
  return html(`<${type}${attributes(rest)}>${render(children)}</${type}>`);
}

export const jsxs = jsx;
export const jsxDEV = jsx;
export const Fragment = ({ children }: { children?: Child }): Html => html(render(children));

export namespace JSX {
  export type Element = Html;
  export interface IntrinsicElements {
    [tag: string]: Record<string, unknown> & { children?: Child };
  }
  export interface ElementChildrenAttribute {
    children: object;
  }
  export interface IntrinsicAttributes {
    key?: string | number;
  }
}
