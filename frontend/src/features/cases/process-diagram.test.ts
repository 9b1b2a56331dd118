import { describe, expect, it } from 'vitest';

import { stepInWords } from './process-diagram';

describe('A process step without a name', () => {
  it('reads as words, never as the engine id', () => {
    expect(stepInWords('SubProcess_AgencyReview#multiInstanceBody')).toBe('Agency review');
    expect(stepInWords('Task_BisReview')).toBe('Bis review');
    expect(stepInWords('reconcile_positions')).toBe('Reconcile positions');
  });
});
