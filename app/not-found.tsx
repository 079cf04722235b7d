import { ProblemPage } from "@/components/ui/problem-page";

// Any address the store does not have, and every staff page for anyone who is not staff.
export default function NotFound() {
  return (
    <ProblemPage
      title="Page not found"
      text="This page does not exist or the link is incomplete. Your orders and eSIMs are safe."
      links={[
        { href: "/", label: "Find a destination" },
        { href: "/account", label: "My eSIMs" },
      ]}
    />
  );
}
