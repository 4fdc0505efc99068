"use client";

/** Opens the browser's print dialog; the page's print styles leave only the report. */
export function PrintButton() {
  return (
    <button type="button" className="button button--secondary" onClick={() => window.print()}>
      Print this report
    </button>
  );
}
