import { describe, expect, it } from 'vitest';
import { keptParts, keptRuns } from '../../src/lib/numbers';

const whole = (text: string) =>
  keptParts(text)
    .filter((p) => p.whole)
    .map((p) => p.text);

describe('numbers kept on one line', () => {
  it('keeps each number with its word, and lets a date wrap between its pairs', () => {
    expect(whole('2022 оны 12 дугаар сарын 25-нд')).toEqual(['2022 оны', '12 дугаар', 'сарын 25']);
    expect(whole('Засгийн газрын 291 дүгээр тогтоол')).toEqual(['291 дүгээр']);
    expect(whole('Order No. 291 of 5 March 2021')).toEqual(['No. 291', '5 March']);
    expect(whole('on March 5, 2021, see № 12')).toEqual(['March 5', '№ 12']);
    expect(whole('1-р сар, 2019-нд')).toEqual(['1-р', '2019-нд']);
  });

  it('keeps phone, standard and order numbers whole', () => {
    expect(whole('Call 1800-2525 now')).toEqual(['1800-2525']);
    expect(whole('MNS ISO 9001:2016 and MNS 5380-2:2004, MNTR 1:2008')).toEqual([
      'MNS ISO 9001:2016',
      'MNS 5380-2:2004',
      'MNTR 1:2008',
    ]);
    expect(whole('тушаал А/384, order A/12')).toEqual(['А/384', 'A/12']);
  });

  it('leaves other text alone and loses nothing', () => {
    for (const text of [
      '',
      'онцгой 12 хүн',
      '2020',
      'Sonyn 12 дугаарт',
      'ISO9001',
      'Octobers 12th',
      'он 2020',
    ]) {
      expect(
        keptParts(text)
          .map((p) => p.text)
          .join(''),
      ).toBe(text);
    }
    expect(whole('2020')).toEqual([]);
    expect(whole('онцгой 12 хүн')).toEqual([]);
    // A word that only begins like one: "дугаарт" is not "дугаар".
    expect(whole('12 дугаарт')).toEqual([]);
  });

  it('splits marked runs at a piece’s edges so the piece stays whole', () => {
    const groups = keptRuns([
      { text: 'the 291 ', mark: false },
      { text: 'дүгээр', mark: true },
      { text: ' тогтоол, 1800-2525', mark: false },
    ]);
    expect(groups).toEqual([
      { whole: false, runs: [{ text: 'the ', mark: false }] },
      {
        whole: true,
        runs: [
          { text: '291 ', mark: false },
          { text: 'дүгээр', mark: true },
        ],
      },
      { whole: false, runs: [{ text: ' тогтоол, ', mark: false }] },
      { whole: true, runs: [{ text: '1800-2525', mark: false }] },
    ]);
  });
});
