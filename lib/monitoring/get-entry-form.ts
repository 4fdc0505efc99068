import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { createRememberedReads } from "@/lib/database/remember-until-database-changes";
import { AppError } from "@/lib/errors";
import type { CycleStatus, ValueStatus, ValueType } from "@/lib/generated/prisma/enums";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { expectedRows } from "./expected-rows";
import { areaRootsOf } from "./load-area-roots";
import { missingRowsOf, toEntryIndicator, type EntryRowsContext } from "./entry-rows";
import { listEntryValues } from "./list-entry-values";
import { getCycleStructure } from "./get-cycle-structure";
import { isAssignedTo, type CycleIndicator } from "./load-cycle-indicators";
import { checkValueWritable } from "./value-workflow";
import { libText } from "@/lib/i18n/lib-text";
import { chooseArea } from "@/lib/pages/choose-area";
import type { MissingValue } from "./submit-cycle-values";

export type EntryRow = {
  /** Canonical disaggregation key; "" is the total. */
  key: string;
  label: string;
  current: {
    id: string;
    /** The stored value as an input holds it: "1250", "12,5" in Romanian, "partial", or the text. */
    input: string;
    display: string;
    status: ValueStatus;
    version: number;
    comment: string | null;
    source: string | null;
    evidenceUrl: string | null;
    returnReason: string | null;
  } | null;
  lastYear: { display: string; status: ValueStatus } | null;
};

export type EntryIndicator = {
  code: string;
  name: string;
  /** By language (decision 041). */
  nameTranslations?: unknown;
  valueType: ValueType;
  unit: string | null;
  decimals: number | null;
  /** The matrix refuses submission while breakdown rows and the total disagree (trap 6). */
  breakdownsMustSum: boolean;
  lowerLimit: number | null;
  upperLimit: number | null;
  levels: { code: string; label: string }[];
  leadInstitution: string | null;
  isLead: boolean;
  /** "320 associations" and 2025 - this year's milestone, else the final target. */
  target: { display: string; year: number } | null;
  dataSource: string | null;
  rows: EntryRow[];
};

/** Up to this many indicators, the institution's form shows every area at once, as it always did. */
export const WHOLE_FORM_INDICATORS = 40;

export type EntryArea = { code: string; name: string; nameTranslations?: unknown; indicators: EntryIndicator[] };

/**
 * A large form shown one area at a time (decision 060): every area with its number of
 * indicators for the picker, the one shown, and the rows still empty in the others.
 */
export type EntryAreaView = {
  areas: { code: string; name: string; nameTranslations?: unknown; count: number }[];
  current: string;
  missingElsewhere: MissingValue[];
};

export type EntryForm = {
  cycle: { frameworkCode: string; frameworkName: string; year: number; status: CycleStatus; submissionDeadline: Date };
  institution: { code: string; name: string };
  /** The areas shown with their rows in full: every one, or under an area view the shown one only. */
  areas: EntryArea[];
  /** Of the whole form, every area included. */
  counts: { rows: number; filled: number; editable: number };
  /** Null when the whole form is shown: without a view, or for a form of a few indicators. */
  areaView: EntryAreaView | null;
};

/**
 * Everything a focal point's entry page needs for one cycle: the institution's indicators by
 * thematic area, each with its rows (total and breakdowns), the current values with their
 * versions, last year's values and the target. A fixed number of queries.
 *
 * With a `view` (the page's `?area=`) over more than WHOLE_FORM_INDICATORS indicators, only the
 * shown area is read and formatted in full; the others are counted and their empty rows listed
 * from this year's values alone (decision 060). Without one (tests, the spreadsheet template),
 * the whole form.
 */
