"use client";

import { useTranslations } from "next-intl";

/** Opens the browser's print dialog; the page's print styles leave only the report. */
export function PrintButton() {
  const t = useTranslations("ReportPage");
  return (
    <button type="button" className="button button--secondary" onClick={() => window.print()}>
      {t("print")}
    </button>
  );
}
