/** "SEX=F" -> "Female" for an indicator's breakdowns, for describing disaggregation keys. */
export function memberNamesOf(indicator: {
  dimensions: { code: string; members: { code: string; name: string }[] }[];
}): Map<string, string> {
  return new Map(
    indicator.dimensions.flatMap((dimension) =>
      dimension.members.map((member) => [`${dimension.code}=${member.code}`, member.name] as const),
    ),
  );
}
