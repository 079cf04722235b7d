"use client";
// An image picked from disk, sent as a data: URL in a hidden field (the storefront shows it
// inline: its pages load no images from other sites). The server checks type and size again.
import { useState } from "react";

export function ImageField({ label, name, current }: { label: string; name: string; current: string | null }) {
  const [value, setValue] = useState(current ?? "");
  const pick = (file: File | undefined) => {
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => setValue(String(reader.result));
    reader.readAsDataURL(file);
  };
  return (
    <fieldset className="text-sm">
      <legend>{label}</legend>
      <input type="hidden" name={name} value={value} />
      <div className="mt-1 flex items-center gap-3">
        {value ? (
          // eslint-disable-next-line @next/next/no-img-element
          <img src={value} alt="" className="h-10 w-auto max-w-32 rounded border border-slate-200 bg-white" />
        ) : (
          <span className="text-slate-500">None</span>
        )}
        <input
          type="file"
          accept="image/svg+xml,image/png,image/webp"
          aria-label={`Choose a ${label.toLowerCase()}`}
          onChange={(e) => pick(e.target.files?.[0])}
          className="text-xs"
        />
        {value && (
          <button type="button" onClick={() => setValue("")} className="rounded border border-slate-300 px-2 py-1 text-xs">
            Remove
          </button>
        )}
      </div>
    </fieldset>
  );
}
