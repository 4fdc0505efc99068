import type { EntryIndicator } from "@/lib/monitoring/get-entry-form";

/** What an indicator accepts, in words, under its name: "Number of persons, at least 0". */
export function describeRules(indicator: EntryIndicator): string {
  switch (indicator.valueType) {
    case "PERCENTAGE":
      return `Percentage from ${indicator.lowerLimit ?? 0} to ${indicator.upperLimit ?? 100}`;
    case "NUMBER": {
      const unit = indicator.unit ? `Number of ${indicator.unit}` : "Number";
      const range =
        indicator.lowerLimit !== null && indicator.upperLimit !== null
          ? ` from ${indicator.lowerLimit} to ${indicator.upperLimit}`
          : indicator.lowerLimit !== null
            ? `, at least ${indicator.lowerLimit}`
            : indicator.upperLimit !== null
              ? `, at most ${indicator.upperLimit}`
              : "";
      return `${unit}${range}`;
    }
    case "YES_NO":
      return "Yes or no";
    case "LEVELS":
      return `One of: ${indicator.levels.map((level) => level.label).join(", ")}`;
    case "TEXT":
      return "A short narrative";
  }
}
