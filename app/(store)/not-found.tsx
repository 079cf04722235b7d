import { ProblemPage } from "@/components/ui/problem-page";

// An unknown plan or destination, or an order link whose token does not match.
export default function StoreNotFound() {
  return (
    <ProblemPage
      title="We could not find that"
      text="This plan or destination is not in our catalogue, or the order link is incomplete. Order links are in your confirmation email; signed-in customers find every order under My eSIMs."
      links={[
        { href: "/", label: "Find a destination" },
        { href: "/account/orders", label: "My orders" },
      ]}
    />
  );
}
