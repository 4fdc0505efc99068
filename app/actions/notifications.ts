"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { runFormAction } from "@/app/_forms/run-form-action";
import { FORMAT_LOCALES, toLocale } from "@/lib/i18n/locales";
import { formTranslator } from "@/app/_forms/form-translator";
import { actionError, formList, formValues, formValuesWithLists, type ActionState } from "@/lib/actions/action-state";
import { requireActionAccess } from "@/app/_access/require-action-access";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { updateEmailPreferences } from "@/lib/notifications/update-email-preferences";
import { updateReminderDays } from "@/lib/notifications/update-reminder-days";

export async function updateEmailPreferencesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValuesWithLists(formData, ["emailKinds"]);
  try {
    const access = await requireActionAccess();
    const { changed } = await updateEmailPreferences(access, {
      emailKinds: formList(formData, "emailKinds"),
      digest: values.digest === undefined || values.digest === "" ? undefined : values.digest,
    });
    revalidatePath("/account");
    const t = await getTranslations("FormResults");
    return {
      status: "success",
      message: changed ? t("emailChoicesSaved") : t("emailChoicesUnchanged"),
    };
  } catch (error) {
    return actionError(error, values, await formTranslator());
  }
}

export async function markNotificationsReadAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const access = await requireActionAccess();
    const { marked } = await markNotificationsRead(access, { ids: formList(formData, "id") });
    // The layout's header shows the unread count on every page.
    revalidatePath("/", "layout");
    const t = await getTranslations("FormResults");
    return { status: "success", message: t("noticesMarkedRead", { count: marked }) };
  } catch (error) {
    return actionError(error, undefined, await formTranslator());
  }
}

export async function updateReminderDaysAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const [t, locale] = await Promise.all([getTranslations("ReminderDays"), getLocale().then(toLocale)]);
  return runFormAction({
    values,
    run: (access) => updateReminderDays(access, { reminderDays: values.reminderDays ?? "" }),
    revalidate: ["/admin/e-mail"],
    // "14, 7 and 3 days": the noun agrees with the last number, the one next to it.
    success: ({ reminderDays }) =>
      t("saved", {
        days: new Intl.ListFormat(FORMAT_LOCALES[locale], { type: "conjunction" }).format(reminderDays.map(String)),
        last: reminderDays.at(-1) ?? 0,
      }),
  });
}
