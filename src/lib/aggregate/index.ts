/**
 * Records → figures: group-by on integer codes, qualifiers carried through sums, the overview's totals.
 */
export { groupSum } from './aggregate.ts';
export { DEFAULT_CRITERIA_TOTAL, computeOverview } from './overview.ts';
export type { CommuneCriteria, Figure, Overview, TablesByKind } from './overview.ts';
export { numberColumn, periodAt, textColumn, yearColumn } from './pick.ts';
export type { Period } from './pick.ts';
