// How long a bundle still runs, as a fact the page puts into words (Account.validity messages).
export type Validity =
  | { kind: "startsAbroad" }
  | { kind: "expired" }
  | { kind: "daysLeft"; count: number }
  | { kind: "hoursLeft"; count: number }
  | { kind: "state"; state: string };

export function validity(a: { state: string; endTime: Date | null }, now = Date.now()): Validity {
  if (a.state === "queued" || a.state === "processing") return { kind: "startsAbroad" };
  if (a.state !== "active" || !a.endTime) return { kind: "state", state: a.state };
  const ms = a.endTime.getTime() - now;
  if (ms <= 0) return { kind: "expired" };
  const days = Math.floor(ms / 86_400_000);
  return days > 0 ? { kind: "daysLeft", count: days } : { kind: "hoursLeft", count: Math.floor((ms % 86_400_000) / 3_600_000) };
}
