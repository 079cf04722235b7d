// A staff action on one ledger entry that needs a reason (void, reverse): the reason goes to the
// audit log and, for a reversal, to the customer's ledger line.
export function ReasonForm({
  action,
  id,
  verb,
  danger,
}: {
  action: (form: FormData) => Promise<void>;
  id: string;
  verb: string;
  danger?: boolean;
}) {
  return (
    <form action={action} className="flex gap-1">
      <input type="hidden" name="entryId" value={id} />
      <input
        name="reason"
        required
        placeholder={`Why ${verb.toLowerCase()}?`}
        aria-label={`Reason to ${verb.toLowerCase()}`}
        className="h-8 w-28 rounded border border-slate-300 px-1"
      />
      <button className={`rounded-lg border px-2 ${danger ? "border-red-300 text-red-800" : "border-slate-300"}`}>{verb}</button>
    </form>
  );
}
