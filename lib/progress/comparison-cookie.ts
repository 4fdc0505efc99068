/** The cookie that keeps a framework's chosen comparison (its query) across navigation (issue 14, trap 1). */
export function comparisonCookieName(frameworkCode: string): string {
  return `compare-${encodeURIComponent(frameworkCode).replace(/%/g, "_")}`;
}
