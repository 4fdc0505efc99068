/**
 * Report charts as drawing primitives, independent of where they are drawn: react-pdf's
 * vector <Svg> in the PDF, an SVG string turned into a PNG for Word, inline SVG on the print
 * page. One drawing, three outputs, so the numbers in every format are the same.
 */
export type Primitive =
  | { kind: "rect"; x: number; y: number; width: number; height: number; fill: string }
  | { kind: "line"; x1: number; y1: number; x2: number; y2: number; stroke: string; strokeWidth: number; dash?: string }
  | { kind: "path"; d: string; stroke: string; strokeWidth: number; dash?: string }
  | { kind: "circle"; cx: number; cy: number; r: number; fill: string }
  | { kind: "text"; x: number; y: number; text: string; size: number; anchor?: "start" | "middle" | "end"; fill?: string; bold?: boolean };

export type Chart = { width: number; height: number; primitives: Primitive[]; title: string };

/** Two series that read apart in grey print too: a light grey and the brand blue; then distinct hues. */
export const SERIES_COLOURS = ["#9aa7b8", "#1f4e8c", "#c2410c", "#047857", "#7c3aed"];
const GRID = "#d5dae1";
export const INK = "#1b1f24";

const round = (value: number) => Math.round(value * 10) / 10;
/** Values on a chart: one decimal at most, in the report's language when it says how. */
type ValueFormat = { formatValue?: (value: number) => string };

/** Scores (0-100) of several areas in two or more years: bars grouped by area, value on top. */
export function groupedBarChart(
  input: { title: string; labels: string[]; series: { name: string; values: (number | null)[] }[] } & ValueFormat,
): Chart {
  const show = input.formatValue ?? ((value: number) => String(round(value)));
  const width = 520;
  const height = 260;
  const left = 40;
  const right = 10;
  const top = 34;
  const bottom = 30;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const primitives: Primitive[] = [];
  const yOf = (value: number) => top + plotHeight - (value / 100) * plotHeight;

  for (let tick = 0; tick <= 100; tick += 25) {
    primitives.push({ kind: "line", x1: left, y1: yOf(tick), x2: left + plotWidth, y2: yOf(tick), stroke: GRID, strokeWidth: 0.6 });
    primitives.push({ kind: "text", x: left - 5, y: yOf(tick) + 3, text: `${tick} %`, size: 7.5, anchor: "end" });
  }
  const groupWidth = plotWidth / Math.max(1, input.labels.length);
  const barWidth = (groupWidth * 0.72) / Math.max(1, input.series.length);
  input.labels.forEach((label, index) => {
    input.series.forEach((series, seriesIndex) => {
      const value = series.values[index];
      const x = left + index * groupWidth + groupWidth * 0.14 + seriesIndex * barWidth;
      if (value === null || value === undefined) {
        primitives.push({ kind: "text", x: x + barWidth / 2, y: yOf(0) - 3, text: "–", size: 7, anchor: "middle" });
        return;
      }
      primitives.push({
        kind: "rect",
        x,
        y: yOf(value),
        width: barWidth - 1.5,
        height: yOf(0) - yOf(value),
        fill: SERIES_COLOURS[seriesIndex % SERIES_COLOURS.length]!,
      });
      primitives.push({
        kind: "text",
        x: x + (barWidth - 1.5) / 2,
        y: yOf(value) - 3,
        text: show(round(value)),
        size: 6.5,
        anchor: "middle",
      });
    });
    primitives.push({
      kind: "text",
      x: left + index * groupWidth + groupWidth / 2,
      y: top + plotHeight + 13,
      text: label,
      size: 8,
      anchor: "middle",
      bold: true,
    });
  });
  primitives.push({ kind: "line", x1: left, y1: yOf(0), x2: left + plotWidth, y2: yOf(0), stroke: INK, strokeWidth: 0.8 });
  input.series.forEach((series, seriesIndex) => {
    primitives.push({
      kind: "rect",
      x: left + seriesIndex * 80,
      y: 8,
      width: 10,
      height: 10,
      fill: SERIES_COLOURS[seriesIndex % SERIES_COLOURS.length]!,
    });
    primitives.push({ kind: "text", x: left + seriesIndex * 80 + 14, y: 17, text: series.name, size: 8.5 });
  });
  return { width, height, primitives, title: input.title };
}

