// An unknown plan or destination, or an order link whose token does not match.
import { ProblemPage } from "@/components/ui/problem-page";
import { PROBLEMS } from "@/components/ui/problems";

export default function StoreNotFound() {
  return <ProblemPage {...PROBLEMS.storeNotFound} />;
}
