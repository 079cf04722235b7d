// The customer-facing pages (app/[site]/[locale]), the staff console (app/admin) and the local mailbox
// (app/dev) each have their own <html>: this root only passes them through, so that a page in
// one language is a static page of its own.
import "./globals.css";

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
