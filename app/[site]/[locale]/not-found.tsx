// An unknown plan or destination, or an order link whose token does not match.
import { getLocale, getTranslations } from "next-intl/server";
import { ProblemPage } from "@/components/ui/problem-page";
import { problem } from "@/components/ui/problems";

export default async function StoreNotFound() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Problems")]);
  return <ProblemPage {...problem("storeNotFound", locale, t)} />;
}
