import { useTranslations } from "next-intl";
import type { Problem } from "@/lib/problems/problem";

type Props = {
  problems: readonly Problem[];
  /** Names what the list is, for screen readers ("Problems in the file"). */
  label?: string;
  /** Names a problem's place for people; by default "Row 7, column value" for problems at rows. */
  placeOf?: (problem: Problem) => string | undefined;
  /** The field a problem links to, when the page shows its input. */
  hrefOf?: (problem: Problem) => string | undefined;
  /** The most problems shown; the caller says how many more there are. */
  max?: number;
};

/**
 * Every field or row problem of the application is shown here, whatever its source (a form,
 * an upload, an import, an API answer). Problems of one input are a list, each saying where
 * it is, with a link to the field when there is one (the GOV.UK error summary); problems
 * across the files or sheets of a data set are a table, by file, line and column.
 */
export function ProblemList({ problems, label, placeOf, hrefOf, max = problems.length }: Props) {
  const t = useTranslations("ProblemList");
  if (problems.length === 0) return null;
  const shown = problems.slice(0, max);
  if (problems.some((problem) => problem.file !== undefined || problem.sheet !== undefined))
    return <ProblemTable problems={shown} label={label} />;
  return (
    <ul className="problem-list" aria-label={label}>
      {shown.map((problem, index) => {
        const place = placeOf ? placeOf(problem) : describePlace(problem, t);
        const text = place ? `${place}: ${problem.message}` : problem.message;
        const href = hrefOf?.(problem);
        return <li key={index}>{href ? <a href={href}>{text}</a> : text}</li>;
      })}
    </ul>
  );
}

/** "Row 7, column value" for a problem at a row; a form names its fields by their labels instead. */
function describePlace(problem: Problem, t: ReturnType<typeof useTranslations<"ProblemList">>): string | undefined {
  if (problem.row === undefined) return undefined;
  return problem.field ? t("rowAndColumn", { row: problem.row, field: problem.field }) : t("rowOnly", { row: problem.row });
}

function ProblemTable({ problems, label }: { problems: readonly Problem[]; label: string | undefined }) {
  const t = useTranslations("ProblemList");
  const hasFile = problems.some((problem) => problem.file !== undefined);
  const hasSheet = problems.some((problem) => problem.sheet !== undefined);
  return (
    <div className="table-wrapper" tabIndex={0} role="region" aria-label={label}>
      <table className="data-table">
        <thead>
          <tr>
            {hasFile ? <th scope="col">{t("file")}</th> : null}
            {hasSheet ? <th scope="col">{t("sheet")}</th> : null}
            <th scope="col" className="numeric">
              {hasSheet ? t("row") : t("line")}
            </th>
            <th scope="col">{t("column")}</th>
            <th scope="col">{t("problem")}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={index}>
              {hasFile ? <td className="code-cell">{problem.file ?? "—"}</td> : null}
              {hasSheet ? <td>{problem.sheet ?? "—"}</td> : null}
              <td className="numeric">{problem.row ?? "—"}</td>
              <td>{problem.field ?? "—"}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
