import { MAX_ECHOED_FIELD_LENGTH } from "@/lib/actions/action-state";
import { TEXT_LIMITS } from "@/lib/validation/limits";

/**
 * How the entry form names its inputs, so that it posts as a plain form (decision 022): every
 * editable row is listed in "row" (its id, `${indicator}|${breakdown key}`), and each of its
 * inputs is named `${field}:${row id}`. Beside the typed fields, a row carries the version it
 * was based on (the concurrency token) and what was last saved, so that the action saves only
 * the rows that changed, with or without the page's JavaScript.
 */
export const ENTRY_FIELDS = ["value", "comment", "source", "evidenceUrl"] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];
/** The four typed fields of a row. */
export type EntryTyped = Record<EntryField, string>;

export const ROW_LIST = "row";
/**
 * The longest row id a form of ours can post (a code, "|", a breakdown key). A longer one is
 * cut: it names no row anyway, and the answer, which lists the rows sent, never echoes a megabyte.
 */
const MAX_ROW_ID_LENGTH = TEXT_LIMITS.code + 1 + TEXT_LIMITS.disaggregationKey;
export const entryInputName = (field: EntryField | "version" | "saved", rowId: string) => `${field}:${rowId}`;

/** What was last saved of a row, as one hidden field: its four fields in ENTRY_FIELDS order. */
export const savedField = (saved: EntryTyped) => JSON.stringify(ENTRY_FIELDS.map((field) => saved[field]));

export type EntryFormRow = {
  id: string;
  /** The row as the save operation takes it; any other `${name}:${id}` input is passed on for its strict schema to refuse. */
  input: Record<string, unknown> & { indicator: string; disaggregation: string };
  /** What was typed, cut to a length fit to send back to the form. */
  typed: EntryTyped;
  /** False only when every field equals what was last saved. */
  isChanged: boolean;
};

function readSaved(text: FormDataEntryValue | null): string[] | null {
  if (typeof text !== "string") return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) && parsed.length === ENTRY_FIELDS.length && parsed.every((item) => typeof item === "string")
      ? (parsed as string[])
      : null;
  } catch {
    return null;
  }
}

function readVersion(text: FormDataEntryValue | null): unknown {
  if (text === null || text === "") return null;
  // A version that is not a whole number is passed as sent, so that the row's schema refuses it by name.
  return typeof text === "string" && /^\d{1,15}$/.test(text) ? Number(text) : text;
}

/** The rows the entry form posted, in the order it lists them. */
export function readEntryRows(formData: FormData): EntryFormRow[] {
  const ids = [
    ...new Set(
      formData
        .getAll(ROW_LIST)
        .filter((id): id is string => typeof id === "string")
        .map((id) => id.slice(0, MAX_ROW_ID_LENGTH)),
    ),
  ];
  const listed = new Set(ids);
  const extras = new Map<string, Record<string, unknown>>();
  for (const [name, value] of formData.entries()) {
    const colon = name.indexOf(":");
    const field = name.slice(0, colon);
    const id = name.slice(colon + 1);
    if (colon <= 0 || !listed.has(id) || field === "saved" || field === "version" || (ENTRY_FIELDS as readonly string[]).includes(field))
      continue;
    extras.set(id, { ...extras.get(id), [field]: typeof value === "string" ? value : "(a file)" });
  }
  return ids.map((id) => {
    const [indicator, ...key] = id.split("|");
    const typed = Object.fromEntries(
      ENTRY_FIELDS.map((field) => {
        const value = formData.get(entryInputName(field, id));
        return [field, typeof value === "string" ? value : ""];
      }),
    ) as EntryTyped;
    const saved = readSaved(formData.get(entryInputName("saved", id)));
    return {
      id,
      input: {
        ...extras.get(id),
        indicator: indicator ?? "",
        disaggregation: key.join("|"),
        ...typed,
        version: readVersion(formData.get(entryInputName("version", id))),
      },
      typed: Object.fromEntries(ENTRY_FIELDS.map((field) => [field, typed[field].slice(0, MAX_ECHOED_FIELD_LENGTH)])) as EntryTyped,
      isChanged: !saved || ENTRY_FIELDS.some((field, index) => typed[field] !== saved[index]),
    };
  });
}
