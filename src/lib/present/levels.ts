/**
 * Units of one level in words: counted ("3 xã", "2 huyện", "5 đơn vị" for a level no list
 * names) or named ("huyện Pác Nặm, tỉnh Bắc Kạn").
 */
import type { UnitNode } from '../aggregate/index.ts';
import { foldDiacritics } from '../model/index.ts';
import { dataText, formatDecimal, translate, type Lang, type MessageKey } from '../i18n/index.ts';

type LevelKey = 'level.tinh' | 'level.huyen' | 'level.xa' | 'level.other';

const LEVEL_KEYS: Record<string, LevelKey> = {
  tinh: 'level.tinh',
  'thanh pho truc thuoc trung uong': 'level.tinh',
  huyen: 'level.huyen',
  quan: 'level.huyen',
  'thi xa': 'level.huyen',
  'thanh pho': 'level.huyen',
  xa: 'level.xa',
  phuong: 'level.xa',
  'thi tran': 'level.xa',
  'xa/co so': 'level.xa',
};

/**
 * `count` units of `level` in words.
 * @example partsName('xã', 3, 'vi') === '3 xã'; partsName(null, 5, 'en') === '5 units'
 */
export function partsName(level: string | null, count: number, lang: Lang): string {
  const key: LevelKey = (level && LEVEL_KEYS[foldDiacritics(level).trim()]) || 'level.other';
  const one: MessageKey = `${key}.one`;
  return translate(lang, count === 1 ? one : key, { count: formatDecimal(count, lang) });
}

/**
 * An area with the areas above it, each with its level: "Huyện Pác Nặm, tỉnh Bắc Kạn" (lower case
 * first with `capital` false, inside a sentence).
 * @example placeName([pacNam, bacKan], 'en') === 'Pác Nặm district, Bắc Kạn province'
 */
export function placeName(chain: readonly UnitNode[], lang: Lang, capital = true): string {
  const text = chain
    .map((n) => {
      const key: LevelKey = (n.level && LEVEL_KEYS[foldDiacritics(n.level).trim()]) || 'level.other';
      const place: MessageKey = `place.${key.slice('level.'.length) as 'tinh' | 'huyen' | 'xa' | 'other'}`;
      const name = dataText(n.name, lang);
      // A name that already says its level ("Huyện Mẫu") is not given it twice; compared with its
      // marks, so that "Xá Mai" is still "xã Xá Mai".
      const lower = (text: string) => text.normalize('NFC').toLowerCase();
      const said = lang === 'vi' && !!n.level && lower(name).startsWith(`${lower(n.level)} `);
      return said ? name : translate(lang, place, { name });
    })
    .join(', ');
  return capital ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
