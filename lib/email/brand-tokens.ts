// The brand as emails can carry it: inline styles only (mail clients drop stylesheets). Colours
// match the storefront's (app/globals.css).
export const TOKENS = {
  font: "system-ui,-apple-system,'Segoe UI',sans-serif",
  ink: "#0f172a",
  muted: "#475569",
  faint: "#64748b",
  line: "#e2e8f0",
  brand: "#1d63de",
  dark: "#0f172a",
} as const;
