import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../stream/index.ts';
import { sampleText } from '../../sample/index.ts';
import { KINDS } from '../../model/index.ts';
import { warmUp, warmUpAndSay } from './warm-up.ts';

describe('warming up a worker', () => {
  it('reads a made-up file of every kind through the engine', () => {
    expect(warmUp(50)).toBe(50 * KINDS.length);
  });

  it('leaves no trace in the next import', () => {
    const bytes = new TextEncoder().encode(sampleText({ kind: 'criteria', rows: 200, seed: 7 }).replace('2019', '2O19'));
    const cold = ingestBytes(bytes, { fileName: 'xa.csv' });
    warmUp(100);
    const warm = ingestBytes(bytes, { fileName: 'xa.csv' });
    expect(cold.problems.length).toBeGreaterThan(0);
    expect(warm).toEqual(cold);
  });

  it('says when it is done', () => {
    const said: unknown[] = [];
    warmUpAndSay((m) => said.push(m));
    expect(said).toEqual([{ type: 'warm' }]);
  });

  it('asked for no rows, only says the worker is ready', () => {
    const said: unknown[] = [];
    warmUpAndSay((m) => said.push(m), 0);
    expect(said).toEqual([{ type: 'warm' }]);
  });
});
