// An eSIM, order or plan that is not in this customer's account (or does not exist at all).
import { ProblemPage } from "@/components/ui/problem-page";
import { PROBLEMS } from "@/components/ui/problems";

export default function AccountNotFound() {
  return <ProblemPage {...PROBLEMS.accountNotFound} />;
}
