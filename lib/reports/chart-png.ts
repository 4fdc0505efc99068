import { Resvg } from "@resvg/resvg-js";
import { chartToSvg, type Chart } from "./chart-primitives";
import { REPORT_FONT_FAMILY, REPORT_FONT_FILES } from "./report-fonts";

/**
 * A chart as a PNG, for Word (which needs pictures): drawn by resvg from the chart's SVG at
 * three times its size, so it prints sharp, with the report's own font files only (the server
 * may have no fonts installed, and the result must not depend on which ones it has).
 */
export function chartToPng(chart: Chart, scale = 3): Uint8Array {
  const renderer = new Resvg(chartToSvg(chart, REPORT_FONT_FAMILY), {
    fitTo: { mode: "width", value: chart.width * scale },
    background: "white",
    font: {
      loadSystemFonts: false,
      fontFiles: [REPORT_FONT_FILES.regular, REPORT_FONT_FILES.bold],
      defaultFontFamily: REPORT_FONT_FAMILY,
      sansSerifFamily: REPORT_FONT_FAMILY,
    },
  });
  return new Uint8Array(renderer.render().asPng());
}
