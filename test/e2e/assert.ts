/**
 * `node:assert/strict` for the browser tests, with one change: `assert.ok(value)` without a
 * message says what it got instead of quoting the failing line. To quote it, Node reads and
 * parses the test's source, and under tsx that parse of a long test file ran for 15 minutes
 * (one failed test held up a whole CI run); with a message of its own it fails at once.
 */
import strict from 'node:assert/strict';

function ok(value: unknown, message?: string | Error): asserts value {
  strict.ok(value, message ?? `expected a true value, got ${String(value)}`);
}

const assert: typeof strict = Object.assign(ok, strict, { ok }) as typeof strict;
export default assert;
