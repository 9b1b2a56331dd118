/**
 * The words a person reads for the codes the API uses: agencies, and what happened to a case. A code this
 * list does not know yet is still shown in words (its parts in lower case, acronyms kept), never as a code.
 */

/** Agencies and DoD's components, as staff name them. */
export const AGENCY_NAMES: Record<string, string> = {
  BIS: 'BIS',
  DOD: 'DoD',
  STATE: 'State',
  ENERGY: 'Energy',
  JUSTICE: 'Justice',
  ARMY: 'Army',
  NAVY: 'Navy',
  AIR_FORCE: 'Air Force',
  JOINT_STAFF: 'Joint Staff',
  POLICY: 'Defense Policy',
  TECHNOLOGY: 'DTSA Technology Directorate',
};

/** What the case's timeline records, as a sentence's predicate. */
export const ACTION_WORDS: Record<string, string> = {
  APPLICATION_DRAFTED: 'Application drafted',
  DRAFT_EDITED: 'Draft edited',
  DRAFT_DELETED: 'Draft deleted',
  APPLICATION_SUBMITTED: 'Application submitted',
  BIS_REVIEW_RECORDED: 'BIS review recorded',
  REFERRAL_SUGGESTION_OVERRIDDEN: 'Suggested referral overridden',
  CASE_RECLASSIFIED: 'Items reclassified',
  INFORMATION_REQUESTED: 'Information requested from the applicant',
  APPLICANT_RESPONDED: 'Applicant answered',
  ASSESSMENTS_REQUESTED: 'Internal assessments requested',
  ASSESSMENT_RECORDED: 'Internal assessment recorded',
  POSITION_RECORDED: 'Position recorded',
  INFORMATION_SUPPLIED: 'BIS supplied the information an agency asked for',
  LATE_REQUEST_RECORDED: 'Late request for information recorded',
  CONDITION_CHANGE_CONSENTED: 'Change to a condition agreed',
  POSITIONS_RECONCILED: 'Positions reconciled',
  RULING_RECORDED: 'Ruling recorded',
  APPEAL_FILED: 'Appeal filed',
  BOARD_VOTE_CAST: 'Board vote cast',
  LADDER_DENIAL_AWAITS_NOTICE: 'Denial on appeal awaits its notice to the applicant',
  INTENT_TO_DENY_ISSUED: 'Intent to deny issued',
  INTENT_TO_DENY_ANSWERED: 'Applicant answered the intent to deny',
  INTENT_TO_DENY_WITHDRAWN: 'Intent to deny withdrawn',
  DENIAL_APPEALED: 'Applicant appealed the denial',
  DENIAL_APPEAL_DECIDED: 'Appeal of the denial decided',
  HOLD_STARTED: 'Case put on hold',
  HOLD_RELEASED: 'Hold released',
  CONDITIONS_ACCEPTED: 'Applicant accepted the proposed conditions',
  CONDITIONS_DECLINED: 'Applicant declined the proposed conditions',
  SCREENING_HIT_ADJUDICATED: 'Screening match adjudicated',
  DOCUMENT_UPLOADED: 'Document uploaded',
  DECISION_RECORDED: 'Decision recorded',
  LICENSE_ISSUED: 'License issued',
  APPLICATION_CLOSED: 'Case closed',
  STATUS_CHANGED: 'Status changed',
  TASK_CLAIMED: 'Task claimed',
  TASK_RELEASED: 'Task released',
  TASK_ASSIGNED: 'Task assigned',
};

const ACRONYMS = new Set(['BIS', 'DOD', 'OC', 'ACEP', 'EARB', 'ECCN', 'PDF', 'UVL']);

/** A code in words: the known ones as listed, any other with its parts in lower case and its acronyms kept. */
export function inWords(code: string, known: Record<string, string> = ACTION_WORDS): string {
  if (known[code]) {
    return known[code];
  }
  const words = code.split('_').map((part) => (ACRONYMS.has(part) ? part : part.toLowerCase()));
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** An agency or component by name; a path of them (DOD/ARMY, as the audit trail records a component) in order. */
export function agencyName(code: string | null | undefined): string {
  return code ? code.split('/').map((part) => inWords(part, AGENCY_NAMES)).join(', ') : '';
}
