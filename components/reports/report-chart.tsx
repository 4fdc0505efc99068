import { INK, type Chart } from "@/lib/reports/chart-primitives";

/**
 * A report chart drawn as inline SVG on the print page, from the same primitives as the PDF
 * and Word charts. It is a picture with a title for assistive technology; the table beside it
 * carries the numbers.
 */
export function ReportChart({ chart, describedBy }: { chart: Chart; describedBy?: string }) {
  return (
    <svg
      className="report-chart"
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      role="img"
      aria-label={chart.title}
      aria-describedby={describedBy}
      fontFamily="inherit"
    >
      <title>{chart.title}</title>
      {chart.primitives.map((primitive, index) => {
        switch (primitive.kind) {
          case "rect":
            return (
              <rect key={index} x={primitive.x} y={primitive.y} width={primitive.width} height={primitive.height} fill={primitive.fill} />
            );
          case "line":
            return (
              <line
                key={index}
                x1={primitive.x1}
                y1={primitive.y1}
                x2={primitive.x2}
                y2={primitive.y2}
                stroke={primitive.stroke}
                strokeWidth={primitive.strokeWidth}
                strokeDasharray={primitive.dash}
              />
            );
          case "path":
            return (
              <path
                key={index}
                d={primitive.d}
                stroke={primitive.stroke}
                strokeWidth={primitive.strokeWidth}
                strokeDasharray={primitive.dash}
                fill="none"
              />
            );
          case "circle":
            return <circle key={index} cx={primitive.cx} cy={primitive.cy} r={primitive.r} fill={primitive.fill} />;
          case "text":
            return (
              <text
                key={index}
                x={primitive.x}
                y={primitive.y}
                fontSize={primitive.size}
                textAnchor={primitive.anchor ?? "start"}
                fill={primitive.fill ?? INK}
                fontWeight={primitive.bold ? 700 : 400}
              >
                {primitive.text}
              </text>
            );
        }
      })}
    </svg>
  );
}
