"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";

// Re-renders the server page every few seconds while something is still happening. The next
// refresh is scheduled only once the previous one has landed (the counter commits with it): on a
// slow connection a fixed interval would start a new refresh before the last one arrived, and the
// page would never update.
export function AutoRefresh({ everyMs }: { everyMs: number }) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const [refreshes, setRefreshes] = useState(0);
  useEffect(() => {
    if (refreshing) return;
    const timer = setTimeout(() => {
      startTransition(() => {
        router.refresh();
        setRefreshes((n) => n + 1);
      });
    }, everyMs);
    return () => clearTimeout(timer);
  }, [refreshing, refreshes, router, everyMs]);
  return null;
}
