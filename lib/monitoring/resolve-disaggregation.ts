import { formatDisaggregationKey, parseDisaggregationKey, type Disaggregation } from "@/lib/indicators/disaggregation";
import { libText, type LibText } from "@/lib/i18n/lib-text";

type DimensionRules = { code: string; name: string; members: { code: string; name: string }[] }[];

export type ResolvedDisaggregation = { ok: true; key: string } | { ok: false; message: LibText };

/**
 * Turns a disaggregation as people and systems send it (an object such as { "SEX": "F" },
 * a key such as "SEX=F", or nothing for the total) into the canonical key, checking that the
 * indicator is broken down by each dimension and that each member exists. Member names are
 * accepted as well as codes ("Female" for "F"), since spreadsheets carry names.
 */
export function resolveDisaggregation(
  input: Disaggregation | string | null | undefined,
  dimensions: DimensionRules,
  indicatorCode: string,
): ResolvedDisaggregation {
  let parts: Disaggregation;
  try {
    parts = typeof input === "string" ? parseDisaggregationKey(input.trim()) : (input ?? {});
  } catch {
    return { ok: false, message: libText("validation.breakdownWriteAs") };
  }
  const resolved: Disaggregation = {};
  for (const [dimensionCode, member] of Object.entries(parts)) {
    const dimension = dimensions.find((candidate) => candidate.code === dimensionCode.trim().toUpperCase());
    if (!dimension) {
      const allowed = dimensions.map((candidate) => candidate.code).join(", ");
      return {
        ok: false,
        message: allowed
          ? libText("validation.breakdownOnlyBy", { indicator: indicatorCode, allowed, dimension: dimensionCode })
          : libText("validation.breakdownNone", { indicator: indicatorCode }),
      };
    }
    const wanted = String(member).trim();
    const found = dimension.members.find((candidate) => candidate.code === wanted || candidate.name.toLowerCase() === wanted.toLowerCase());
    if (!found) {
      return {
        ok: false,
        message: libText("validation.breakdownNoMember", {
          dimension: dimension.name,
          member: wanted,
          allowed: dimension.members.map((candidate) => candidate.code).join(", "),
        }),
      };
    }
    resolved[dimension.code] = found.code;
  }
  return { ok: true, key: formatDisaggregationKey(resolved) };
}
