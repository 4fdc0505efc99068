import { isScalar, parseDocument } from "yaml";
import { stripByteOrderMark, type OpenSdgWarning } from "./parse-open-sdg-data";

/** What the import takes from an indicator's metadata; everything is optional in real files. */
export type OpenSdgMeta = {
  /** e.g. "10.7.2.1". */
  indicator?: string;
  indicatorName?: string;
  /** e.g. "10.7". */
  targetId?: string;
  /** e.g. "10". */
  sdgGoal?: string;
  /** The target's text. */
  target?: string;
  unit?: string;
};

const FIELDS = {
  indicator: ["indicator"],
  indicatorName: ["indicator_name"],
  targetId: ["target_id"],
  sdgGoal: ["sdg_goal"],
  target: ["target"],
  unit: ["computation_units", "unit"],
} as const satisfies Record<keyof OpenSdgMeta, readonly string[]>;

/**
 * Reads the YAML front matter (between the first two `---` lines) of an Open SDG metadata
 * file. Unreadable YAML or a missing front matter is a warning, never a failure: the data
 * still imports, named by its code. Scalars are taken as written, so `target_id: 1.10`
 * stays "1.10" rather than becoming the number 1.1. Pure: no I/O.
 */
export function parseOpenSdgMeta(file: string, rawText: string): { meta: OpenSdgMeta; warnings: OpenSdgWarning[] } {
  const lines = stripByteOrderMark(rawText).split(/\r\n?|\n/);
  if (lines[0]?.trim() !== "---")
    return {
      meta: {},
      warnings: [{ file, line: 1, message: "The file has no YAML front matter (it must start with ---); the metadata is ignored" }],
    };
  const end = lines.findIndex((line, index) => index > 0 && (line.trim() === "---" || line.trim() === "..."));
  if (end < 0)
    return { meta: {}, warnings: [{ file, line: 1, message: "The YAML front matter is not closed with ---; the metadata is ignored" }] };

  const document = parseDocument(lines.slice(1, end).join("\n"), { uniqueKeys: false });
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    const line = error.linePos?.[0]?.line;
    return {
      meta: {},
      warnings: [
        {
          file,
          ...(line ? { line: line + 1 } : {}),
          message: `The YAML front matter cannot be read (${error.message.split(/ at line \d+|\n/)[0]}); the metadata is ignored`,
        },
      ],
    };
  }
  const meta: OpenSdgMeta = {};
  for (const [field, keys] of Object.entries(FIELDS) as [keyof OpenSdgMeta, readonly string[]][]) {
    for (const key of keys) {
      const text = scalarText(document.get(key, true));
      if (text) {
        meta[field] = text;
        break;
      }
    }
  }
  return { meta, warnings: [] };
}

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  // Plain scalars keep their source text (numbers as written); quoted and block scalars their value.
  const raw = node.type === "PLAIN" && typeof node.source === "string" ? node.source : String(node.value);
  const text = raw.replace(/\s+/g, " ").trim();
  return text === "" ? undefined : text;
}
