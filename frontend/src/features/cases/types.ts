import type { ApplicationForm } from '../applications/types';
import type { AllowedAction } from './allowed-actions';
import type { Task } from '../tasks/task-list';
import type { Ladder } from './escalation-panel';
import type { Hold } from './holds-panel';

export type ControlCheck = {
  reason: string | null;
  column: string | null;
  appliesTo: string;
  scope: string;
  destinationControlled: boolean | null;
  finding: string;
};

export type Finding = { rule: string; citation: string; effect: string; reviewPolicy: string | null; text: string };

export type LicenseRequirement = {
  referenceVersion: number;
  destination: string | null;
  destinationName: string | null;
  countryGroups: string[];
  answer: string;
  explanation: string;
  items: {
    item: number;
    eccn: string;
    heading: string | null;
    answer: string;
    explanation: string;
    controls: ControlCheck[];
    findings?: Finding[];
    reviewPolicies?: string[];
  }[];
  reviewPolicies?: string[];
  notApplied?: { rule: string; citation: string; reason: string }[];
  openQuestions?: string[];
  congressionalNotification?: string | null;
  embargo: { countryGroup: string | null; section: string; rule: string } | null;
  endUsers: { party: string; list: string; reviewPolicy: string | null; confirmed: boolean; finding: string }[];
};

export type Reclassification = {
  id: string;
  items: { item: number; before: string; after: string }[];
  rationale: string;
  recordedBy: string;
  recordedAt: string;
};

export type ReferralSuggestion = { agencies: { agency: string; rules: string[] }[]; facts: string[] };

export type ScreeningHit = {
  id: string;
  party: string;
  partyName: string;
  partyCountry: string | null;
  list: string;
  listedName: string;
  matchedName: string;
  listCountries: string[];
  entityList: boolean;
  licensePolicy: string | null;
  score: number;
  reasons: string[];
  current: boolean;
  adjudication: { outcome: string; reason: string; adjudicatedBy: string; adjudicatedAt: string } | null;
};

export type CaseScreening = {
  lastRun: { cause: string; listFileName: string; screenedAt: string; parties: number; hits: number } | null;
  openHits: number;
  reviewPolicy: string | null;
  hits: ScreeningHit[];
};

export type Deadline = { kind: string; what: string; agency: string | null; dueOn: string; metAt: string | null; metBySystem: boolean; overdue: boolean };

export type SuppliedInformation = { id: string; positionId: string; referralId: string; agency: string; information: string;
  suppliedBy: string; suppliedAt: string };

/** An agency's return without action that blocks BIS's decision, and who must act next (BIS or that agency). */
export type ReturnBlock = {
  agency: string;
  referralId: string;
  positionId: string;
  missingInformation: string;
  returnedBy: string;
  returnedAt: string;
  supplied: SuppliedInformation[];
  mustAct: string;
  nextStep: string;
};

export type StaffCase = {
  application: { id: string; status: string; outcome: string | null; controlNumber: string | null; form: Partial<ApplicationForm> };
  reviews: { action: string; proposedOutcome: string | null; analysis: string | null; agencies: string[]; reviewedBy: string; reviewedAt: string }[];
  returnBlocks: ReturnBlock[];
  reconciliation: { verdict: string; reconciledAt: string; positions: { agency: string; positionType: string; verdict: string }[] } | null;
  proposedConditions: { sequence: number; text: string; authorAgency: string }[];
  referrals: {
    referral: { id: string; agency: string; referredAt: string };
    assessments: { id: string; component: string; instructions: string | null; requestedBy: string;
      recommendation: string | null; rationale: string | null; conditions: string[] | null; recordedBy: string | null }[];
    position: { type: string; rationale: string; statutoryBasis: string | null; regulatoryBasis: string | null;
      missingInformation: string | null;
      conditions: { sequence: number; text: string; authorAgency: string; adoptedFrom?: string | null }[]; recordedBy: string;
      recordedAt: string } | null;
    supersededPositions: { id: string; type: string; missingInformation: string | null; recordedBy: string; recordedAt: string }[];
    suppliedInformation: SuppliedInformation[];
  }[];
  decision: { outcome: string; rationale: string; decidedAt: string } | null;
  openTasks: Task[];
  clock: { processingDay: number; onHold: boolean; heldDays: number; deadlines: Deadline[]; holds: Hold[] } | null;
  ladder: Ladder;
  intentToDeny: IntentToDeny | null;
  classification: {
    licenseRequirement: LicenseRequirement;
    referralSuggestion: ReferralSuggestion;
    reclassifications?: Reclassification[];
  } | null;
  screening: CaseScreening | null;
  /** What the signed-in person may do on the case now, each with its request: the server's access policy. */
  allowedActions: AllowedAction[];
};

export type TimelineEntry = { sequence: number; at: string; actor: string; actorName: string; agency: string | null; action: string };

export const AGENCIES = [
  { code: 'DOD', name: 'Defense' },
  { code: 'STATE', name: 'State' },
  { code: 'ENERGY', name: 'Energy' },
  { code: 'JUSTICE', name: 'Justice' },
];

export type IntentToDeny = {
  id: string;
  statutoryBasis: string;
  /** Absent on notices issued before the two bases were asked apart. */
  regulatoryBasis?: string;
  reasons: string;
  reconsideration: string;
  contact: string;
  appealRights: string;
  issuedBy: string;
  issuedAt: string;
  windows: { respondBy: string; appealBy: string; finalAfter: string };
  response: { response: string; respondedAt: string } | null;
  withdrawal: { rationale: string; withdrawnAt: string } | null;
  appeal: { id: string; statement: string; filedAt: string; outcome: string | null } | null;
};
