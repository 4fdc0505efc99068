import { formatDisaggregationKey, parseDisaggregationKey, type Disaggregation } from "@/lib/indicators/disaggregation";

type DimensionRules = { code: string; name: string; members: { code: string; name: string }[] }[];

export type ResolvedDisaggregation = { ok: true; key: string } | { ok: false; message: string };

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
    return { ok: false, message: `Write the breakdown as DIMENSION=member, e.g. SEX=F, or leave it empty for the total` };
  }
  const resolved: Disaggregation = {};
  for (const [dimensionCode, member] of Object.entries(parts)) {
    const dimension = dimensions.find((candidate) => candidate.code === dimensionCode.trim().toUpperCase());
    if (!dimension) {
      const allowed = dimensions.map((candidate) => candidate.code).join(", ");
      return {
        ok: false,
        message: allowed
          ? `Indicator ${indicatorCode} is broken down only by ${allowed}, not by ${dimensionCode}`
          : `Indicator ${indicatorCode} has no breakdown; leave the breakdown empty`,
      };
    }
    const wanted = String(member).trim();
    const found = dimension.members.find((candidate) => candidate.code === wanted || candidate.name.toLowerCase() === wanted.toLowerCase());
    if (!found) {
      return {
        ok: false,
        message: `${dimension.name} has no member “${wanted}”; use one of: ${dimension.members.map((candidate) => candidate.code).join(", ")}`,
      };
    }
    resolved[dimension.code] = found.code;
  }
  return { ok: true, key: formatDisaggregationKey(resolved) };
}
