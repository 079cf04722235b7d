"use client";
import "./globals.css";

// The last resort when the root layout itself fails: its own <html>, no data, one way forward.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="grid min-h-dvh place-items-center bg-slate-50 p-6 font-sans text-center">
        <div className="max-w-md">
          <h1 className="text-3xl font-bold">The store is having trouble</h1>
          <p className="mt-3 text-slate-600">Something went wrong on our side. Nothing was charged and your eSIMs keep working.</p>
          <button type="button" onClick={reset} className="mt-8 rounded-xl bg-brand-600 px-5 py-3 font-semibold text-white">
            Try again
          </button>
        </div>
      </body>
    </html>
  );
}
