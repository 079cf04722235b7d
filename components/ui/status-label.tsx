// A stored status in words, coloured by what it means for the customer (lib/status-labels.ts).
import { statusLabel, statusTone, type Tone } from "@/lib/status-labels";

const TONES: Record<Tone, string> = {
  neutral: "text-slate-700",
  progress: "text-amber-800",
  good: "text-emerald-800",
  bad: "text-red-700",
};

export function StatusLabel({ status, testId }: { status: string; testId?: string }) {
  return (
    <span data-testid={testId} className={`font-medium ${TONES[statusTone(status)]}`}>
      {statusLabel(status)}
    </span>
  );
}
