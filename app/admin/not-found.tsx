// A record a staff member asked for does not exist (only reached past the staff check).
import { ProblemPage } from "@/components/ui/problem-page";

export default function AdminNotFound() {
  return (
    <ProblemPage
      title="No such record"
      text="This order, eSIM or entry does not exist. It may have been typed wrong or removed."
      links={[
        { href: "/admin/orders", label: "Orders" },
        { href: "/admin/customers", label: "Customers & eSIMs" },
      ]}
    />
  );
}
