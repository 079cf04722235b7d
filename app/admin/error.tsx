"use client";
// Staff see what broke: the message (in development) and the digest that finds it in the logs.
import { RetryProblemPage } from "@/components/ui/retry-problem-page";

export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const text = `${error.message || "Server error"}${error.digest ? ` · look for digest ${error.digest} in the web logs` : ""}`;
  return (
    <RetryProblemPage problem={{ title: "This staff page failed", text, links: [{ href: "/admin", label: "Dashboard" }] }} reset={reset} />
  );
}
