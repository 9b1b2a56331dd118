import { describe, expect, it } from 'vitest';

import { agencyName, inWords } from './words';

describe('Codes in words', () => {
  it('names what happened to a case as people say it, keeping acronyms', () => {
    expect(inWords('BIS_REVIEW_RECORDED')).toBe('BIS review recorded');
    expect(inWords('HOLD_STARTED')).toBe('Case put on hold');
    expect(inWords('SOMETHING_NEW_FOR_BIS')).toBe('Something new for BIS');
  });

  it('names agencies and components, and an unknown one in words', () => {
    expect(agencyName('DOD')).toBe('DoD');
    expect(agencyName('AIR_FORCE')).toBe('Air Force');
    expect(agencyName('COAST_GUARD')).toBe('Coast guard');
    expect(agencyName('DOD/ARMY')).toBe('DoD, Army');
    expect(agencyName(null)).toBe('');
  });
});
