import { getTranslations } from "next-intl/server";
import type { YearCoverage } from "@/lib/progress/year-coverage";

/** The years still being reported, each with its coverage: said once above the figures (issue 14, trap 1). */
export async function ProvisionalYearsNotice({ coverage, years }: { coverage: readonly YearCoverage[]; years?: readonly number[] }) {
  const t = await getTranslations("Progress");
  const open = coverage.filter((entry) => entry.isProvisional && (!years || years.includes(entry.year)));
  if (open.length === 0) return null;
  return (
    <div className="notice notice--warning provisional-years" role="note">
      {open.map((entry) => (
        <p key={entry.year}>
          <strong>{t("provisionalTitle", { year: String(entry.year) })}</strong>{" "}
          {t("provisionalCoverage", { reported: entry.reported, indicators: entry.indicators })}
        </p>
      ))}
    </div>
  );
}

/** A year's column heading, marked when the year is provisional. */
export async function yearHeadingLabeller(coverage: readonly YearCoverage[]): Promise<(year: number) => string> {
  const t = await getTranslations("Progress");
  return (year) =>
    coverage.some((entry) => entry.year === year && entry.isProvisional) ? t("provisionalYear", { year: String(year) }) : String(year);
}
