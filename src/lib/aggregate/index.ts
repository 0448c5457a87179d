/**
 * Records → figures: group-by on integer codes, qualifiers carried through sums, and the rules
 * every figure follows (one area, one level, one period; files credited).
 */
export { groupSum } from './aggregate.ts';
export type { QualifiedSum } from './aggregate.ts';
export { areaFigure } from './area-figure.ts';
export type { AreaFigure, FigureQuery, PartsSum, RowsSum } from './area-figure.ts';
export { areaChoices, areaNamed, defaultArea } from './areas.ts';
export type { AreaChoice } from './areas.ts';
export { COMMENDATIONS_INDICATOR, DEFAULT_CRITERIA_TOTAL, computeOverview, openingArea, placeAll } from './overview.ts';
export type { CommuneCriteria, CriteriaYear, Overview, Placed, SourcedTables, TablesByKind, TargetsFigure, Unplaced } from './overview.ts';
export { numberColumn, periodAt, textColumn, yearColumn } from './pick.ts';
export type { Period } from './pick.ts';
export { PLACE_FIELD, placeRows } from './placement.ts';
export type { Placement } from './placement.ts';
export { creditsOf, mergeCredits } from './provenance.ts';
export type { Credit, DatasetRef, Origin, SourcedTable } from './provenance.ts';
export { rankUnits } from './ranking.ts';
export type { RankedUnit, Ranking } from './ranking.ts';
export { UnitDirectory, levelRank, unitKey } from './units.ts';
export type { UnitNode } from './units.ts';
