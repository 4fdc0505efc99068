import { useTranslations } from "next-intl";
import { LocalizedText } from "@/components/matrix/localized-text";

/**
 * Navigation of a page that shows a framework one area at a time: a search over every area
 * (a GET form, so results have their own URL) and a link per area with its number of rows.
 * Plain links and a plain form: it is static, so it stays a server component.
 */
export function AreaPicker({
  basePath,
  areas,
  currentCode,
  search,
  keep = {},
  label,
  param = "area",
}: {
  basePath: string;
  areas: { code: string; name: string; nameTranslations?: unknown; count: number }[];
  currentCode: string | null;
  /** The current search; undefined: the page offers none. */
  search?: string | null;
  /** Other search parameters the links and the search keep (e.g. provisional=1). */
  keep?: Record<string, string>;
  label: string;
  /** The search parameter that names the area shown. */
  param?: string;
}) {
  const t = useTranslations("AreaPicker");
  const href = (params: Record<string, string>) => `${basePath}?${new URLSearchParams({ ...keep, ...params }).toString()}`;
  return (
    <nav aria-label={label} className="card no-print area-picker">
      {search === undefined ? null : (
        <form method="get" action={basePath} role="search" className="area-search">
          {Object.entries(keep).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <label htmlFor="area-search">{t("searchLabel")}</label>
          <input id="area-search" type="search" name="q" defaultValue={search ?? ""} className="input" />
          <button type="submit" className="button button--secondary">
            {t("search")}
          </button>
          {search ? <a href={href({})}>{t("clear")}</a> : null}
        </form>
      )}
      <ol className="area-toc">
        {areas.map((area) => (
          <li key={area.code}>
            <a href={href({ [param]: area.code })} aria-current={area.code === currentCode ? "page" : undefined}>
              {/* Institutions (the review's picker) have no translations: their names are shown as they are. */}
              {area.code} {area.nameTranslations === undefined ? area.name : <LocalizedText entity={area} />}
            </a>{" "}
            <span className="muted">({area.count})</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
