import type { Metadata } from "next";
import { DeviceFinder } from "@/components/store/device-finder";
import { BRANDS, DEVICES } from "@/lib/catalogue/devices";
import { Card } from "@/components/ui/card";
import { GuideLinks } from "@/components/store/guide-links";

export const metadata: Metadata = {
  title: "Does my phone support eSIM?",
  description:
    "Search the list of eSIM-capable phones, tablets and watches, and learn how to check that your phone is unlocked before you travel.",
  alternates: { canonical: "/devices" },
};

export default function DevicesPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">Does my phone support eSIM?</h1>
      <p className="mt-2 text-slate-600">
        Your device needs eSIM support and must be carrier-unlocked. Models sold in mainland China, Hong Kong and Macao often have no eSIM.
      </p>
      <Card as="section" padding="lg" className="mt-6 text-sm leading-relaxed" aria-labelledby="check">
        <h2 id="check" className="text-base font-semibold">
          Check it on the phone itself
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>
            Dial <strong>*#06#</strong>: if you see an <strong>EID</strong> number, your phone supports eSIM.
          </li>
          <li>
            iPhone: Settings → General → About. An “Available SIM” or “Digital SIM” entry means eSIM. Under “Carrier Lock”, “No SIM
            restrictions” means unlocked.
          </li>
          <li>
            Android: Settings → Network &amp; internet → SIMs: an option to “Download a SIM” or “Add eSIM” means eSIM support. If another
            carrier’s SIM works in your phone, it is unlocked.
          </li>
        </ul>
        <p className="mt-3">
          Ready? Read <GuideLinks />.
        </p>
      </Card>
      <div className="mt-8">
        <DeviceFinder devices={DEVICES} brands={BRANDS} />
      </div>
    </div>
  );
}
