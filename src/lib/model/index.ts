/**
 * The vocabulary every other folder speaks, with no I/O: kinds and their columns (schema),
 * records stored column by column, Vietnamese numbers and text clean-up, the report of one file;
 * and `Recent`, the last few results of a costly step kept by what they were made from.
 */
export { cleanMultiline, cleanText, foldDiacritics, foldKey, headerUnit } from './normalize.ts';
export { FLAG_TICK, FLAG_WORDS, readFlag } from './flags.ts';
export { MAX_YEAR, MIN_YEAR, numberEvidence, parseViNumber, parseYear } from './numbers.ts';
export type { NumberReading, NumberSpec } from './numbers.ts';
export { Recent } from './recent.ts';
export { QUALIFIER_CODES, qualifierCode, rowAt, toRows, yearValue } from './records.ts';
export type { Column, NumberColumn, RecordTable, TextColumn, YearColumn } from './records.ts';
export { emptyReport, fileProblem, refuse, rejectedReport, trimTrailingEmpty } from './report.ts';
export type { ExcludedRow, IngestOptions, IngestProgress, IngestReport } from './report.ts';
export { KINDS, closestKind, kindSpec, matchHeader, recogniseKind } from './schema.ts';
export type { FieldSpec, HeaderMatch, KindSpec } from './schema.ts';
export type { Delimiter, EncodingName, Kind, Notice, NoticeCode, NumberFormat, Params, Problem, ProblemCode, Qualifier } from './types.ts';
export { viHeader } from './vi-header.ts';