export async function getEntryForm(
  access: AccessContext,
  target: { frameworkCode: string; year: number },
  /** The reader's language: values are shown, and numbers put in the inputs, as it writes them. */
  locale: Locale = DEFAULT_LOCALE,
  view?: { area: string | null },
): Promise<EntryForm> {
  requirePermission(access, "values.enter");
  const institution = access.membership.institution;
  if (!institution) throw new AppError("FORBIDDEN", libText("errors.noInstitutionToEnter"));
  // The form is the institution's, whoever of it asks: checked above for each request, then
  // remembered on SQLite until the database changes (decision 062). Saving a value is a write,
  // so the next view reads its new version.
  const key = [access.workspace.id, institution.id, target.frameworkCode, target.year, locale, view ? (view.area ?? "") : null];
  return rememberEntryForms(JSON.stringify(key), () => readEntryForm(access, institution, target, locale, view));
}

/** A form is a few dozen kilobytes: a set of its own, kept small, not the shared one. */
const rememberEntryForms = createRememberedReads(100);

async function readEntryForm(
  access: AccessContext,
  institution: { id: string; code: string; name: string },
  target: { frameworkCode: string; year: number },
  locale: Locale,
  view: { area: string | null } | undefined,
): Promise<EntryForm> {
  // The version's indicators from the structure cache (decision 055); the institution's are those it leads or contributes to.
  const { cycle, structure } = await getCycleStructure(access, target);
  const indicators = structure.indicators.filter((indicator) => isAssignedTo(indicator, institution.id));
  const { roots, rootOf } = areaRootsOf(structure.areas);
  const areas = roots
    .map((root) => ({ root, indicators: indicators.filter((indicator) => rootOf(indicator.area.id)?.id === root.id) }))
    .filter((area) => area.indicators.length > 0);
  const shown =
    view && indicators.length > WHOLE_FORM_INDICATORS
      ? chooseArea(
          areas.map((area) => ({ ...area, code: area.root.code })),
          view.area,
        )
      : null;
  const shownAreas = shown ? [shown] : areas;

  // Values belong to the indicator's identity, whichever version they were reported against: read
  // by identity (the unique index). Under an area view, last year's values only of the shown area:
  // one raw statement either way (decision 061).
  const codeOf = new Map(indicators.map((indicator) => [indicator.identityId, indicator.code]));
  const values = await listEntryValues(
    { workspaceId: access.workspace.id, frameworkId: cycle.framework.id, year: cycle.year },
    [...codeOf.keys()],
    shown ? shown.indicators.map((indicator) => indicator.identityId) : null,
  );
  const valueOf = new Map(values.map((value) => [`${codeOf.get(value.identityId)}|${value.year}|${value.disaggregation}`, value]));
  const currentOf = (indicator: CycleIndicator, key: string) => valueOf.get(`${indicator.code}|${cycle.year}|${key}`);

  const rowsContext: EntryRowsContext = {
    year: cycle.year,
    institutionId: institution.id,
    locale,
    currentOf,
    lastYearOf: (indicator, key) => valueOf.get(`${indicator.code}|${cycle.year - 1}|${key}`),
  };

  const counts = { rows: 0, filled: 0, editable: 0 };
  for (const indicator of indicators) {
    for (const key of expectedRows(indicator)) {
      const current = currentOf(indicator, key);
      counts.rows += 1;
      if (current) counts.filled += 1;
      if (checkValueWritable(current?.status ?? null, cycle).ok) counts.editable += 1;
    }
  }

  return {
    cycle: {
      frameworkCode: cycle.framework.code,
      frameworkName: cycle.framework.name,
      year: cycle.year,
      status: cycle.status,
      submissionDeadline: cycle.submissionDeadline,
    },
    institution: { code: institution.code, name: institution.name },
    areas: shownAreas.map(({ root, indicators: own }) => ({
      code: root.code,
      name: root.name,
      nameTranslations: root.nameTranslations,
      indicators: own.map((indicator) => toEntryIndicator(indicator, rowsContext)),
    })),
    counts,
    areaView: shown && {
      areas: areas.map(({ root, indicators: own }) => ({
        code: root.code,
        name: root.name,
        nameTranslations: root.nameTranslations,
        count: own.length,
      })),
      current: shown.root.code,
      missingElsewhere: areas
        .filter((area) => area.root.id !== shown.root.id)
        .flatMap((area) => area.indicators.flatMap((indicator) => missingRowsOf(indicator, (key) => currentOf(indicator, key), locale))),
    },
  };
}
