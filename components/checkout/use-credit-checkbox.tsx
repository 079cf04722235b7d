// "Use my store credit" at checkout: the server decides how much applies (all of it when it
// covers the order; otherwise the card pays the rest).
export function UseCreditCheckbox({ label }: { label: string }) {
  return (
    <label className="flex items-start gap-3 rounded-xl border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
      <input type="checkbox" name="useCredit" defaultChecked className="mt-0.5 h-5 w-5 accent-emerald-700" />
      <span>
        Use my store credit <strong>({label} available)</strong>
        <span className="block text-emerald-800">It comes off the total; the card pays any rest.</span>
      </span>
    </label>
  );
}
