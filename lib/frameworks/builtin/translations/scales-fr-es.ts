import type { LevelDefinition } from "@/lib/indicators/value-types";
import { YES_NO_LEVELS } from "@/lib/indicators/value-types";
import { IMPLEMENTATION_LEVELS, MGI_LEVELS, SDG_10_7_2_LEVELS } from "../scales";
import type { BuiltinScaleTexts } from "./builtin-texts";

/**
 * The answer scales in French and Spanish, each beside the English scale it translates. The
 * MGI labels use the words of the MGI definitions' translations ("partiellement présent",
 * "plenamente presente"...), so that an answer reads like the definition it answers.
 */
export const SCALE_TEXTS: readonly { levels: readonly LevelDefinition[]; labels: BuiltinScaleTexts }[] = [
  {
    levels: MGI_LEVELS,
    labels: {
      absent: { fr: "Absent", es: "Ausente" },
      partial: { fr: "Partiellement présent", es: "Parcialmente presente" },
      full: { fr: "Pleinement présent", es: "Plenamente presente" },
    },
  },
  {
    levels: SDG_10_7_2_LEVELS,
    labels: {
      no: { fr: "Non", es: "No" },
      partial: { fr: "En partie", es: "En parte" },
      yes: { fr: "Oui", es: "Sí" },
    },
  },
  {
    levels: YES_NO_LEVELS,
    labels: {
      no: { fr: "Non", es: "No" },
      yes: { fr: "Oui", es: "Sí" },
    },
  },
  {
    levels: IMPLEMENTATION_LEVELS,
    labels: {
      none: { fr: "Non commencé", es: "No iniciado" },
      initiated: { fr: "Engagé", es: "Iniciado" },
      advanced: { fr: "Avancé", es: "Avanzado" },
      completed: { fr: "Achevé", es: "Completado" },
    },
  },
];
