// Any address outside the shop's languages that the store does not have, and every staff page for
// anyone who is not staff.
import { HtmlShell } from "@/components/ui/html-shell";
import { ProblemPage } from "@/components/ui/problem-page";

export default function NotFound() {
  return (
    <HtmlShell lang="en" skipLabel="Skip to content">
      <main id="main" className="flex-1">
        <ProblemPage
          title="Page not found"
          text="This page does not exist or the link is incomplete. Your orders and eSIMs are safe."
          links={[{ href: "/", label: "Find a destination" }]}
        />
      </main>
    </HtmlShell>
  );
}
