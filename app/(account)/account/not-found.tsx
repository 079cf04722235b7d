import { ProblemPage } from "@/components/ui/problem-page";

// An eSIM, order or plan that is not in this customer's account (or does not exist at all).
export default function AccountNotFound() {
  return (
    <ProblemPage
      title="Not in your account"
      text="We could not find this eSIM, order or plan in your account. If you bought it with another email address, sign in with that one."
      links={[
        { href: "/account", label: "My eSIMs" },
        { href: "/account/orders", label: "My orders" },
      ]}
    />
  );
}
