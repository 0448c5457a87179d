/**
 * A date written out in words, as at the head of a printed page: "ngày 04 tháng 12 năm 2026"
 * (a day under 10 and the months 1 and 2 take a leading zero, as administrative documents
 * write them), "4 December 2026" in English.
 */
import { translate, type Lang } from './translate.ts';

const monthNames = new Intl.DateTimeFormat('en-GB', { month: 'long' });

/** The date of `date` (local time) in words. */
export function formatLongDate(date: Date, lang: Lang): string {
  const day = date.getDate();
  const month = date.getMonth() + 1;
  const year = String(date.getFullYear());
  if (lang === 'vi') {
    return translate('vi', 'date.long', { day: String(day).padStart(2, '0'), month: month <= 2 ? `0${month}` : String(month), year });
  }
  return translate('en', 'date.long', { day: String(day), month: monthNames.format(date), year });
}
