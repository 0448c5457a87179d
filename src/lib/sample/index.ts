/**
 * Made-up data for trying the app and for benchmarks: an imaginary district, labelled as such.
 */
export { mulberry32, sampleChunks, sampleText } from './sample.ts';
export type { SampleOptions } from './sample.ts';
