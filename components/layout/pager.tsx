import { getTranslations } from "next-intl/server";

/** Previous and next links of a paginated list; plain links, so it stays a server component. */
export async function Pager({
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
  if (pageCount <= 1) return null;
  const t = await getTranslations("Pager");
  return (
    <nav aria-label={label} className="pager no-print">
      {page > 1 ? <a href={hrefOf(page - 1)}>{t("previous")}</a> : null}
      <span>{t("position", { page, pageCount })}</span>
      {page < pageCount ? <a href={hrefOf(page + 1)}>{t("next")}</a> : null}
    </nav>
  );
}
