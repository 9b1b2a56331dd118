import { describe, expect, it } from 'vitest';

import { affiliationOf, roleName, type SignedInPerson } from './signed-in-person';

const person: SignedInPerson = {
  username: 'someone',
  displayName: 'Some One',
  roles: [],
  agency: null,
  component: null,
  organization: null,
};

describe('role names', () => {
  it.each([
    ['APPLICANT', 'Applicant'],
    ['ANALYST', 'Licensing analyst'],
    ['REVIEWER', 'Agency reviewer'],
    ['ARBITER', 'Agency arbiter'],
    ['ASSESSOR', 'Component assessor'],
    ['OC_CHAIR', 'Operating Committee chair'],
    ['BOARD_MEMBER', 'Appeals board member'],
    ['ADMIN', 'Administrator'],
  ])('calls %s "%s"', (role, name) => {
    expect(roleName(role)).toBe(name);
  });

  it('keeps the code of a role it has no name for', () => {
    expect(roleName('AUDITOR')).toBe('AUDITOR');
  });
});

describe('affiliation', () => {
  it('is the agency and its component for agency staff', () => {
    expect(affiliationOf({ ...person, agency: 'DOD', component: 'ARMY' })).toEqual({
      kind: 'Agency',
      name: 'DOD / ARMY',
    });
  });

  it('is the agency alone for staff outside any component', () => {
    expect(affiliationOf({ ...person, agency: 'STATE' })).toEqual({
      kind: 'Agency',
      name: 'STATE',
    });
  });

  it('is the organization for an applicant', () => {
    expect(affiliationOf({ ...person, organization: 'Acme Exports' })).toEqual({
      kind: 'Organization',
      name: 'Acme Exports',
    });
  });

  it('is absent for someone with neither agency nor organization', () => {
    expect(affiliationOf(person)).toBeNull();
  });
});
