/** Evidence files are checked by content as well as by name (decision 034), before anything is stored. */
import { describe, expect, it } from "vitest";
import { checkEvidenceFile } from "@/lib/evidence/check-evidence-file";
import { EVIDENCE_LIMITS } from "@/lib/evidence/evidence-limits";
import {
  CFB_BYTES,
  CSV_BYTES,
  docxBytes,
  EXE_BYTES,
  GIF_BYTES,
  JPEG_BYTES,
  odtBytes,
  PDF_BYTES,
  PNG_BYTES,
  WEBP_BYTES,
  xlsxBytes,
} from "../fixtures/evidence-files";
import { catchAppError } from "../fixtures/factories";

describe("checkEvidenceFile accepts", () => {
  it.each([
    ["decree.pdf", PDF_BYTES, "application/pdf"],
    ["chart.PNG", PNG_BYTES, "image/png"],
    ["scan.jpeg", JPEG_BYTES, "image/jpeg"],
    ["scan.jpg", JPEG_BYTES, "image/jpeg"],
    ["logo.gif", GIF_BYTES, "image/gif"],
    ["photo.webp", WEBP_BYTES, "image/webp"],
    ["letter.doc", CFB_BYTES, "application/msword"],
    ["table.xls", CFB_BYTES, "application/vnd.ms-excel"],
    ["report.odt", odtBytes("text"), "application/vnd.oasis.opendocument.text"],
    ["table.ods", odtBytes("spreadsheet"), "application/vnd.oasis.opendocument.spreadsheet"],
    ["Date Chișinău.csv", CSV_BYTES, "text/csv; charset=utf-8"],
  ])("%s as %s", async (fileName, bytes, contentType) => {
    const checked = await checkEvidenceFile({ fileName, bytes });
    expect(checked.contentType).toBe(contentType);
    expect(checked.fileName).toBe(fileName);
  });

  it("a Word document and an Excel workbook, made by their libraries", async () => {
    expect((await checkEvidenceFile({ fileName: "decree.docx", bytes: await docxBytes() })).contentType).toContain("wordprocessingml");
    expect((await checkEvidenceFile({ fileName: "table.xlsx", bytes: await xlsxBytes() })).contentType).toContain("spreadsheetml");
  });
});

describe("checkEvidenceFile refuses", () => {
  it.each([
    [
      "a program renamed .pdf",
      "invoice.pdf",
      EXE_BYTES,
      'The content of "invoice.pdf" is not a .pdf file (it looks like a Windows program)',
    ],
    ["a PDF renamed .png", "chart.png", PDF_BYTES, 'The content of "chart.png" is not a .png file (it looks like a .pdf file)'],
    ["CSV with a NUL byte", "data.csv", new Uint8Array([0x61, 0x2c, 0x00, 0x62]), 'The content of "data.csv" is not a .csv file'],
    ["CSV that is not UTF-8", "data.csv", new Uint8Array([0x61, 0x2c, 0xff, 0xfe, 0x62]), 'The content of "data.csv" is not a .csv file'],
    ["an empty file", "empty.pdf", new Uint8Array(), '"empty.pdf" is empty'],
    ["a program by its name", "setup.exe", EXE_BYTES, '"setup.exe" is not a kind of file accepted as evidence'],
    ["a name without extension", "README", CSV_BYTES, '"README" is not a kind of file accepted as evidence'],
    ["a path in the name", "../../etc/passwd.csv", CSV_BYTES, "A file name may not contain a folder (/ or \\); send the file itself"],
    [
      "a Windows path in the name",
      "C:\\Users\\x\\decree.pdf",
      PDF_BYTES,
      "A file name may not contain a folder (/ or \\); send the file itself",
    ],
    ["a control character in the name", "decree\r\n.pdf", PDF_BYTES, "A file name may not contain control characters"],
    ["an empty name", "  ", PDF_BYTES, "A file has no name"],
  ])("%s", async (_case, fileName, bytes, message) => {
    const error = await catchAppError(checkEvidenceFile({ fileName, bytes }));
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.message.startsWith(message)).toBe(true);
  });

  it("a file over 20 MB, with 413", async () => {
    const bytes = new Uint8Array(EVIDENCE_LIMITS.fileBytes + 1);
    bytes.set(PDF_BYTES);
    const error = await catchAppError(checkEvidenceFile({ fileName: "big.pdf", bytes }));
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.message).toBe('"big.pdf" is larger than 20 MB; split it or reduce it');
  });
});
