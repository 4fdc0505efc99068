import "server-only";
import type { ActionState } from "@/lib/actions/action-state";
import { requireConfirmation } from "@/lib/actions/confirmation";
import { formBoolean } from "@/lib/actions/form-boolean";
import type { AccessContext } from "@/lib/auth/access-context";
import { runFormAction } from "./run-form-action";

/**
 * The body of a form that turns one thing on or off (an institution or a person active, a
 * cycle open): its yes/no field, read strictly ("true" or "false"), decides which way, and
 * the answer says which way it went.
 */
export function runSwitchAction(
  formData: FormData,
  plan: {
    /** The form's yes/no field. */
    field: string;
    set: (access: AccessContext, isOn: boolean) => Promise<unknown>;
    /**
     * A destructive way needs the person's "I understand" (issue 14, trap 9): the message shown
     * at the box when it is not ticked; null: this way needs none.
     */
    confirm?: (isOn: boolean) => string | null;
    revalidate: readonly (string | readonly [string, "layout"])[];
    whenOn: string;
    whenOff: string;
  },
): Promise<ActionState> {
  return runFormAction({
    run: async (access) => {
      const isOn = formBoolean(formData, plan.field);
      const confirmation = plan.confirm?.(isOn);
      if (confirmation) requireConfirmation(formData, confirmation);
      await plan.set(access, isOn);
      return isOn;
    },
    revalidate: plan.revalidate,
    success: (isOn) => (isOn ? plan.whenOn : plan.whenOff),
  });
}
