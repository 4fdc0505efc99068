import { INK } from "../chart-primitives";
import type { ReportSection } from "../report-sections";
import { bookmark, styles, type PageMap, type ReactPdf } from "./pdf-theme";

/**
 * The table of contents, each line a link to its section. A page number is the one recorded
 * by the previous rendering (`toc`) or, failing that, by this one (`record`); the number
 * printed is noted in `printed`, so that renderReportPdf can check it against where the
 * heading landed.
 */
export function createContents({ Link, Text, View }: ReactPdf) {
  return function Contents({
    title,
    sections,
    toc,
    record,
    printed,
  }: {
    title: string;
    sections: ReportSection[];
    toc: PageMap;
    record: PageMap;
    printed: PageMap;
  }) {
    return (
      <>
        <Text style={styles.h1} {...bookmark(title)}>
          {title}
        </Text>
        {sections.map((section) => (
          <Link key={section.id} src={`#${section.id}`} style={{ textDecoration: "none", color: INK }}>
            <View style={styles.tocRow}>
              <Text style={{ flexGrow: 1, fontSize: 10.5 }}>{section.title}</Text>
              {/* Re-run in react-pdf's last pass, after every heading recorded its page. */}
              <Text
                style={{ width: 30, fontSize: 10.5, textAlign: "right" }}
                render={() => {
                  const page = toc[section.id] ?? record[section.id];
                  printed[section.id] = page ?? 0;
                  // A placeholder of two digits keeps room for the number in the first layout pass.
                  return page ? String(page) : "00";
                }}
              />
            </View>
          </Link>
        ))}
      </>
    );
  };
}
