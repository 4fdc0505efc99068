import { useTranslations } from "next-intl";
import { SEARCH_RESULT_LIMIT } from "@/lib/pages/parse-area-view-query";

/** What a search of the indicators found, announced to screen readers: none, all, or the first few. */
export function SearchStatus({ search, found }: { search: string | null; found: number }) {
  const t = useTranslations("SearchStatus");
  if (!search) return null;
  return (
    <p role="status">
      {found === 0
        ? t("none", { search })
        : found > SEARCH_RESULT_LIMIT
          ? t("first", { limit: SEARCH_RESULT_LIMIT, found, search })
          : t("all", { found, search })}
    </p>
  );
}
