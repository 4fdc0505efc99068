// `npm run check:report-languages [-- --out /tmp/shots-reports]`: the working-group report of the
// demo matrix as a Romanian Word file and a Russian PDF (issue 13), for people to look at. The PDF's
// pages become PNGs through pdftoppm (poppler-utils) when it is installed; a .docx becomes a PDF and
// PNGs through LibreOffice (`soffice`) when that is installed, else its XML is checked for the
// comma-below ș ț and the embedded font. Runs on a scratch SQLite file with the demo workspace.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { unzipSync } from "fflate";
import { runOnScratchDatabase } from "../bench/run-on-scratch-database";

const has = (command: string) => spawnSync("which", [command]).status === 0;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: "string", default: "/tmp/shots-reports" } } });
  const out = path.resolve(values.out!);
  fs.mkdirSync(out, { recursive: true });
  const { db } = await import("@/lib/db");
  const { seedDemoWorkspace } = await import("@/lib/demo/seed-demo-workspace");
  const { commandLineAccess } = await import("@/lib/auth/command-line-access");
  const { loadReport } = await import("@/lib/reports/load-report");
  const { renderReportPdf } = await import("@/lib/reports/render-report-pdf");
  const { renderReportDocx } = await import("@/lib/reports/render-report-docx");
  await seedDemoWorkspace();
  const access = await commandLineAccess("SECRETARIAT");
  let failed = false;

  const russian = await loadReport(access, "DMD", { includeProvisional: true }, "ru");
  const pdfFile = path.join(out, "report-ru.pdf");
  fs.writeFileSync(pdfFile, await renderReportPdf(russian));
  console.log(`Russian PDF: ${pdfFile} (${russian.title}; provisional note: ${russian.provisionalNote ?? "none"})`);
  if (has("pdftoppm")) {
    spawnSync("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", "4", pdfFile, path.join(out, "report-ru-page")]);
    console.log(`  pages 1-4 as PNG: ${out}/report-ru-page-*.png`);
  } else console.log("  pdftoppm is not installed: no PNGs");

  const romanian = await loadReport(access, "DMD", { includeProvisional: true }, "ro");
  const docxFile = path.join(out, "report-ro.docx");
  const docx = await renderReportDocx(romanian);
  fs.writeFileSync(docxFile, docx);
  console.log(`Romanian Word: ${docxFile} (${romanian.title})`);
  if (has("soffice")) {
    spawnSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", out, docxFile]);
    spawnSync("pdftoppm", [
      "-png",
      "-r",
      "70",
      "-f",
      "1",
      "-l",
      "4",
      docxFile.replace(/\.docx$/, ".pdf"),
      path.join(out, "report-ro-page"),
    ]);
    console.log(`  rendered by LibreOffice: ${out}/report-ro-page-*.png`);
  } else {
    const entries = unzipSync(docx.slice());
    const text = new TextDecoder().decode(entries["word/document.xml"]);
    const fonts = new TextDecoder().decode(entries["word/fontTable.xml"]);
    const commaBelow = (text.match(/[șțȘȚ]/g) ?? []).length;
    const cedilla = (text.match(/[şţŞŢ]/g) ?? []).length;
    const embedded = Object.keys(entries).filter((name) => name.startsWith("word/fonts/"));
    console.log(
      `  LibreOffice (soffice) is not installed: checked the XML instead. ș/ț (comma below): ${commaBelow}; ş/ţ (cedilla): ${cedilla}; font table names Noto Sans: ${fonts.includes("Noto Sans")}; embedded font files: ${embedded.length}`,
    );
    failed ||= commaBelow === 0 || cedilla > 0 || !fonts.includes("Noto Sans") || embedded.length === 0;
  }
  await db.$disconnect();
  return failed ? 1 : 0;
}

runOnScratchDatabase(main);
