"use client";

import { useLocale } from "next-intl";
import { findBreakdownMismatches } from "@/lib/indicators/breakdown-sums";
import { parseTypedNumber } from "@/lib/i18n/parse-typed-number";
import { toLocale } from "@/lib/i18n/locales";
import type { EntryIndicator } from "@/lib/monitoring/get-entry-form";
import { BreakdownSumNote } from "./breakdown-sum-note";

/**
 * The entry form's breakdown check (trap 6), on what is typed, read as the person writes
 * numbers: the warning appears as soon as the last row of a dimension is filled in, before
 * anything is saved. Rows that are not (yet) numbers are left to the value's own checks.
 */
export function EntryBreakdownCheck({
  indicator,
  typed,
}: {
  indicator: EntryIndicator;
  typed: { key: string; label: string; value: string }[];
}) {
  const locale = toLocale(useLocale());
  if (indicator.rows.length < 2) return null;
  const rows = typed.map((row) => {
    const parsed = row.value.trim() === "" ? null : parseTypedNumber(row.value, locale);
    return { key: row.key, number: parsed?.ok ? parsed.value : null };
  });
  const labelOf = new Map(typed.map((row) => [row.key, row.label]));
  const mismatches = findBreakdownMismatches(indicator, rows).map((mismatch) => ({
    parts: mismatch.partKeys.map((key) => labelOf.get(key) ?? key),
    sum: mismatch.sum,
    total: mismatch.total,
  }));
  return <BreakdownSumNote mismatches={mismatches} decimals={indicator.decimals} mustSum={indicator.breakdownsMustSum} />;
}
