import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable, scoreVietnamese } from './vn-syllable.ts';

describe('isVietnameseSyllable', () => {
  it.each([
    'Báo',
    'cáo',
    'Huyện',
    'ủy',
    'Pác',
    'Nặm',
    'Bộc',
    'Bố',
    'Giáo',
    'Hiệu',
    'Khuổi',
    'Ỏ',
    'Đảng',
    'người',
    'giếng',
    'gì',
    'quốc',
    'quyết',
    'khuya',
    'thuở',
    'nghiệp',
    'thưởng',
    'xoong',
    'yên',
    'HUYỆN',
    'Ủy',
    'tuân',
    'hoạch',
    'khoanh',
    'huỳnh',
    'giường',
    'của',
    'mưa',
    'tiêu',
    'yêu',
  ])('accepts %s', (word) => expect(isVietnameseSyllable(word)).toBe(true));

  it.each([
    ['HuyÖn', 'a foreign letter'],
    ['B¸o', 'a symbol'],
    ['Boäc', 'a foreign letter'],
    ['hĐND', 'no vowel'],
    ['bác̀', 'two tones'],
    ['cảc', 'hỏi on a stop final'],
    ['kan', 'k before a'],
    ['ghá', 'gh before a'],
    ['ci', 'c before i'],
    ['boá', 'a glide after a labial'],
    ['HuYện', 'mixed case'],
    ['iên', 'iê without onset'],
    ['tyên', 'yê after an onset'],
    ['quu', 'qu before u'],
    ['nghiêngg', 'too long'],
    ['ăn̄', 'an unknown mark'],
  ])('rejects %s (%s)', (word) => expect(isVietnameseSyllable(word)).toBe(false));
});

describe('scoreVietnamese', () => {
  it('scores the right decoding above a wrong one', () => {
    const right = scoreVietnamese('Báo cáo Huyện ủy Pác Nặm, hơn 57 triệu đồng');
    const wrong = scoreVietnamese('B¸o c¸o HuyÖn ñy P¸c NÆm, h¬n 57 triÖu ®ång');
    expect(right).toMatchObject({ valid: 9, invalid: 0 });
    expect(wrong.score).toBeLessThan(0);
    expect(right.score).toBeGreaterThan(wrong.score);
  });

  it('breaks a tie between well-spelled readings with frequent syllables', () => {
    expect(scoreVietnamese('Bộc Bố').score).toBeGreaterThan(scoreVietnamese('Béc Bè').score);
  });

  it('ignores ASCII words and typographic punctuation', () => {
    expect(scoreVietnamese('“UBND” – 2016 … Bố')).toEqual({ score: 3, valid: 1, invalid: 0, words: 2 });
  });

  it('treats initialisms with Đ as neither good nor bad', () => {
    expect(scoreVietnamese('HĐND BCĐ')).toMatchObject({ score: 0, valid: 0, invalid: 0 });
  });
});
