"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { markNotificationsReadAction } from "@/app/actions/notifications";
import { IDLE } from "@/lib/actions/action-state";

/** Marks one notice as read, or (without an id) every unread notice. */
export function MarkReadForm({ id, title }: { id?: string; title?: string }) {
  const t = useTranslations("MarkReadForm");
  const [state, action] = useActionState(markNotificationsReadAction, IDLE);
  return (
    <form action={action}>
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {state.status === "error" ? (
        <p className="field__error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.status === "success" && !id ? <p role="status">{state.message}</p> : null}
      <button type="submit" className={id ? "link-button" : "button button--secondary"}>
        {id ? (
          <>
            {t("one")}
            <span className="visually-hidden">: {title}</span>
          </>
        ) : (
          t("all")
        )}
      </button>
    </form>
  );
}
