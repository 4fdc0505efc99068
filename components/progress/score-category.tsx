import { useTranslations } from "next-intl";

/** An SDG 10.7.2 category (1-4) by name, in the reader's language. */
export function ScoreCategory({ category }: { category: 1 | 2 | 3 | 4 }) {
  const t = useTranslations("ScoreCategory");
  const names = [t("category1"), t("category2"), t("category3"), t("category4")];
  return <>{names[category - 1]}</>;
}
