import type { ProgressStatus } from "@/lib/progress/progress-status";
import { INK } from "../chart-primitives";

/**
 * @react-pdf/renderer is an ES module that must be loaded with import() from our
 * CommonJS-compiled code (a plain import would be turned into require()), so the report's
 * components are made by functions that receive the loaded module.
 */
export type ReactPdf = typeof import("@react-pdf/renderer");

/** Section id -> the page its heading landed on. */
export type PageMap = Record<string, number>;

export const FAMILY = "NotoSans";
export const BRAND = "#1f4e8c";
export const MUTED = "#4a5361";
const RULE = "#cdd3db";

// Every lineHeight sits next to its fontSize: react-pdf resolves a unitless lineHeight against
// the same style's fontSize (default 18), not the inherited one.
export const styles = {
  page: { fontFamily: FAMILY, fontSize: 9.5, color: INK, paddingTop: 48, paddingBottom: 60, paddingHorizontal: 48 },
  cover: { fontFamily: FAMILY, color: INK, padding: 64 },
  h1: { fontSize: 15, fontWeight: 700, color: BRAND, marginBottom: 8 },
  h2: { fontSize: 11.5, fontWeight: 700, marginTop: 12, marginBottom: 5 },
  p: { fontSize: 9.5, lineHeight: 1.45, marginBottom: 6 },
  muted: { fontSize: 8.5, lineHeight: 1.4, color: MUTED },
  tocRow: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: RULE, paddingVertical: 3 },
  // An explicit height keeps react-pdf from growing a fixed footer page after page (its issue #3416).
  footer: { position: "absolute", bottom: 26, left: 48, right: 48, height: 12, fontSize: 8, color: MUTED, flexDirection: "row" },
  pageRecorder: { position: "absolute", top: 0, left: 0 },
  table: { marginTop: 4, marginBottom: 8 },
  tr: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: RULE },
  th: { backgroundColor: "#e8ecf1", fontWeight: 700 },
  td: { paddingVertical: 3, paddingHorizontal: 3, fontSize: 8, lineHeight: 1.3 },
  figure: { marginVertical: 6 },
  caption: { fontSize: 8, lineHeight: 1.3, color: MUTED, marginTop: 2 },
  demo: { fontSize: 9, lineHeight: 1.4, backgroundColor: "#fff4ce", padding: 6, marginTop: 16 },
} as const;

export const STATUS_COLOURS: Record<ProgressStatus, string> = {
  target_achieved: "#146c2e",
  on_track: "#4d9a5f",
  acceleration_needed: "#d9a400",
  limited_progress: "#e07b39",
  deterioration: "#b42318",
  not_available: "#c4cad3",
};

// `bookmark` (the PDF outline) works on any element but is typed on <Page> only.
export const bookmark = (title: string) => ({ bookmark: { title, fit: true } }) as object;
