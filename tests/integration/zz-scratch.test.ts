import { it, expect } from "vitest";
import { exportFramework } from "@/lib/exports/export-framework";
import { createMonitoringMembers, createTestWorkspace } from "../fixtures/factories";
import { createExportFramework, createSdgStyleFramework, decodeUtf8, pdfPageTexts, unzipEntries } from "../fixtures/export-files";

it("dumps", async () => {
  const { workspaceId } = await createTestWorkspace();
  const members = await createMonitoringMembers(workspaceId);
  const fw = await createExportFramework(workspaceId);
  const sdg = await createSdgStyleFramework(workspaceId);
  const pdf = await exportFramework(members.secretariat, {
    frameworkCode: fw.code,
    format: "pdf",
    includeProvisional: true,
    dataset: "values",
  });
  const pages = await pdfPageTexts(pdf.bytes);
  pages.forEach((p, i) => console.log(`--- page ${i + 1}\n${p}`));
  for (const f of ["csv", "sdmx-csv"] as const)
    console.log(
      decodeUtf8(
        (await exportFramework(members.secretariat, { frameworkCode: fw.code, format: f, includeProvisional: false, dataset: "values" }))
          .bytes,
      ),
    );
  console.log(
    decodeUtf8(
      (
        await exportFramework(members.secretariat, {
          frameworkCode: sdg.code,
          format: "sdmx-csv",
          includeProvisional: false,
          dataset: "scores",
        })
      ).bytes,
    ),
  );
  const docx = await exportFramework(members.secretariat, {
    frameworkCode: sdg.code,
    format: "docx",
    includeProvisional: false,
    dataset: "values",
  });
  const e = unzipEntries(docx.bytes);
  console.log(Object.keys(e));
  const d = decodeUtf8(e["word/document.xml"]!);
  const i = d.indexOf("Heading1");
  console.log(d.slice(i - 200, i + 800));
  expect(1).toBe(1);
});
