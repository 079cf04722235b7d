import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";

const GUIDES = {
  ios: {
    name: "iPhone",
    steps: [
      "Connect to Wi-Fi and make sure you are on iOS 17.4 or later for one-tap install (any iOS with eSIM works with the QR code).",
      "On the order page or in the email, tap “Install on iPhone”. Or open Settings → Mobile " +
        "Service (Cellular) → Add eSIM → Use QR Code and scan the code from another screen.",
      "If you cannot scan, choose “Enter details manually” and type the SM-DP+ address and activation code.",
      "Label the new line “Travel”. Keep your home line for calls and texts if you like.",
      "When you land: Settings → Mobile Service → Mobile Data → choose Travel, then open the Travel line and turn on Data Roaming.",
    ],
  },
  android: {
    name: "Android",
    steps: [
      "Connect to Wi-Fi.",
      "On the order page or in the email, tap “Install on Android”. Or open Settings → Network & internet " +
        "→ SIMs → Add eSIM (Samsung: Settings → Connections → SIM manager → Add eSIM) and scan the QR code.",
      "If you cannot scan, choose to enter the code manually and type the activation code.",
      "Give the eSIM a name such as “Travel”.",
      "When you land: set the travel eSIM as your mobile data SIM and turn on Roaming for it.",
    ],
  },
} as const;

type Props = { params: Promise<{ platform: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = GUIDES[(await params).platform as keyof typeof GUIDES];
  return guide
    ? {
        title: `How to install an eSIM on ${guide.name}`,
        description: `Step-by-step: install your travel eSIM on ${guide.name} before you fly and switch it on when you land.`,
        alternates: { canonical: `/guides/${(await params).platform}` },
      }
    : {};
}

export default async function GuidePage({ params }: Props) {
  const guide = GUIDES[(await params).platform as keyof typeof GUIDES];
  if (!guide) notFound();
  return (
    <div className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">Install your eSIM on {guide.name}</h1>
      <p className="mt-2 text-slate-600">Do this at home before you travel: installing needs an internet connection.</p>
      <ol className="mt-6 space-y-4">
        {guide.steps.map((step, i) => (
          <Card as="li" padding="md" className="flex gap-4" key={i}>
            <span aria-hidden className="grid h-8 w-8 shrink-0 place-items-center rounded-full bg-brand-600 font-semibold text-white">
              {i + 1}
            </span>
            <span className="leading-relaxed">{step}</span>
          </Card>
        ))}
      </ol>
      <p className="mt-6 text-sm text-slate-600">
        Not sure your phone supports eSIM?{" "}
        <Link href="/devices" className="font-medium text-brand-700 underline">
          Check the device list
        </Link>
        .
      </p>
    </div>
  );
}
