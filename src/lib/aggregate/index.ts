/**
 * Records → figures: group-by on integer codes, qualifiers carried through sums, and the rules
 * every figure follows (one area, one level, one period; files credited).
 */
export { groupSum, sumQualified } from './aggregate.ts';
export type { QualifiedSum } from './aggregate.ts';
export { areaFigure } from './area-figure.ts';
export type { AreaFigure, FigureQuery, PartsSum, RowsSum } from './area-figure.ts';
export { areaChoices, areaNamed, defaultArea } from './areas.ts';
export type { AreaChoice } from './areas.ts';
export { COMMENDATIONS_INDICATOR, computeOverview, openingArea, overviewPeriods } from './overview.ts';
export type { Overview, TargetsFigure, Unplaced } from './overview.ts';
export { placeAll } from './placed.ts';
export type { Placed, SourcedTables, TablesByKind } from './placed.ts';
export {
  DEFAULT_CRITERIA_TOTAL,
  criteriaBands,
  criteriaChange,
  criteriaHistory,
  criteriaYear,
  criteriaYears,
  summarise,
} from './criteria.ts';
export type { CommuneCriteria, CriteriaBand, CriteriaChange, CriteriaSummary, CriteriaYear } from './criteria.ts';
export { areaSeries, creditsOfGroups, periodsOf, previousPeriod, sumsBy } from './series.ts';
export type { GroupFigure, SeriesQuery } from './series.ts';
export { numberColumn, periodAt, textColumn, yearColumn } from './pick.ts';
export type { Period } from './pick.ts';
export { PLACE_FIELD, insideMask, placeRows } from './placement.ts';
export type { Placement } from './placement.ts';
export { creditsOf, creditsOfLists, mergeCredits } from './provenance.ts';
export type { Credit, DatasetRef, Origin, SourcedTable } from './provenance.ts';
export { rankUnits } from './ranking.ts';
export type { RankedUnit, Ranking } from './ranking.ts';
export { UnitDirectory, levelRank, unitKey } from './units.ts';
export type { UnitNode } from './units.ts';
export {
  INDICATORS,
  averageOf,
  indicatorOf,
  indicatorPeriods,
  levelValues,
  medianOf,
  periodsWithin,
  rankChange,
  standings,
} from './compare.ts';
export type { DerivedFigure, Indicator, IndicatorId, LevelValues, RankChange, Standing, UnitValue } from './compare.ts';
export { predecessorsOf, rollUp, successorOf } from './merger.ts';
export type { PartFigure, RollUp } from './merger.ts';
