// "the iPhone or Android install guide", each platform a link to its guide.
import Link from "next/link";

const linkClass = "font-medium text-brand-700 underline";

export function GuideLinks() {
  return (
    <>
      the{" "}
      <Link href="/guides/ios" className={linkClass}>
        iPhone
      </Link>{" "}
      or{" "}
      <Link href="/guides/android" className={linkClass}>
        Android
      </Link>{" "}
      install guide
    </>
  );
}
