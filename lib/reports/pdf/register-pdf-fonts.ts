import { REPORT_FONT_FILES } from "../report-fonts";
import { FAMILY, type ReactPdf } from "./pdf-theme";

let fontsRegistered = false;

/** Registers the report font (Noto Sans, lib/reports/report-fonts.ts) with react-pdf, once per process. */
export function registerPdfFonts({ Font }: ReactPdf) {
  if (fontsRegistered) return;
  Font.register({
    family: FAMILY,
    fonts: [
      { src: REPORT_FONT_FILES.regular, fontWeight: 400 },
      { src: REPORT_FONT_FILES.italic, fontWeight: 400, fontStyle: "italic" },
      { src: REPORT_FONT_FILES.bold, fontWeight: 700 },
    ],
  });
  // English hyphenation rules would cut Romanian (and other) words wrongly: break at spaces only.
  Font.registerHyphenationCallback((word) => [word]);
  fontsRegistered = true;
}
