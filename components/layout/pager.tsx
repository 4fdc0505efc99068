import { useTranslations } from "next-intl";

/** Previous and next links of a paginated list; plain links, so it stays a server component. */
export function Pager({
  page,
  pageCount,
  hrefOf,
  label,
}: {
  page: number;
  pageCount: number;
  hrefOf: (page: number) => string;
  label: string;
}) {
  const t = useTranslations("Pager");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="pager no-print">
      {page > 1 ? <a href={hrefOf(page - 1)}>{t("previous")}</a> : null}
      <span>{t("position", { page, pageCount })}</span>
      {page < pageCount ? <a href={hrefOf(page + 1)}>{t("next")}</a> : null}
    </nav>
  );
}
