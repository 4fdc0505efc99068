import { INK, type Chart } from "../chart-primitives";
import { FAMILY, type ReactPdf } from "./pdf-theme";

/** A chart's drawing primitives as vector SVG in the PDF. */
export function createPdfChart({ Circle, Line, Path, Rect, Svg, Text }: ReactPdf) {
  return function PdfChart({ chart, width = 495 }: { chart: Chart; width?: number }) {
    return (
      <Svg width={width} height={(width * chart.height) / chart.width} viewBox={`0 0 ${chart.width} ${chart.height}`}>
        {chart.primitives.map((primitive, index) => {
          switch (primitive.kind) {
            case "rect":
              return (
                <Rect key={index} x={primitive.x} y={primitive.y} width={primitive.width} height={primitive.height} fill={primitive.fill} />
              );
            case "line":
              return (
                <Line
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
                <Path
                  key={index}
                  d={primitive.d}
                  stroke={primitive.stroke}
                  strokeWidth={primitive.strokeWidth}
                  fill="none"
                  strokeDasharray={primitive.dash}
                />
              );
            case "circle":
              return <Circle key={index} cx={primitive.cx} cy={primitive.cy} r={primitive.r} fill={primitive.fill} />;
            case "text":
              return (
                <Text
                  key={index}
                  x={primitive.x}
                  y={primitive.y}
                  textAnchor={primitive.anchor ?? "start"}
                  fill={primitive.fill ?? INK}
                  style={{ fontSize: primitive.size, fontFamily: FAMILY, fontWeight: primitive.bold ? 700 : 400 }}
                >
                  {primitive.text}
                </Text>
              );
          }
        })}
      </Svg>
    );
  };
}
