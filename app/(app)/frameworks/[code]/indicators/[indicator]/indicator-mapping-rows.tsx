import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { LocalizedText } from "@/components/matrix/localized-text";
import { GCM_OBJECTIVE_NAMES, MGI_DOMAIN_NAMES } from "@/lib/frameworks/builtin/reference-lists";
import {
  findBuiltinGcmObjectiveTranslations,
  findBuiltinMgiDomainTranslations,
} from "@/lib/frameworks/builtin/translations/find-builtin-translations";
import type { IndicatorDetail } from "@/lib/frameworks/get-indicator-detail";

/**
 * The rows of the indicator's "about" list that say where it maps to: MGI domains, SDG targets,
 * GCM objectives. Domain and objective names are the built-in reference lists, shown in the
 * reader's language where the list has it, marked as the original otherwise (decision 041).
 */
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
          <dd>
            {mgiDomains.map((code, index) => (
              <Fragment key={code}>
                {index > 0 ? "; " : null}
                {code}.{" "}
                <LocalizedText text={MGI_DOMAIN_NAMES[Number(code)] ?? ""} translations={findBuiltinMgiDomainTranslations(Number(code))} />
              </Fragment>
            ))}
          </dd>
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
                  {code}.{" "}
                  <LocalizedText
                    text={GCM_OBJECTIVE_NAMES[Number(code)] ?? ""}
                    translations={findBuiltinGcmObjectiveTranslations(Number(code))}
                  />
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </>
  );
}
