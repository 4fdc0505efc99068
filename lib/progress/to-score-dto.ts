import type { AreaScore } from "./score-areas";

/** An area's score as the API and the JSON export carry it; area "_T" is the whole framework. */
export function toScoreDto(score: AreaScore) {
  return {
    area: score.areaCode,
    parent: score.parentCode,
    year: score.year,
    score: score.score,
    category: score.category,
    indicatorsCounted: score.indicatorsCounted,
    indicatorsTotal: score.indicatorsTotal,
    provisional: score.provisional,
  };
}
