import { getTranslations } from "next-intl/server";
import { SEARCH_RESULT_LIMIT } from "@/lib/pages/parse-area-view-query";

/** What a search of the indicators found, announced to screen readers: none, all, or the first few. */
export async function SearchStatus({ search, found }: { search: string | null; found: number }) {
  if (!search) return null;
  const t = await getTranslations("SearchStatus");
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
