// An eSIM, order or plan that is not in this customer's account (or does not exist at all).
import { getLocale, getTranslations } from "next-intl/server";
import { ProblemPage } from "@/components/ui/problem-page";
import { problem } from "@/components/ui/problems";

export default async function AccountNotFound() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Problems")]);
  return <ProblemPage {...problem("accountNotFound", locale, t)} />;
}
