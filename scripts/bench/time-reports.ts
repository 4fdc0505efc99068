// The working-group report timed as the background job makes it, reading included: PDF and Word
// of the 65-indicator demo matrix (DMD, 2024) and of a 500-indicator framework (seeded by the
// caller with seedScaledFramework), the median of a few runs each. Shared by bench:report and
// bench:pages, so that both print the same figures (issue 16).
import type { AccessContext } from "@/lib/auth/access-context";

export const REPORT_TARGETS = { pdf_65_ms: 1500, docx_65_ms: 1500, pdf_500_ms: 8000, docx_500_ms: 8000 } as const;

export type ReportFigures = Record<keyof typeof REPORT_TARGETS, number>;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** CPU time of this process, printed beside the wall time: on a shared machine it is the steadier figure. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Times each format of each framework `runs` times; the first run of all also pays for loading the renderers. */
export async function timeReports(
  access: AccessContext,
  frameworks: { indicators65: string; indicators500: string },
  runs = 3,
): Promise<{ figures: ReportFigures; lastPdf: Uint8Array }> {
  const { loadReport } = await import("@/lib/reports/load-report");
  const { renderReportPdf } = await import("@/lib/reports/render-report-pdf");
  const { renderReportDocx } = await import("@/lib/reports/render-report-docx");
  const formats = { pdf: renderReportPdf, docx: renderReportDocx };
  const figures: Partial<ReportFigures> = {};
  let lastPdf: Uint8Array = new Uint8Array();
  for (const [size, code] of [
    ["65", frameworks.indicators65],
    ["500", frameworks.indicators500],
  ] as const) {
    for (const [format, render] of Object.entries(formats) as [keyof typeof formats, (typeof formats)[keyof typeof formats]][]) {
      const times: number[] = [];
      const cpuTimes: number[] = [];
      let bytes = 0;
      for (let run = 0; run < runs; run += 1) {
        const started = performance.now();
        const cpuStarted = cpuMs();
        const output = await render(await loadReport(access, code, { year: 2024, includeProvisional: false }));
        times.push(performance.now() - started);
        cpuTimes.push(cpuMs() - cpuStarted);
        bytes = output.byteLength;
        if (format === "pdf" && size === "65") lastPdf = output;
      }
      const key = `${format}_${size}_ms` as keyof ReportFigures;
      figures[key] = Math.round(median(times));
      console.log(
        `${format === "pdf" ? "PDF " : "Word"} report of ${code} (${size} indicators): ${times.map((ms) => Math.round(ms)).join(", ")} ms (CPU ${cpuTimes.map((ms) => Math.round(ms)).join(", ")} ms), ${Math.round(bytes / 1024)} KB; median ${figures[key]} ms (target under ${REPORT_TARGETS[key]})`,
      );
    }
  }
  return { figures: figures as ReportFigures, lastPdf };
}

/** The keys whose figure is at or above its target. */
export const missedReportTargets = (figures: ReportFigures) =>
  (Object.keys(REPORT_TARGETS) as (keyof ReportFigures)[]).filter((key) => figures[key] >= REPORT_TARGETS[key]);
