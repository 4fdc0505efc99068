import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { toLocale } from "@/lib/i18n/locales";
import type { FieldChange } from "@/lib/matrix/definition-diff";
import { changeValue, fieldLabel, type DiffOf, type DiffWords } from "@/lib/matrix/diff-words";

/** Long definitions wrap inside their column instead of widening the table. */
export const FIXED_TABLE = { tableLayout: "fixed", overflowWrap: "anywhere" } as const;

/** The diff's field names and values in the page's language, worded as the report annex words them (lib/matrix/diff-words.ts). */
export function useDiffWords(): { words: DiffWords; locale: ReturnType<typeof toLocale> } {
  const t = useTranslations("MatrixDiffWords");
  return { words: (key, values) => t(key, values), locale: toLocale(useLocale()) };
}

/** One side of a change, in words; "not set" when empty. */
export function Shown({ of, change, side }: { of: DiffOf; change: FieldChange; side: "before" | "after" }) {
  const t = useTranslations("VersionDiff");
  const { words, locale } = useDiffWords();
  const value = changeValue(of, change, side, words, locale);
  return value === null ? <span className="muted">{t("notSet")}</span> : <>{value}</>;
}

/** A field | before | after table of one framework, area or indicator. */
export function ChangeTable({ of, caption, changes }: { of: DiffOf; caption: ReactNode; changes: readonly FieldChange[] }) {
  const t = useTranslations("VersionDiff");
  const { words } = useDiffWords();
  return (
    <div className="table-wrapper">
      <table className="data-table" style={FIXED_TABLE}>
        {/* One size below the area's heading: these tables sit inside an area. */}
        <caption style={{ fontSize: "1rem" }}>{caption}</caption>
        <colgroup>
          <col style={{ width: "13rem" }} />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t("field")}</th>
            <th scope="col">{t("before")}</th>
            <th scope="col">{t("after")}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{fieldLabel(of, change, words)}</th>
              <td>
                <Shown of={of} change={change} side="before" />
              </td>
              <td>
                <Shown of={of} change={change} side="after" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
