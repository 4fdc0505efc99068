import { useTranslations } from "next-intl";
import { useEffect } from "react";

/**
 * While the form holds unsaved entries, leaving the page asks first (issue 14, trap 4): the
 * browser's own question when the page is closed, reloaded or left for another site
 * (beforeunload), and a confirm dialog when a link of the application is followed, since
 * those change the page without unloading it. Links to a place on the same page (the error
 * summary's links to fields) and downloads leave nothing behind, so they pass.
 */
export function useLeaveWarning(hasUnsavedEntries: boolean) {
  const t = useTranslations("entry");
  const question = t("leaveWarning");
  useEffect(() => {
    if (!hasUnsavedEntries) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the question only when returnValue is set.
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download")) return;
      if (link.target === "_blank" || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const to = new URL(link.href, window.location.href);
      const isSamePage =
        to.origin === window.location.origin && to.pathname === window.location.pathname && to.search === window.location.search;
      if (isSamePage && to.hash) return;
      if (window.confirm(question)) return;
      // Stopped before the application's own click handling (next/link), which would move on.
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, { capture: true });
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, { capture: true });
    };
  }, [hasUnsavedEntries, question]);
}
