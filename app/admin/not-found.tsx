// A record a staff member asked for does not exist (only reached past the staff check).
import { ProblemPage } from "@/components/ui/problem-page";
import { PROBLEMS } from "@/components/ui/problems";

export default function AdminNotFound() {
  return <ProblemPage {...PROBLEMS.adminNotFound} />;
}
