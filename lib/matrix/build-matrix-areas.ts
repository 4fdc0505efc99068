import type { AreaDefinition } from "@/lib/frameworks/schemas";
import { MATRIX_SHEETS } from "./matrix-columns";
import type { MatrixProblem } from "./matrix-problem";
import { keyedMessage } from "@/lib/problems/problem";
import { libText, type LibText } from "@/lib/i18n/lib-text";

/** An area as read from its row, before it is placed in the tree. */
export type AreaRowRead = {
  row: number;
  code: string | undefined;
  parentCode: string | undefined;
  order: number | undefined;
  area: Omit<AreaDefinition, "areas" | "indicators">;
};

export type AreaTree = {
  roots: AreaDefinition[];
  /** Every placed area by code, to attach indicators to. */
  byCode: Map<string, AreaDefinition>;
  /** The sheet row each placed area came from, to locate the schema's problems. */
  rowOf: Map<AreaDefinition, number>;
  /** Every code with a row, placed or left out for a problem of its own. */
  rowCodes: Set<string>;
};

/**
 * Builds the tree of areas from their rows: codes must be unique, a parent must exist, and
 * no area may contain itself through its parents. Siblings keep their order column, then
 * the sheet's order. Areas with a problem are left out of the tree.
 */
export function buildMatrixAreas(
  rows: AreaRowRead[],
  problems: MatrixProblem[],
  sheet: string = MATRIX_SHEETS.areas,
  columns: { code: string; parentCode: string } = { code: "code", parentCode: "parent_code" },
): AreaTree {
  const problem = (row: number, column: string, text: LibText) => problems.push(keyedMessage<MatrixProblem>({ sheet, row, column }, text));
  const rowByCode = new Map<string, AreaRowRead>();
  for (const row of rows) {
    if (!row.code) {
      problem(row.row, columns.code, libText("importProblems.matrixGiveAreaCode"));
      continue;
    }
    const earlier = rowByCode.get(row.code);
    if (earlier) {
      problem(row.row, columns.code, libText("importProblems.matrixAreaCodeUsed", { code: row.code, row: String(earlier.row) }));
      continue;
    }
    rowByCode.set(row.code, row);
  }

  const placeable = new Set<string>();
  const reportedCycles = new Set<string>();
  for (const row of rowByCode.values()) {
    const chain = [row.code!];
    let parent = row.parentCode;
    let isPlaceable = true;
    while (parent !== undefined) {
      const parentRow = rowByCode.get(parent);
      if (!parentRow) {
        if (chain.length === 1) problem(row.row, columns.parentCode, libText("importProblems.matrixNoSuchParentArea", { code: parent }));
        isPlaceable = false;
        break;
      }
      const loopsAt = chain.indexOf(parent);
      if (loopsAt >= 0) {
        const cycle = chain.slice(loopsAt);
        // One problem per loop, at its first row in the sheet.
        if (loopsAt === 0 && !cycle.some((code) => reportedCycles.has(code))) {
          cycle.forEach((code) => reportedCycles.add(code));
          const first = cycle.map((code) => rowByCode.get(code)!).sort((a, b) => a.row - b.row)[0]!;
          const path = [...cycle.slice(cycle.indexOf(first.code!)), ...cycle.slice(0, cycle.indexOf(first.code!)), first.code!];
          problem(
            first.row,
            columns.parentCode,
            libText("importProblems.matrixAreaContainsItself", { code: first.code!, path: path.join(" → ") }),
          );
        }
        isPlaceable = false;
        break;
      }
      chain.push(parent);
      parent = parentRow.parentCode;
    }
    if (isPlaceable) placeable.add(row.code!);
  }

  const tree: AreaTree = { roots: [], byCode: new Map(), rowOf: new Map(), rowCodes: new Set(rowByCode.keys()) };
  const childrenOf = new Map<string | undefined, AreaRowRead[]>();
  for (const row of rowByCode.values()) {
    if (!placeable.has(row.code!)) continue;
    const siblings = childrenOf.get(row.parentCode) ?? [];
    siblings.push(row);
    childrenOf.set(row.parentCode, siblings);
  }
  const place = (parentCode: string | undefined): AreaDefinition[] =>
    (childrenOf.get(parentCode) ?? [])
      .map((row, index) => ({ row, index }))
      // Rows without an order keep their place after the ordered ones, in sheet order.
      .sort((a, b) => (a.row.order ?? Infinity) - (b.row.order ?? Infinity) || a.index - b.index)
      .map(({ row }) => {
        const area: AreaDefinition = { ...row.area };
        tree.byCode.set(row.code!, area);
        tree.rowOf.set(area, row.row);
        const children = place(row.code);
        if (children.length > 0) area.areas = children;
        return area;
      });
  tree.roots = place(undefined);
  return tree;
}
