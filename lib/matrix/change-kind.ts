/**
 * The word for a field change, as the workbook and the report annex name it. An indicator is
 * "renamed" when its code changes (the code mapping's sense), an area when its name does.
 */
export function changeKindOf(of: "indicator" | "area", field: string): "Renamed" | "Moved" | "Reordered" | "Changed" {
  if (field === (of === "indicator" ? "code" : "name")) return "Renamed";
  if (field === "area" || field === "parent") return "Moved";
  if (field === "position") return "Reordered";
  return "Changed";
}
