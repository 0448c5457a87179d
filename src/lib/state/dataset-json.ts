/**
 * Datasets as JSON text and back, typed arrays and all: how the bundled data, read by the
 * engine at build time, reaches the page without the engine. A typed array is written as
 * `{ "$typed": "Float64Array", "values": [...] }` (NaN as null), a number JSON cannot hold
 * (NaN, ±Infinity) as `{ "$number": "NaN" }`.
 */
import type { Dataset } from './dataset.ts';

const TYPED = { Float64Array, Float32Array, Int32Array, Uint32Array, Int16Array, Uint16Array, Int8Array, Uint8Array } as const;
type TypedName = keyof typeof TYPED;

/** The datasets as JSON text. */
export function datasetsToJson(datasets: readonly Dataset[]): string {
  return JSON.stringify(datasets, (_key, value: unknown) => {
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const name = value.constructor.name;
      if (!(name in TYPED)) throw new Error(`cannot write a ${name}`);
      return { $typed: name, values: Array.from(value as Float64Array, (x) => (Number.isNaN(x) ? null : x)) };
    }
    if (typeof value === 'number' && !Number.isFinite(value)) return { $number: String(value) };
    return value;
  });
}

/** The datasets of `datasetsToJson`'s text. */
export function datasetsFromJson(text: string): Dataset[] {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && '$typed' in value) {
      const { $typed, values } = value as { $typed: TypedName; values: (number | null)[] };
      return new TYPED[$typed](values.map((x) => x ?? NaN));
    }
    if (value && typeof value === 'object' && '$number' in value) return Number((value as { $number: string }).$number);
    return value;
  }) as Dataset[];
}
