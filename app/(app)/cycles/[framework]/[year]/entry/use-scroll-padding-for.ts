import { useEffect, type RefObject } from "react";

/**
 * Keeps what gets keyboard focus clear of a bar stuck to the bottom of the window (WCAG 2.4.11,
 * technique C43): the page's scroll-padding-bottom follows the bar's height, so that a field
 * scrolled into view by Tab stops above the bar instead of under it.
 */
export function useScrollPaddingFor(barRef: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const bar = barRef.current;
    if (!bar) return;
    const page = document.documentElement;
    const follow = () => page.style.setProperty("scroll-padding-bottom", `${Math.ceil(bar.getBoundingClientRect().height) + 8}px`);
    follow();
    const observer = new ResizeObserver(follow);
    observer.observe(bar);
    return () => {
      observer.disconnect();
      page.style.removeProperty("scroll-padding-bottom");
    };
  }, [barRef]);
}
