import { libText, type LibText } from "@/lib/i18n/lib-text";
import { keyedMessage, keyedReason, withWording } from "@/lib/problems/problem";
import { SaxesParser, type SaxesTagNS } from "saxes";
import type { OpenSdgRefusal, OpenSdgRefusalReason } from "./open-sdg-refusal";
import type { OpenSdgWarning } from "./parse-open-sdg-data";
import { DEFAULT_PERIOD_RULE, type PeriodRule } from "./parse-open-sdg-period";
import { describeSdmxKey, readSdmxObservation, type SdmxIndicatorPart, type SdmxKey, type SdmxReading } from "./read-sdmx-observation";
import { FRAME_DIMENSIONS, kindOfComponent, TIME_DIMENSION } from "./sdmx-ml-concepts";

export type ParsedSdmxMl =
  /** Not an SDMX-ML data message (a structure message, any other XML): not data, listed as skipped. */
  | { isSdmx: false; reason: string }
  /** One part per indicator; a file refused as a whole is one part carrying the file's problem. */
  | { isSdmx: true; parts: SdmxIndicatorPart[]; warnings: OpenSdgWarning[] };

const MESSAGE_2_1 = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
const SDMX_MESSAGE = /^http:\/\/www\.sdmx\.org\/resources\/sdmxml\/schemas\/v\d_\d\/message$/i;
const DATA_MESSAGES = new Set(["GenericData", "StructureSpecificData"]);
/** The text is fed to the parser in pieces, so that it never builds more than one tag at a time. */
const CHUNK_CHARS = 64 * 1024;

type Observation = { key: SdmxKey; value: string | undefined; line: number };

/** Stops the parser once the file is refused or known not to be data. */
class StopReading extends Error {}

/**
 * Reads an SDMX-ML 2.1 data message, generic or structure-specific, by streaming (saxes): each
 * series key plus observation key becomes a row with its indicator (INDICATOR, else SERIES),
 * TIME_PERIOD read by the Year cell's rules, OBS_VALUE kept as written (blank or NaN: missing),
 * and every other dimension a disaggregation (`_T`, `_Z`: none), by read-sdmx-observation.ts.
 * Attributes (OBS_STATUS, UNIT_MULT...) are not imported; a warning names them. A DOCTYPE is refused before anything
 * it declares is read (no external entities, no entity expansion). Observations are counted
 * from 1 in file order; that number is their `line`. Pure: no I/O. Decision 032.
 */
