"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

// Re-renders the server page every few seconds while something is still happening.
export function AutoRefresh({ everyMs }: { everyMs: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs]);
  return null;
}
