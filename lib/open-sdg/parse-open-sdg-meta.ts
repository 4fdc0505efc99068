import { isScalar, parseDocument } from "yaml";
import { stripByteOrderMark, type OpenSdgWarning } from "./parse-open-sdg-data";
import { keyedMessage } from "@/lib/problems/problem";
import { libText } from "@/lib/i18n/lib-text";

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

/** The keys each field is read from, first found wins: the front matter's, then the YAML layout's (indicator configuration). */
const FIELDS = {
  indicator: ["indicator", "indicator_number"],
  indicatorName: ["indicator_name"],
  targetId: ["target_id", "target_number"],
  sdgGoal: ["sdg_goal", "goal_number"],
  target: ["target", "target_name"],
  unit: ["computation_units", "unit"],
} as const satisfies Record<keyof OpenSdgMeta, readonly string[]>;

/**
 * Reads an indicator's metadata in either layout Open SDG uses: a Markdown file with YAML front
 * matter (`meta/1-1-1.md`) or a YAML file (`meta/1-1-1.yml`, the data starter's current layout).
 */
export function parseOpenSdgMetaFile(file: string, rawText: string): { meta: OpenSdgMeta; warnings: OpenSdgWarning[] } {
  return /\.ya?ml$/i.test(file) ? parseYamlMeta(file, stripByteOrderMark(rawText), 0) : parseOpenSdgMeta(file, rawText);
}

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
      warnings: [keyedMessage<OpenSdgWarning>({ file, line: 1 }, libText("importProblems.metaNoFrontMatter"))],
    };
  // The closing line starts at the margin: a multi-line quoted value's lines are indented, and may hold anything.
  const end = lines.findIndex((line, index) => index > 0 && (line.trimEnd() === "---" || line.trimEnd() === "..."));
  if (end < 0)
    return { meta: {}, warnings: [keyedMessage<OpenSdgWarning>({ file, line: 1 }, libText("importProblems.metaFrontMatterNotClosed"))] };

  return parseYamlMeta(file, lines.slice(1, end).join("\n"), 1);
}

/** `lineOffset`: the lines before the YAML in the file (the front matter's opening ---), for messages. */
function parseYamlMeta(file: string, yamlText: string, lineOffset: number): { meta: OpenSdgMeta; warnings: OpenSdgWarning[] } {
  const document = parseDocument(yamlText, { uniqueKeys: false });
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    const line = error.linePos?.[0]?.line;
    const values = { error: error.message.split(/ at line \d+|\n/)[0] ?? "" };
    const text =
      lineOffset > 0 ? libText("importProblems.metaFrontMatterUnreadable", values) : libText("importProblems.metaYamlUnreadable", values);
    return { meta: {}, warnings: [keyedMessage<OpenSdgWarning>({ file, ...(line ? { line: line + lineOffset } : {}) }, text)] };
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

/**
 * A translation file of Open SDG (`translations/<lang>/<group>.yml`): key -> text, nested keys
 * joined with dots. Metadata may name a text by `<group>.<key>` instead of writing it out.
 */
export function parseOpenSdgTranslations(file: string, rawText: string): { texts: Map<string, string>; warnings: OpenSdgWarning[] } {
  const document = parseDocument(stripByteOrderMark(rawText), { uniqueKeys: false });
  const texts = new Map<string, string>();
  if (document.errors.length > 0)
    return {
      texts,
      warnings: [
        keyedMessage<OpenSdgWarning>(
          { file },
          libText("importProblems.metaTranslationsUnreadable", { error: document.errors[0]!.message.split("\n")[0] ?? "" }),
        ),
      ],
    };
  const walk = (value: unknown, prefix: string) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) walk(inner, prefix ? `${prefix}.${key}` : key);
    } else if ((typeof value === "string" || typeof value === "number") && prefix) {
      const text = String(value).replace(/\s+/g, " ").trim();
      if (text) texts.set(prefix, text);
    }
  };
  walk(document.toJS(), "");
  return { texts, warnings: [] };
}

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  // Plain scalars keep their source text (numbers as written); quoted and block scalars their value.
  const raw = node.type === "PLAIN" && typeof node.source === "string" ? node.source : String(node.value);
  const text = raw.replace(/\s+/g, " ").trim();
  return text === "" ? undefined : text;
}
