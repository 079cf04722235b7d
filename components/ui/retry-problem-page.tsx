"use client";
// A page that failed to render (an error boundary): the problem in plain words and a retry.
import { ProblemPage } from "./problem-page";
import type { Problem } from "./problems";

export function RetryProblemPage({ problem, reset, retry = "Try again" }: { problem: Problem; reset: () => void; retry?: string }) {
  return (
    <ProblemPage {...problem}>
      <button type="button" onClick={reset} className="rounded-xl bg-brand-600 px-5 py-3 font-semibold text-white hover:bg-brand-700">
        {retry}
      </button>
    </ProblemPage>
  );
}
