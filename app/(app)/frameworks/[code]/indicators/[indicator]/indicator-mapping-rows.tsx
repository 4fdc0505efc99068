import { getTranslations } from "next-intl/server";
import { GCM_OBJECTIVE_NAMES, MGI_DOMAIN_NAMES } from "@/lib/frameworks/builtin/reference-lists";
import type { IndicatorDetail } from "@/lib/frameworks/get-indicator-detail";

/** The rows of the indicator's "about" list that say where it maps to: MGI domains, SDG targets, GCM objectives. */
export async function IndicatorMappingRows({ mappings }: { mappings: IndicatorDetail["indicator"]["mappings"] }) {
  const t = await getTranslations("IndicatorPage");
  const mappingsOf = (scheme: string) => mappings.filter((mapping) => mapping.scheme === scheme).map((mapping) => mapping.code);
  const mgiDomains = mappingsOf("MGI_DOMAIN");
  const sdgTargets = mappingsOf("SDG_TARGET");
  const gcmObjectives = mappingsOf("GCM_OBJECTIVE");

  return (
    <>
      {mgiDomains.length > 0 ? (
        <>
          <dt>{t("mgiDomain")}</dt>
          <dd>{mgiDomains.map((code) => `${code}. ${MGI_DOMAIN_NAMES[Number(code)] ?? ""}`).join("; ")}</dd>
        </>
      ) : null}
      {sdgTargets.length > 0 ? (
        <>
          <dt>{t("sdgTargets")}</dt>
          <dd>{sdgTargets.join(", ")}</dd>
        </>
      ) : null}
      {gcmObjectives.length > 0 ? (
        <>
          <dt>{t("gcmObjectives")}</dt>
          <dd>
            <ul className="plain-list">
              {gcmObjectives.map((code) => (
                <li key={code}>
                  {code}. {GCM_OBJECTIVE_NAMES[Number(code)] ?? ""}
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </>
  );
}
