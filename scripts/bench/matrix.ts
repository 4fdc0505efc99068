// `npm run bench:matrix`: on a scratch database, (1) imports a 500-indicator matrix workbook
// as the next draft of a framework (import_500_xlsx_ms, target under 3,000 ms), (2) diffs two
// 500-indicator versions (diff_500_ms, target under 300 ms), (3) loads the editor's read
// model of a 500-indicator draft and renders the editor's view to HTML on the server
// (editor_500_render_ms, target under 300 ms). Medians of warm runs; exits 1 if a target is missed.
import { runOnScratchDatabase } from "./run-on-scratch-database";

const TARGETS = { import_500_xlsx_ms: 3000, diff_500_ms: 300, editor_500_render_ms: 300 } as const;
const INDICATORS = 500;

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function main(): Promise<number> {
  const { db } = await import("@/lib/db");
  const { systemActor } = await import("@/lib/audit/audit-actions");
  const { createWorkspace } = await import("@/lib/workspaces/create-workspace");
  const { installFramework } = await import("@/lib/frameworks/install-framework");
  const { loadAccessContext } = await import("@/lib/auth/load-access-context");
  const { buildSyntheticMatrix } = await import("@/lib/matrix/build-synthetic-version-pair");
  const { measureDefinitionDiff } = await import("@/lib/matrix/measure-definition-diff");
  const { loadVersionDefinition } = await import("@/lib/matrix/load-version-definition");
  const { writeMatrixWorkbook } = await import("@/lib/matrix/write-matrix-workbook");
  const { importMatrixFile } = await import("@/lib/frameworks/editor/import-matrix-file");
  const { getDraftEditor } = await import("@/lib/frameworks/editor/get-draft-editor");
  const { createElement } = await import("react");
  const { renderToString } = await import("react-dom/server");
  const { DraftEditorView } = await import("@/components/matrix/draft-editor-view");
  const { AddAreaForm } = await import("@/components/matrix/editor-forms");

  const actor = systemActor("benchmark");
  const definition = buildSyntheticMatrix(INDICATORS);
  const institutions = ["MFA", "MLSP", "MIA", "NBS", "DRB", "MH", "ME"].map((code) => ({ code, name: `Institution ${code}` }));
  const { workspaceId, versionId } = await db.$transaction(async (tx) => {
    const { workspaceId } = await createWorkspace(tx, { slug: "bench", name: "Benchmark", institutions, actor });
    // The synthetic matrix disaggregates by an AGE dimension beside the standard ones.
    await tx.dimension.create({
      data: { workspaceId, code: "AGE", name: "Age", members: { create: [{ code: "Y15T24", name: "15-24" }] } },
    });
    const installed = await installFramework(tx, { workspaceId, definition, actor });
    return { workspaceId, versionId: installed.versionId };
  });
  const user = await db.user.create({
    data: { email: "secretariat@bench.example", name: "Secretariat", memberships: { create: { workspaceId, role: "SECRETARIAT" } } },
  });
  const access = (await loadAccessContext(user.id, { via: "session" }))!;
  const exported = await loadVersionDefinition({ workspaceId, versionId });
  const count = exported.definition.areas.flatMap((area) => area.areas ?? []).flatMap((leaf) => leaf.indicators ?? []).length;
  const workbook = new Uint8Array(await writeMatrixWorkbook(exported.definition, exported.references));
  console.log(`matrix: ${count} indicators, workbook ${(workbook.byteLength / 1024).toFixed(0)} KB`);

  // (1) Import as the next draft, three times; the draft is removed between runs (one working version at a time).
  const importTimes: number[] = [];
  let draftNumber = 0;
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    const result = await importMatrixFile(access, {
      file: { fileName: "bench.xlsx", bytes: workbook },
      mode: "new-draft",
      frameworkCode: definition.code,
      label: `draft ${run}`,
      dryRun: false,
    });
    importTimes.push(performance.now() - started);
    if (result.status !== "imported") throw new Error(`The import was refused: ${JSON.stringify(result).slice(0, 400)}`);
    if (result.counts.indicators !== count || !result.diff.summary.isEmpty)
      throw new Error("The imported draft differs from the version exported");
    draftNumber = result.target.versionNumber;
    if (run < 2) await db.frameworkVersion.delete({ where: { id: result.versionId } });
  }
  console.log(`import ${count}-indicator XLSX as a new draft: ${importTimes.map(round).join(", ")} ms`);

  // (2) The diff of two 500-indicator versions (pure, warm runs).
  const diff = measureDefinitionDiff({ indicators: INDICATORS, runs: 20 });
  console.log(
    `diff of two ${diff.indicators}-indicator versions: median ${diff.medianMs} ms (first ${diff.firstMs}, slowest ${diff.maxMs})`,
  );

  // (3) The editor page's server work: the read model and the view rendered to HTML.
  const renderTimes: number[] = [];
  let html = "";
  for (let run = 0; run < 7; run += 1) {
    const started = performance.now();
    const editor = await getDraftEditor(access, { frameworkCode: definition.code, versionNumber: draftNumber });
    // The page's whole tree: the view and its "add an area" form (a client component, rendered as on the server).
    const version = { frameworkCode: editor.framework.code, versionNumber: editor.version.number, versionId: editor.version.id };
    html = renderToString(
      createElement(DraftEditorView, { editor, addArea: createElement(AddAreaForm, { version, areas: editor.areaList }) }),
    );
    renderTimes.push(performance.now() - started);
  }
  const rows = (html.match(/<tr id="indicator-/g) ?? []).length;
  if (rows !== count) throw new Error(`The editor rendered ${rows} indicator rows instead of ${count}`);
  console.log(
    `editor read model + render of ${rows} indicators (${(html.length / 1024).toFixed(0)} KB of HTML): ${renderTimes.map(round).join(", ")} ms`,
  );

  const figures = {
    import_500_xlsx_ms: round(median(importTimes)),
    diff_500_ms: diff.medianMs,
    editor_500_render_ms: round(median(renderTimes)),
  };
  const missed = (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).filter((key) => figures[key] >= TARGETS[key]);
  console.log(
    `targets: ${Object.entries(TARGETS)
      .map(([key, ms]) => `${key} < ${ms}`)
      .join(", ")} -> ${missed.length === 0 ? "met" : `MISSED ${missed.join(", ")}`}`,
  );
  await db.$disconnect();
  console.log(JSON.stringify({ bench: "matrix", figures }));
  return missed.length === 0 ? 0 : 1;
}

runOnScratchDatabase(main);
