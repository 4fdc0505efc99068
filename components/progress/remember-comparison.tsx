"use client";

import { useEffect } from "react";
import { comparisonCookieName } from "@/lib/progress/comparison-cookie";

/**
 * Keeps the years a person chose on the compare page, so that leaving for another tab and
 * coming back shows the same comparison (issue 14, trap 1). The URL carries the choice;
 * this copies it into a cookie the page reads when it is opened without one.
 */
export function RememberComparison({ frameworkCode, query }: { frameworkCode: string; query: string | null }) {
  useEffect(() => {
    if (query === null) return;
    document.cookie = `${comparisonCookieName(frameworkCode)}=${encodeURIComponent(query)}; path=/frameworks; max-age=${60 * 60 * 24 * 180}; samesite=lax`;
  }, [frameworkCode, query]);
  return null;
}
