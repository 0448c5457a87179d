/**
 * Numbers written back as a Vietnamese office user writes them (`15.486`, `1.250,5`,
 * `hơn 57`), so that a file the app exports reads again as the same records.
 */
import type { Qualifier } from '../model/index.ts';

// Exponent notation (1e21, 1e-7) is the one case String() cannot give digit by digit.
const EXPONENT_FORMAT = new Intl.NumberFormat('vi-VN', { useGrouping: true, maximumFractionDigits: 20 });

/**
 * A number the Vietnamese way, every digit kept: `.` groups thousands, `,` is the decimal mark.
 * @example viNumber(1250.5) === '1.250,5'
 */
export function viNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const plain = String(abs);
  if (plain.includes('e')) return sign + EXPONENT_FORMAT.format(abs);
  const [int = '', frac] = plain.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, '.');
  return sign + grouped + (frac ? `,${frac}` : '');
}

// Words and signs the reader understands for each qualifier (docs/data-format.md §3.3). "gần" would
// say "a little below", which an approximate value need not be: "khoảng" says only "about".
const QUALIFIED: Record<Qualifier, (n: string) => string> = {
  gt: (n) => `hơn ${n}`,
  gte: (n) => `≥ ${n}`,
  lt: (n) => `dưới ${n}`,
  lte: (n) => `≤ ${n}`,
  approx: (n) => `khoảng ${n}`,
  nearly: (n) => `gần ${n}`,
};

/**
 * A value and its qualifier as one cell; '' when the value is absent (NaN).
 * @example qualifiedText(57, 'gt') === 'hơn 57'
 */
export function qualifiedText(value: number, qualifier: Qualifier | null): string {
  if (Number.isNaN(value)) return '';
  const n = viNumber(value);
  return qualifier ? QUALIFIED[qualifier](n) : n;
}