/** One score (0-100) over the years: a line with its points and values. */
export function scoreLineChart(input: { title: string; points: { year: number; value: number | null }[] } & ValueFormat): Chart {
  const show = input.formatValue ?? ((value: number) => String(round(value)));
  const width = 520;
  const height = 200;
  const left = 40;
  const right = 20;
  const top = 16;
  const bottom = 26;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const primitives: Primitive[] = [];
  const yOf = (value: number) => top + plotHeight - (value / 100) * plotHeight;
  for (let tick = 0; tick <= 100; tick += 25) {
    primitives.push({
      kind: "line",
      x1: left,
      y1: yOf(tick),
      x2: left + plotWidth,
      y2: yOf(tick),
      stroke: GRID,
      strokeWidth: 0.6,
      dash: "3 2",
    });
    primitives.push({ kind: "text", x: left - 5, y: yOf(tick) + 3, text: `${tick} %`, size: 7.5, anchor: "end" });
  }
  const step = input.points.length > 1 ? plotWidth / (input.points.length - 1) : 0;
  const located = input.points.map((point, index) => ({ ...point, x: left + (input.points.length > 1 ? index * step : plotWidth / 2) }));
  const drawn = located.filter((point): point is typeof point & { value: number } => point.value !== null);
  if (drawn.length > 1) {
    primitives.push({
      kind: "path",
      d: drawn.map((point, index) => `${index === 0 ? "M" : "L"}${round(point.x)} ${round(yOf(point.value))}`).join(" "),
      stroke: SERIES_COLOURS[1]!,
      strokeWidth: 2,
    });
  }
  for (const point of drawn) {
    primitives.push({ kind: "circle", cx: point.x, cy: yOf(point.value), r: 2.8, fill: SERIES_COLOURS[1]! });
    primitives.push({ kind: "text", x: point.x, y: yOf(point.value) - 6, text: show(round(point.value)), size: 7, anchor: "middle" });
  }
  for (const point of located)
    primitives.push({ kind: "text", x: point.x, y: top + plotHeight + 14, text: String(point.year), size: 7.5, anchor: "middle" });
  primitives.push({ kind: "line", x1: left, y1: yOf(0), x2: left + plotWidth, y2: yOf(0), stroke: INK, strokeWidth: 0.8 });
  return { width, height, primitives, title: input.title };
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The chart as a standalone SVG document (white background), for PNG conversion. */
export function chartToSvg(chart: Chart, fontFamily: string): string {
  const body = chart.primitives
    .map((primitive) => {
      switch (primitive.kind) {
        case "rect":
          return `<rect x="${primitive.x}" y="${primitive.y}" width="${primitive.width}" height="${primitive.height}" fill="${primitive.fill}"/>`;
        case "line":
          return `<line x1="${primitive.x1}" y1="${primitive.y1}" x2="${primitive.x2}" y2="${primitive.y2}" stroke="${primitive.stroke}" stroke-width="${primitive.strokeWidth}"${primitive.dash ? ` stroke-dasharray="${primitive.dash}"` : ""}/>`;
        case "path":
          return `<path d="${primitive.d}" stroke="${primitive.stroke}" stroke-width="${primitive.strokeWidth}" fill="none"${primitive.dash ? ` stroke-dasharray="${primitive.dash}"` : ""}/>`;
        case "circle":
          return `<circle cx="${primitive.cx}" cy="${primitive.cy}" r="${primitive.r}" fill="${primitive.fill}"/>`;
        case "text":
          return `<text x="${primitive.x}" y="${primitive.y}" font-size="${primitive.size}" text-anchor="${primitive.anchor ?? "start"}" fill="${primitive.fill ?? INK}"${primitive.bold ? ' font-weight="bold"' : ""}>${escapeXml(primitive.text)}</text>`;
      }
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${chart.width}" height="${chart.height}" viewBox="0 0 ${chart.width} ${chart.height}" font-family="${escapeXml(fontFamily)}"><title>${escapeXml(chart.title)}</title><rect width="100%" height="100%" fill="#ffffff"/>${body}</svg>`;
}
