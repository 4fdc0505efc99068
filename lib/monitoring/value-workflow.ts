import type { CycleStatus, ValueStatus } from "@/lib/generated/prisma/enums";
import { libText, type LibText } from "@/lib/i18n/lib-text";

/**
 * The life of a value in a reporting cycle, as one pure function:
 *
 *   (none) --edit--> DRAFT --submit--> SUBMITTED --approve--> APPROVED
 *                      ^                   |                     |
 *                      |                return                reopen
 *                      |                   v                     |
 *                      +----edit------ RETURNED <----------------+
 *
 * Institutions edit and submit; the secretariat approves, returns (with a reason) and
 * reopens approved values (with a reason). A closed cycle accepts no change.
 */
export type WorkflowAction = "edit" | "submit" | "approve" | "return" | "reopen";

/** A refusal is keyed (decision 035): the boundary words it in the reader's language, `message.english` elsewhere. */
export type TransitionResult = { ok: true; next: ValueStatus } | { ok: false; message: LibText };

export function checkTransition(
  action: WorkflowAction,
  current: ValueStatus | null,
  /** Null for a year without a reporting cycle (historical data brought in by an import). */
  cycle: { status: CycleStatus; year: number } | null,
): TransitionResult {
  if (cycle?.status === "CLOSED") return refused(libText("errors.valueCycleClosed", { year: String(cycle.year) }));
  switch (action) {
    case "edit":
      if (current === null || current === "DRAFT" || current === "RETURNED") return { ok: true, next: "DRAFT" };
      if (current === "SUBMITTED") return refused(libText("errors.valueAwaitsReview"));
      return refused(libText("errors.valueApprovedLocked"));
    case "submit":
      if (current === "DRAFT" || current === "RETURNED") return { ok: true, next: "SUBMITTED" };
      if (current === null) return refused(libText("errors.noValueToSubmit"));
      return refused(current === "SUBMITTED" ? libText("errors.valueAlreadySubmitted") : libText("errors.valueAlreadyApproved"));
    case "approve":
      if (current === "SUBMITTED") return { ok: true, next: "APPROVED" };
      return refused(reviewRefusal(current));
    case "return":
      if (current === "SUBMITTED") return { ok: true, next: "RETURNED" };
      return refused(reviewRefusal(current));
    case "reopen":
      if (current === "APPROVED") return { ok: true, next: "RETURNED" };
      return refused(libText("errors.onlyApprovedReopen"));
  }
}

function refused(message: LibText): TransitionResult {
  return { ok: false, message };
}

function reviewRefusal(current: ValueStatus | null): LibText {
  if (current === null) return libText("errors.noValueToReview");
  if (current === "APPROVED") return libText("errors.valueAlreadyApproved");
  if (current === "RETURNED") return libText("errors.valueAwaitsCorrection");
  return libText("errors.valueNotSubmittedYet");
}

/** Statuses whose values an institution may still change. */
export const EDITABLE_STATUSES: readonly ValueStatus[] = ["DRAFT", "RETURNED"];

/**
 * The one rule of which stored value any source (entry form, upload, API, import, seed) may
 * overwrite or clear: only a draft or returned value, or none yet, of a cycle that is not closed.
 */
export function checkValueWritable(current: ValueStatus | null, cycle: { status: CycleStatus; year: number } | null): TransitionResult {
  return checkTransition("edit", current, cycle);
}
