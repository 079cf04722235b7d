// Moments as staff and receipts show them: UTC, to the day, minute or second, in a <time>.
type Precision = "date" | "minute" | "second";

export function utcText(value: Date, precision: Precision = "minute"): string {
  const iso = value.toISOString();
  return precision === "date" ? iso.slice(0, 10) : iso.slice(0, precision === "minute" ? 16 : 19).replace("T", " ");
}

export function Time({ value, precision = "minute" }: { value: Date | null | undefined; precision?: Precision }) {
  if (!value) return <>–</>;
  return (
    <time dateTime={value.toISOString()} title="UTC">
      {utcText(value, precision)}
    </time>
  );
}
