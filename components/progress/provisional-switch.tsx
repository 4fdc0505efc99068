import { useTranslations } from "next-intl";

/**
 * The visible switch between approved values only (the default) and approved plus
 * provisional values. A plain GET form: the choice lives in the address, so it can be shared.
 */
export function ProvisionalSwitch({ includeProvisional, hidden = {} }: { includeProvisional: boolean; hidden?: Record<string, string> }) {
  const t = useTranslations("ProvisionalSwitch");
  return (
    <form method="get" className="provisional-switch no-print">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset>
        <legend>{t("legend")}</legend>
        <label>
          <input type="radio" name="provisional" value="0" defaultChecked={!includeProvisional} /> {t("approvedOnly")}
        </label>
        <label>
          <input type="radio" name="provisional" value="1" defaultChecked={includeProvisional} /> {t("withProvisional")}
        </label>
        <button type="submit" className="button button--secondary">
          {t("show")}
        </button>
      </fieldset>
    </form>
  );
}
