import { describe, expect, it } from 'vitest';
import { serviceGaps } from '../../src/lib/service-gaps';

describe("a service page's gaps", () => {
  it('name every fact the service lacks, in the order the page would show them', () => {
    expect(serviceGaps({ documents: [] }, 0)).toEqual(['documents', 'fee', 'time', 'legalBasis']);
  });
  it('leave out what is known', () => {
    expect(serviceGaps({ documents: ['Passport'], fee: 'Free', processingTime: '3 days' }, 2)).toEqual([]);
    expect(serviceGaps({ documents: [], processingTime: '3 days' }, 1)).toEqual(['documents', 'fee']);
  });
});
