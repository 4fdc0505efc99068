import type { DimensionDefinition, InstitutionDefinition } from "@/lib/frameworks/schemas";

/**
 * What a matrix may refer to: the workspace's institutions and dimensions (given by the
 * caller) and the fixed reference schemes. A reference that is not here is refused at its cell.
 */
export type MatrixReferences = { institutions: InstitutionDefinition[]; dimensions: DimensionDefinition[] };

export const MGI_DOMAINS = { min: 1, max: 6 } as const;
export const GCM_OBJECTIVES = { min: 1, max: 23 } as const;

/**
 * The 169 SDG targets (A/RES/70/1): per goal, how many numbered targets and up to which
 * letter its means-of-implementation targets run.
 */
const SDG_TARGET_SHAPE: Record<number, { numbered: number; lettered: string }> = {
  1: { numbered: 5, lettered: "b" },
  2: { numbered: 5, lettered: "c" },
  3: { numbered: 9, lettered: "d" },
  4: { numbered: 7, lettered: "c" },
  5: { numbered: 6, lettered: "c" },
  6: { numbered: 6, lettered: "b" },
  7: { numbered: 3, lettered: "b" },
  8: { numbered: 10, lettered: "b" },
  9: { numbered: 5, lettered: "c" },
  10: { numbered: 7, lettered: "c" },
  11: { numbered: 7, lettered: "c" },
  12: { numbered: 8, lettered: "c" },
  13: { numbered: 3, lettered: "b" },
  14: { numbered: 7, lettered: "c" },
  15: { numbered: 9, lettered: "c" },
  16: { numbered: 10, lettered: "b" },
  17: { numbered: 19, lettered: "" },
};

export const SDG_TARGETS: ReadonlySet<string> = new Set(
  Object.entries(SDG_TARGET_SHAPE).flatMap(([goal, shape]) => {
    const letters = shape.lettered ? "abcdefghij".slice(0, "abcdefghij".indexOf(shape.lettered) + 1).split("") : [];
    return [
      ...Array.from({ length: shape.numbered }, (_, index) => `${goal}.${index + 1}`),
      ...letters.map((letter) => `${goal}.${letter}`),
    ];
  }),
);
