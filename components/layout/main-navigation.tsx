import { getTranslations } from "next-intl/server";
import type { AccessContext } from "@/lib/auth/access-context";
import { navigationFor, type NavSection } from "@/lib/auth/navigation";
import { PrimaryNav } from "./primary-nav";

/** The sections the person's role opens, labelled in their language. */
export async function MainNavigation({ access }: { access: AccessContext }) {
  const t = await getTranslations("Navigation");
  const labels: Record<NavSection, string> = {
    overview: t("overview"),
    frameworks: t("frameworks"),
    cycles: t("cycles"),
    audit: t("audit"),
    people: t("people"),
    institutions: t("institutions"),
    email: t("email"),
    account: t("account"),
  };
  const items = navigationFor(access).map((item) => ({ href: item.href, label: labels[item.section] }));
  return <PrimaryNav label={t("label")} items={items} />;
}
