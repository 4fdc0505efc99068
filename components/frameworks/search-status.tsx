import { SEARCH_RESULT_LIMIT } from "@/lib/pages/parse-area-view-query";

/** What a search of the indicators found, announced to screen readers: none, all, or the first few. */
export function SearchStatus({ search, found }: { search: string | null; found: number }) {
  if (!search) return null;
  return (
    <p role="status">
      {found === 0
        ? `No indicator matches “${search}”.`
        : found > SEARCH_RESULT_LIMIT
          ? `The first ${SEARCH_RESULT_LIMIT} of ${found} indicators matching “${search}”; a narrower search shows fewer.`
          : `${found} ${found === 1 ? "indicator matches" : "indicators match"} “${search}”.`}
    </p>
  );
}
