// How long a bundle still runs, in words a traveller reads at a glance.
export function validityText(a: { state: string; endTime: Date | null }, now = Date.now()): string {
  if (a.state === "queued" || a.state === "processing") return "Starts when you connect abroad";
  if (a.state !== "active" || !a.endTime) return a.state;
  const ms = a.endTime.getTime() - now;
  if (ms <= 0) return "Expired";
  const days = Math.floor(ms / 86_400_000);
  const hours = Math.floor((ms % 86_400_000) / 3_600_000);
  return days > 0 ? `${days} day${days === 1 ? "" : "s"} left` : `${hours} hour${hours === 1 ? "" : "s"} left`;
}
