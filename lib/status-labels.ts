// What each stored status is called on screen and in messages, and how it should look. Data, not
// code: a new status is a new row.
export type Tone = "neutral" | "progress" | "good" | "bad";

const LABELS: Record<string, { label: string; tone: Tone }> = {
  pending_payment: { label: "pending payment", tone: "neutral" },
  paid: { label: "paid", tone: "progress" },
  provisioning: { label: "provisioning", tone: "progress" },
  esim_pending: { label: "eSIM pending", tone: "progress" },
  fulfilled: { label: "fulfilled", tone: "good" },
  esim_failed: { label: "eSIM failed", tone: "bad" },
  payment_failed: { label: "payment failed", tone: "bad" },
  expired: { label: "expired", tone: "neutral" },
  cancelled: { label: "cancelled", tone: "neutral" },
  refunded: { label: "refunded", tone: "neutral" },
  failed_lines: { label: "failed lines", tone: "bad" },
  bundle_removal: { label: "bundle removal", tone: "neutral" },
  pending: { label: "pending", tone: "progress" },
  confirmed: { label: "confirmed", tone: "good" },
  voided: { label: "voided", tone: "neutral" },
  succeeded: { label: "succeeded", tone: "good" },
  failed: { label: "failed", tone: "bad" },
};

export const statusLabel = (status: string): string => LABELS[status]?.label ?? status.replaceAll("_", " ");
export const statusTone = (status: string): Tone => LABELS[status]?.tone ?? "neutral";
