/** The person behind the access token, as `GET /api/me` describes them. */
export type SignedInPerson = {
  username: string;
  displayName: string;
  roles: string[];
  /** The reviewing agency of agency staff, e.g. "DOD". */
  agency: string | null;
  /** The component within the agency, e.g. "ARMY". */
  component: string | null;
  /** The applicant's organization, e.g. "Acme Exports". */
  organization: string | null;
};

export const signedInPersonPath = '/api/me';

const roleNames: Record<string, string> = {
  APPLICANT: 'Applicant',
  ANALYST: 'Licensing analyst',
  REVIEWER: 'Agency reviewer',
  ARBITER: 'Agency arbiter',
  ASSESSOR: 'Component assessor',
  OC_CHAIR: 'Operating Committee chair',
  BOARD_MEMBER: 'Appeals board member',
  ADMIN: 'Administrator',
};

/** The role as people in the review process call it; a role this UI does not know yet keeps its code. */
export function roleName(role: string): string {
  return roleNames[role] ?? role;
}

export type Affiliation = { kind: 'Agency'; name: string } | { kind: 'Organization'; name: string };

/** Where the person belongs: their agency and component, or for an applicant their organization. */
export function affiliationOf(person: SignedInPerson): Affiliation | null {
  if (person.agency) {
    return {
      kind: 'Agency',
      name: person.component ? `${person.agency} / ${person.component}` : person.agency,
    };
  }
  if (person.organization) {
    return { kind: 'Organization', name: person.organization };
  }
  return null;
}
