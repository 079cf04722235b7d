// Any address the store does not have, and every staff page for anyone who is not staff.
import { ProblemPage } from "@/components/ui/problem-page";
import { PROBLEMS } from "@/components/ui/problems";

export default function NotFound() {
  return <ProblemPage {...PROBLEMS.pageNotFound} />;
}
