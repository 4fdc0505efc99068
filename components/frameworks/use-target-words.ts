import { useTranslations } from "next-intl";

/** "320 associations by 2025" in the reader's language, from describeTarget's parts. */
export function useTargetWords(): (target: { display: string; year: number }) => string {
  const t = useTranslations("MatrixValues");
  return (target) => t("targetBy", { target: target.display, year: target.year });
}