export function parseSdmxMl(file: string, text: string, periodRule: PeriodRule = DEFAULT_PERIOD_RULE): ParsedSdmxMl {
  const fileProblems: OpenSdgRefusal[] = [];
  /** The file cannot be read further. */
  const stopReading = (reason: OpenSdgRefusalReason, message: LibText | string): never => {
    fileProblems.push(withWording<OpenSdgRefusal>({ file, reason }, message));
    throw new StopReading();
  };
  /** The file is refused; its observations are still counted, so that the report accounts for them. */
  const refuseFile = (reason: OpenSdgRefusalReason, message: LibText | string) => {
    if (!fileProblems.some((problem) => problem.reason === reason))
      fileProblems.push(withWording<OpenSdgRefusal>({ file, reason }, message));
  };
  const reading: SdmxReading = {
    file,
    periodRule,
    rows: 0,
    parts: new Map(),
    frames: new Map(FRAME_DIMENSIONS.map((id) => [id, new Set<string>()])),
    fileProblems,
    refuseFile,
  };
  const ignoredAttributes = new Set<string>();
  let notSdmx: LibText | null = null;
  let hasRoot = false;
  let isGeneric = false;
  let dimensionAtObservation = TIME_DIMENSION;
  let inDataSet = false;
  let groupDepth = 0;
  let series: SdmxKey | null = null;
  let observation: Observation | null = null;
  let keyOf: "series" | "observation" | null = null;

  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on("doctype", () => stopReading("unsafe XML", libText("importProblems.sdmxDoctype")));
  parser.on("opentag", (tag: SaxesTagNS) => {
    const attribute = (name: string) => tag.attributes[name]?.value;
    if (!hasRoot) {
      hasRoot = true;
      if (!DATA_MESSAGES.has(tag.local) || !SDMX_MESSAGE.test(tag.uri)) {
        notSdmx = libText("importProblems.importSkippedNotSdmx", { element: tag.name });
        throw new StopReading();
      }
      if (tag.uri !== MESSAGE_2_1) stopReading("format", libText("importProblems.sdmxOtherVersion", { uri: tag.uri }));
      isGeneric = tag.local === "GenericData";
      return;
    }
    if (groupDepth > 0 || tag.local === "Group") {
      // Groups only carry attributes shared by several series; every tag in one is skipped (saxes closes self-closing tags too).
      groupDepth += 1;
      return;
    }
    if (tag.local === "Structure" && attribute("dimensionAtObservation")) dimensionAtObservation = attribute("dimensionAtObservation")!;
    else if (tag.local === "DataSet") inDataSet = true;
    else if (!inDataSet) return;
    else if (tag.local === "Series") {
      series = new Map();
      if (!isGeneric) readStructureSpecific(tag, series, null);
    } else if (tag.local === "Obs") {
      observation = { key: new Map(), value: undefined, line: parser.line };
      if (!isGeneric) readStructureSpecific(tag, observation.key, observation);
    } else if (!isGeneric) return;
    else if (tag.local === "SeriesKey") keyOf = "series";
    else if (tag.local === "ObsKey") keyOf = "observation";
    else if (tag.local === "ObsDimension") observation?.key.set(attribute("id") ?? dimensionAtObservation, attribute("value") ?? "");
    else if (tag.local === "ObsValue" && observation) observation.value = attribute("value");
    else if (tag.local === "Value") {
      const id = attribute("id") ?? "";
      const target = keyOf === "series" ? series : keyOf === "observation" ? observation?.key : null;
      if (target) target.set(id, attribute("value") ?? "");
      else ignoredAttributes.add(id);
    }
  });
  parser.on("closetag", (tag: SaxesTagNS) => {
    if (groupDepth > 0) {
      groupDepth -= 1;
      return;
    }
    if (tag.local === "SeriesKey" || tag.local === "ObsKey") keyOf = null;
    else if (tag.local === "Obs" && observation) {
      readSdmxObservation(reading, new Map([...(series ?? []), ...observation.key]), observation.value, observation.line);
      observation = null;
    } else if (tag.local === "Series") series = null;
    else if (tag.local === "DataSet") inDataSet = false;
  });

  /** A structure-specific element's XML attributes, sorted by what their ids are (sdmx-ml-concepts.ts). */
  function readStructureSpecific(tag: SaxesTagNS, key: SdmxKey, into: Observation | null) {
    for (const { prefix, local, value } of Object.values(tag.attributes)) {
      if (prefix !== "") continue; // xsi:type and the like describe the element, not the data.
      const kind = kindOfComponent(local);
      if (kind === "measure" && into) into.value = value;
      else if (kind === "attribute" || kind === "measure") ignoredAttributes.add(local);
      else if (kind === "unknown")
        refuseFile(
          "unknown dimension",
          libText("importProblems.sdmxUnknownComponent", {
            element: tag.local,
            line: String(parser.line),
            key: describeSdmxKey(key),
            component: local,
          }),
        );
      else key.set(local, value);
    }
  }

  try {
    for (let start = 0; start < text.length; start += CHUNK_CHARS) parser.write(text.slice(start, start + CHUNK_CHARS));
    parser.close();
  } catch (error) {
    if (!(error instanceof StopReading))
      fileProblems.push(
        keyedMessage<OpenSdgRefusal>(
          { file, reason: "malformed XML" },
          libText("importProblems.sdmxMalformedXml", { error: (error as Error).message }),
        ),
      );
  }
  if (notSdmx !== null) return keyedReason<{ isSdmx: false; reason: string }>({ isSdmx: false }, notSdmx);

  for (const [id, values] of reading.frames)
    if (values.size > 1 && fileProblems.length === 0)
      fileProblems.push(
        keyedMessage<OpenSdgRefusal>(
          { file, reason: "structure" },
          libText("importProblems.sdmxSeveralFrames", { count: values.size, id, values: [...values].slice(0, 5).join(", ") }),
        ),
      );
  const warnings: OpenSdgWarning[] =
    ignoredAttributes.size > 0
      ? [
          keyedMessage<OpenSdgWarning>(
            { file },
            libText("importProblems.sdmxAttributesIgnored", { attributes: [...ignoredAttributes].sort().join(", ") }),
          ),
        ]
      : [];
  if (fileProblems.length > 0) {
    const whole: SdmxIndicatorPart = {
      file,
      slug: file,
      columns: [],
      rows: reading.rows,
      observations: [],
      problems: fileProblems,
      warnings: [],
    };
    return { isSdmx: true, parts: [whole], warnings };
  }
  return { isSdmx: true, parts: [...reading.parts.values()], warnings };
}
