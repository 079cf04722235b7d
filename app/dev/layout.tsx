import { HtmlShell } from "@/components/ui/html-shell";

// The local mailbox (embedded mode only), in English like the staff console.
export default function DevLayout({ children }: { children: React.ReactNode }) {
  return (
    <HtmlShell lang="en" skipLabel="Skip to content">
      <main id="main" className="flex-1">
        {children}
      </main>
    </HtmlShell>
  );
}
