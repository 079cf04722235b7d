// "the iPhone or Android install guide", each platform a link to its guide.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";

const linkClass = "font-medium text-brand-700 underline";

export function GuideLinks() {
  const t = useTranslations("Guides");
  const locale = useLocale();
  return t.rich("links", {
    ios: (chunks) => (
      <Link href={`/${locale}/guides/ios`} className={linkClass}>
        {chunks}
      </Link>
    ),
    android: (chunks) => (
      <Link href={`/${locale}/guides/android`} className={linkClass}>
        {chunks}
      </Link>
    ),
  });
}
