import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { formatDate } from "@/lib/indicators/format-value";
import { getEntryForm } from "@/lib/monitoring/get-entry-form";
import { AreaPicker } from "@/components/frameworks/area-picker";
import { chooseArea } from "@/lib/pages/choose-area";
import { parseAreaViewQuery } from "@/lib/pages/parse-area-view-query";
import { EntryForm } from "./entry-form";
import { UploadPanel } from "./upload-panel";

/** Up to this many indicators, the institution's form shows every area at once, as it always did. */
const WHOLE_FORM_INDICATORS = 40;

type Props = PageProps<"/cycles/[framework]/[year]/entry">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { framework, year } = await props.params;
  return { title: `Enter ${decodeURIComponent(framework)} ${year} values` };
}

export default async function EntryPage(props: Props) {
  const params = await props.params;
  const access = await requirePageAccess("values.enter");
  const target = { frameworkCode: decodeURIComponent(params.framework), year: Number(params.year) };
  if (!Number.isInteger(target.year)) notFound();
  const form = await getEntryForm(access, target).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });

  // A large form is shown one area at a time (a whole one costs what it shows: hundreds of
  // inputs to render and hydrate); what is still empty elsewhere is listed before submitting.
  const view = parseAreaViewQuery(await props.searchParams);
  const isWhole = form.areas.reduce((count, area) => count + area.indicators.length, 0) <= WHOLE_FORM_INDICATORS;
  const current = chooseArea(form.areas, view.area);
  const missingElsewhere = form.areas
    .filter((area) => area !== current)
    .flatMap((area) => area.indicators.flatMap((indicator) => indicator.rows.map((row) => ({ indicator, row }))))
    .filter(({ row }) => !row.current?.input)
    .map(({ indicator, row }) => ({ text: `${indicator.code} ${indicator.name}: ${row.label}` }));
  const basePath = `/cycles/${encodeURIComponent(form.cycle.frameworkCode)}/${form.cycle.year}/entry`;

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/cycles", label: "Reporting cycles" },
          {
            href: `/cycles/${encodeURIComponent(form.cycle.frameworkCode)}/${form.cycle.year}`,
            label: `${form.cycle.frameworkCode} ${form.cycle.year}`,
          },
          { label: `${form.institution.code} values` },
        ]}
      />
      <div className="page-header">
        <p className="page-header__eyebrow">
          {form.cycle.frameworkName} · {form.cycle.year}
        </p>
        <h1>
          {form.institution.name}: values for {form.cycle.year}
        </h1>
        <p className="page-header__lead">
          {form.counts.filled} of {form.counts.rows} values entered. Submit to the secretariat by{" "}
          {formatDate(form.cycle.submissionDeadline)}.
        </p>
      </div>
      {form.cycle.status === "CLOSED" ? (
        <div className="notice">
          <p>This cycle is closed: its values can no longer change.</p>
        </div>
      ) : (
        <details className="card upload-details">
          <summary>Fill in a spreadsheet instead</summary>
          <UploadPanel frameworkCode={form.cycle.frameworkCode} year={form.cycle.year} />
        </details>
      )}
      {form.areas.length === 0 ? (
        <p>Your institution reports no indicator of this framework.</p>
      ) : isWhole ? (
        <EntryForm form={form} />
      ) : (
        <>
          <AreaPicker
            basePath={basePath}
            areas={form.areas.map((area) => ({ code: area.code, name: area.name, count: area.indicators.length }))}
            currentCode={current!.code}
            label="Areas of your institution's indicators"
          />
          <p className="notice" role="note">
            One area at a time: save your draft before you move to another area. Submitting sends every saved value of{" "}
            {form.institution.code}, in all areas.
          </p>
          <EntryForm key={current!.code} form={{ ...form, areas: [current!] }} missingElsewhere={missingElsewhere} />
        </>
      )}
    </>
  );
}
