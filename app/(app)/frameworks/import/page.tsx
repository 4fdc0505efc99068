import type { Metadata } from "next";
import { OpenSdgImportForm } from "@/components/imports/open-sdg-import-form";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { DEFAULT_OPEN_SDG_FRAMEWORK_NAME } from "@/lib/open-sdg/plan-open-sdg-import";
import { DEFAULT_OPEN_SDG_FRAMEWORK_CODE, MAX_OPEN_SDG_ZIP_BYTES } from "@/lib/open-sdg/start-open-sdg-import";

export const metadata: Metadata = { title: "Import Open SDG data" };

export default async function OpenSdgImportPage() {
  await requirePageAccess("frameworks.manage");
  return (
    <>
      <Breadcrumbs items={[{ href: "/frameworks", label: "Frameworks" }, { label: "Import Open SDG data" }]} />
      <div className="page-header">
        <h1>Import Open SDG data</h1>
        <p className="page-header__lead">
          Bring a national SDG reporting platform&rsquo;s data into the tracker: goals and targets become areas, each indicator file an
          indicator, with every value, breakdown and the names in every language of the metadata.
        </p>
      </div>
      <div className="card">
        <p>
          Send a zip of the data set&rsquo;s <code>data</code> folder (one <code>indicator_*.csv</code> file per indicator) and its{" "}
          <code>meta</code> folder (<code>meta/*.md</code>, with translations in <code>meta/ro/</code> and the like). SDMX-ML 2.1 data
          messages (generic or structure-specific <code>.xml</code> files) may come with or instead of the CSV files. Importing again
          updates changed values and adds what is new; nothing is duplicated. Imported values are approved: they are published official
          statistics.
        </p>
        <OpenSdgImportForm
          defaultCode={DEFAULT_OPEN_SDG_FRAMEWORK_CODE}
          defaultName={DEFAULT_OPEN_SDG_FRAMEWORK_NAME}
          maxBytes={MAX_OPEN_SDG_ZIP_BYTES}
        />
      </div>
    </>
  );
}
