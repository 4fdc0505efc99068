import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { localizedText } from "@/lib/i18n/localized-name";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { describeDisaggregation, isTotalKey, parseDisaggregationKey, type Disaggregation } from "@/lib/indicators/disaggregation";
import { memberNamesOf } from "@/lib/monitoring/member-names";
import { totalBreakdownWord } from "./breakdown-words";
import { loadFrameworkData, type FrameworkData, type FrameworkDataValue, type YearRange } from "@/lib/progress/load-framework-data";

export type ExportDimension = { code: string; name: string; members: { code: string; name: string }[] };

export type ExportValue = FrameworkDataValue & {
  /** The breakdown as dimension code -> member code. */
  disaggregation: Disaggregation;
  /** "Total", or "Female, 15-24" from the members' names, in the language asked for. */
  breakdown: string;
};

/** Everything an export of a framework needs: its data for the range, with the breakdowns spelt out. */
export type FrameworkExport = Omit<FrameworkData, "values"> & {
  values: ExportValue[];
  /** The dimensions each indicator may be broken down by, by indicator id, in their order. */
  dimensionsByIndicator: Map<string, ExportDimension[]>;
};

/**
 * Reads a framework for export: its data for the range (lib/progress/load-framework-data.ts)
 * and the dimensions its indicators are broken down by, which name each value's breakdown in the
 * language asked for (members' translations, else their main names: decision 053). The
 * dimensions themselves keep their main names, for the files whose format fixes them.
 * One query more than the data itself.
 */
export async function loadFrameworkExport(
  access: AccessContext,
  frameworkCode: string,
  range: YearRange,
  locale: Locale = DEFAULT_LOCALE,
): Promise<FrameworkExport> {
  const data = await loadFrameworkData(access, frameworkCode, range);
  const indicatorIds = data.progress.framework.areas.flatMap((area) => area.indicators.map((indicator) => indicator.id));
  const links = await db.indicatorDimension.findMany({
    where: { indicatorId: { in: indicatorIds } },
    orderBy: { position: "asc" },
    select: {
      indicatorId: true,
      dimension: {
        select: {
          code: true,
          name: true,
          members: { orderBy: { position: "asc" }, select: { code: true, name: true, nameTranslations: true } },
        },
      },
    },
  });

  const dimensionsByIndicator = new Map<string, ExportDimension[]>();
  const shownByIndicator = new Map<string, ExportDimension[]>();
  for (const link of links) {
    const { members, ...dimension } = link.dimension;
    const list = dimensionsByIndicator.get(link.indicatorId) ?? [];
    list.push({ ...dimension, members: members.map(({ code, name }) => ({ code, name })) });
    dimensionsByIndicator.set(link.indicatorId, list);
    const shown = shownByIndicator.get(link.indicatorId) ?? [];
    const memberName = (member: (typeof members)[number]) => localizedText(member.name, member.nameTranslations, locale).text;
    shown.push({ ...dimension, members: members.map((member) => ({ code: member.code, name: memberName(member) })) });
    shownByIndicator.set(link.indicatorId, shown);
  }
  const memberNamesByIndicator = new Map(
    [...shownByIndicator].map(([indicatorId, dimensions]) => [indicatorId, memberNamesOf({ dimensions })] as const),
  );
  const total = totalBreakdownWord(locale);
  const values = data.values.map((value): ExportValue => ({
    ...value,
    disaggregation: parseDisaggregationKey(value.disaggregationKey),
    breakdown: isTotalKey(value.disaggregationKey)
      ? total
      : describeDisaggregation(value.disaggregationKey, memberNamesByIndicator.get(value.indicator.id)),
  }));
  return { ...data, values, dimensionsByIndicator };
}
