/** Codes and names of the SDG structure, shared by the Open SDG import and export. Pure. */

/** The 17 goals' official short names. */
export const SDG_GOAL_NAMES: Record<string, string> = {
  "1": "No poverty",
  "2": "Zero hunger",
  "3": "Good health and well-being",
  "4": "Quality education",
  "5": "Gender equality",
  "6": "Clean water and sanitation",
  "7": "Affordable and clean energy",
  "8": "Decent work and economic growth",
  "9": "Industry, innovation and infrastructure",
  "10": "Reduced inequalities",
  "11": "Sustainable cities and communities",
  "12": "Responsible consumption and production",
  "13": "Climate action",
  "14": "Life below water",
  "15": "Life on land",
  "16": "Peace, justice and strong institutions",
  "17": "Partnerships for the goals",
};

/** The area of indicators that name no goal. */
export const OTHER_AREA_CODE = "OTHER";

/** Framework, area and indicator codes (as lib/frameworks/schemas.ts accepts them). */
export const FRAMEWORK_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const MAX_CODE_LENGTH = 40;

export function isValidCode(code: string): boolean {
  return code.length <= MAX_CODE_LENGTH && FRAMEWORK_CODE.test(code);
}

const GOAL = /^\d{1,2}$/;
const TARGET = /^(\d{1,2})\.([0-9]{1,2}|[a-z])$/;

export function isGoalCode(code: string): boolean {
  return GOAL.test(code);
}

export function isTargetCode(code: string): boolean {
  return TARGET.test(code);
}

/** "10.7" from an indicator code like "10.7.2.1"; null when the code does not start with a target. */
export function targetOfIndicatorCode(code: string): string | null {
  const [goal, target, ...rest] = code.split(".");
  if (rest.length === 0 || !goal || !target) return null;
  const candidate = `${goal}.${target}`;
  return isTargetCode(candidate) ? candidate : null;
}

/** Indicator code from a file name's slug: "12-b-1-1" -> "12.b.1.1". */
export function codeFromSlug(slug: string): string {
  return slug.replace(/-/g, ".");
}

/** File name slug of an indicator code: "12.b.1.1" -> "12-b-1-1" (what Open SDG names files by). */
export function slugOfCode(code: string): string {
  return code.replace(/\./g, "-");
}

/**
 * Orders codes the way people read them: 1.2 before 1.10, numbers before letters
 * (1.5 before 1.a), shorter before longer (1.1 before 1.1.1).
 */
export function compareCodes(a: string, b: string): number {
  const left = a.split(/[.-]/);
  const right = b.split(/[.-]/);
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const x = left[index]!;
    const y = right[index]!;
    if (x === y) continue;
    const xNumber = /^\d+$/.test(x);
    const yNumber = /^\d+$/.test(y);
    if (xNumber && yNumber) return Number(x) - Number(y) || x.localeCompare(y);
    if (xNumber !== yNumber) return xNumber ? -1 : 1;
    return x.localeCompare(y);
  }
  return left.length - right.length;
}

/**
 * A code derived from a name, unique among `taken` (which it then joins): uppercase letters,
 * digits and underscores, e.g. "Area of residence" -> "AREA_OF_RESIDENCE", "15-24" -> "15_24",
 * a second "15 24" -> "15_24_2". Accents are dropped ("Bărbați" -> "BARBATI").
 */
export function deriveUniqueCode(name: string, taken: Set<string>, fallback: string): string {
  const base =
    name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, MAX_CODE_LENGTH)
      .replace(/_+$/, "") || fallback;
  let code = base;
  for (let suffix = 2; taken.has(code); suffix += 1) {
    const tail = `_${suffix}`;
    code = `${base.slice(0, MAX_CODE_LENGTH - tail.length)}${tail}`;
  }
  taken.add(code);
  return code;
}

/** Cuts a text to a length limit at a word boundary, with an ellipsis; unchanged when it fits. */
export function fitText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
