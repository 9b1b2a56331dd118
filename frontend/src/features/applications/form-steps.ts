/**
 * The application form in steps, one URL each (`/applications/:id/edit/:step`), and the way the server's field
 * paths (`items[0].unitPrice`) become what a person reads: the step and field they belong to, and a message in
 * plain words. A field path is never shown.
 */
import type { FieldError } from '../../lib/api-client';

export const STEPS = [
  { id: 'applicant', title: 'Applicant and contact', fields: ['type', 'contact', 'applicant'] },
  { id: 'parties', title: 'Parties', fields: ['purchaser', 'intermediateConsignees', 'ultimateConsignee', 'endUsers'] },
  { id: 'items', title: 'Items', fields: ['items', 'totalValue'] },
  { id: 'end-use', title: 'End use', fields: ['specificEndUse', 'endUse', 'additionalInformation', 'resubmissionOf', 'replacesLicense'] },
  { id: 'signature', title: 'Signature', fields: ['signature'] },
] as const;

export type StepId = (typeof STEPS)[number]['id'];

export function isStep(id: string | undefined): id is StepId {
  return STEPS.some((step) => step.id === id);
}

/** The address of a step of a saved draft; a new application's first step is `/applications/new`. */
export function stepPath(applicationId: string | undefined, step: StepId): string {
  return applicationId ? `/applications/${applicationId}/edit/${step}` : '/applications/new';
}

/** Where Continue leads from a step: the next step, or after the last one the check of the answers. */
export function afterStep(applicationId: string, step: StepId): string {
  const index = STEPS.findIndex((candidate) => candidate.id === step);
  return index < STEPS.length - 1 ? stepPath(applicationId, STEPS[index + 1].id) : `/applications/${applicationId}/check`;
}

/** The step before this one, if there is one. */
export function beforeStep(step: StepId): StepId | null {
  const index = STEPS.findIndex((candidate) => candidate.id === step);
  return index > 0 ? STEPS[index - 1].id : null;
}

/** The step a field path belongs to (`endUsers[1].name` → parties); null for the form as a whole. */
export function stepOf(path: string): StepId | null {
  const top = path.split(/[.[]/)[0];
  return STEPS.find((step) => (step.fields as readonly string[]).includes(top))?.id ?? null;
}

/** The id of the input a field path names, so that an error summary can link to it. */
export function fieldId(path: string): string {
  return 'f-' + (path.replace(/[[\].]+/g, '-').replace(/-$/, '') || 'form');
}

/** One problem as a person reads it: the step and input it concerns, and what to do. */
export type FormProblem = { path: string; step: StepId | null; fieldId: string; message: string };

type Described = { label: string; noun: string; example?: string };

const PARTY_ROLES: Record<string, string> = {
  applicant: 'applicant',
  purchaser: 'purchaser',
  ultimateConsignee: 'ultimate consignee',
  intermediateConsignees: 'intermediate consignee',
  endUsers: 'end user',
};

const END_USES: Record<string, string> = {
  nuclear: 'nuclear end uses',
  missile: 'missiles and unmanned aerial vehicles',
  chemicalBiological: 'chemical or biological weapons',
  militaryEndUse: 'military end use or end users',
  militaryIntelligence: 'military-intelligence end use or end users',
  coveredRegionOfUkraine: 'the covered regions of Ukraine',
};

const ITEM_FIELDS: Record<string, Described> = {
  eccn: { label: 'ECCN', noun: 'the ECCN', example: '3A001.a.1 or EAR99' },
  model: { label: 'Model', noun: 'the model' },
  ccatsNumber: { label: 'CCATS number', noun: 'the CCATS number' },
  quantity: { label: 'Quantity', noun: 'the quantity', example: '10' },
  units: { label: 'Units', noun: 'the units', example: 'EA' },
  unitPrice: { label: 'Unit price', noun: 'the unit price', example: '1250.00' },
  totalPrice: { label: 'Total price', noun: 'the total price', example: '12500.00' },
  manufacturer: { label: 'Manufacturer', noun: 'the manufacturer' },
  description: { label: 'Technical description', noun: 'a technical description' },
  htsCode: { label: 'HTS code', noun: 'the HTS code', example: '8542.31' },
};

const FIELDS: Record<string, Described> = {
  type: { label: 'Type of application', noun: 'the type of application' },
  'contact.name': { label: 'Contact name', noun: "the contact's name" },
  'contact.phone': { label: 'Contact phone', noun: "the contact's phone number" },
  'contact.email': { label: 'Contact email', noun: "the contact's email address", example: 'name@example.com' },
  totalValue: { label: 'Total value', noun: 'the total value', example: '15000.00' },
  specificEndUse: { label: 'Specific end use', noun: 'the specific end use' },
  additionalInformation: { label: 'Additional information', noun: 'the additional information' },
  resubmissionOf: { label: 'Resubmission of application', noun: 'the control number of the earlier application', example: 'D123456' },
  replacesLicense: { label: 'Replaces license', noun: 'the number of the license this one replaces' },
  'signature.name': { label: 'Signed by', noun: 'the name of the person signing' },
  'signature.title': { label: 'Title', noun: "the signer's job title" },
  'signature.date': { label: 'Date', noun: 'the date of signature', example: '2026-12-07' },
};

/** Whole objects the server may report as missing, named by their first field. */
const FIRST_FIELD: Record<string, string> = {
  contact: 'contact.name',
  applicant: 'applicant.name',
  ultimateConsignee: 'ultimateConsignee.name',
  signature: 'signature.name',
  endUse: 'endUse.nuclear',
  items: 'items[0].eccn',
};

function describe(path: string): Described {
  const known = FIELDS[path];
  if (known) {
    return known;
  }
  const party = /^(applicant|purchaser|ultimateConsignee|intermediateConsignees|endUsers)(?:\[(\d+)\])?(?:\.(name|address|country))?$/.exec(path);
  if (party) {
    const role = PARTY_ROLES[party[1]] + (party[2] !== undefined ? ` ${Number(party[2]) + 1}` : '');
    const part = party[3];
    if (!part) {
      return { label: capitalise(role), noun: `the ${role}` };
    }
    const words = part === 'country' ? 'country' : part;
    return {
      label: `${capitalise(role)} ${words}`,
      noun: party[2] !== undefined ? `the ${words} of ${role}` : `the ${role}'s ${words}`,
      example: part === 'country' ? 'DE or JP' : undefined,
    };
  }
  const item = /^items\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (item) {
    const which = `item ${Number(item[1]) + 1}`;
    const field = item[2] ? ITEM_FIELDS[item[2]] : undefined;
    if (!field) {
      return { label: capitalise(which), noun: which };
    }
    return { label: `${field.label} of ${which}`, noun: `${field.noun} of ${which}`, example: field.example };
  }
  const endUse = /^endUse\.(\w+)$/.exec(path);
  if (endUse) {
    const topic = END_USES[endUse[1]] ?? 'this question';
    return { label: `The question on ${topic}`, noun: `the question on ${topic}` };
  }
  return { label: 'The application', noun: 'the application' };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What the server's reason for a field means for the person, in plain words. */
function message(path: string, reason: string): string {
  const { label, noun, example } = describe(path);
  if (path.startsWith('endUse.') && (reason === 'is required' || reason.startsWith('answer'))) {
    return `Select yes or no for ${noun}`;
  }
  if (path === 'type' && reason === 'is required') {
    return 'Select the type of application';
  }
  if (reason === 'is required' || reason === 'must not be empty') {
    return `Enter ${noun}`;
  }
  if (reason === 'at least one item is required') {
    return 'Add at least one item';
  }
  if (reason === 'is not a valid number' || reason.startsWith('is out of range')) {
    return `Enter ${noun} as a number${example ? `, like ${example}` : ''}`;
  }
  if (reason.startsWith('is not a valid date')) {
    return `Enter ${noun} as a real date, like ${example ?? '2026-12-07'}`;
  }
  if (reason === 'is not an e-mail address') {
    return `Enter ${noun} in the right format, like name@example.com`;
  }
  if (reason.startsWith('must be an ISO 3166-1')) {
    return `Enter ${noun} as a two-letter country code, like DE or JP`;
  }
  if (reason.startsWith('must be an ECCN')) {
    return `Enter ${noun} in the right format, like 3A001.a.1 or EAR99`;
  }
  if (reason.startsWith('must be a Harmonized Tariff Schedule code')) {
    return `Enter ${noun} as 6 to 10 digits, like 8542.31 or 8542.31.0000`;
  }
  if (reason.startsWith('must be an Application Control Number')) {
    return `Enter ${noun} as a letter and six digits, like D123456`;
  }
  if (reason === 'must be greater than zero') {
    return `${label} must be more than zero`;
  }
  const characters = /^must be at most (\d+) characters$/.exec(reason);
  if (characters) {
    return `${label} must be ${characters[1]} characters or fewer`;
  }
  const product = /^must equal quantity x unit price \(([^)]+)\)$/.exec(reason);
  if (product) {
    return `${label} must be the quantity times the unit price: ${product[1]}`;
  }
  const sum = /^must equal the sum of the items' total prices \(([^)]+)\)$/.exec(reason);
  if (sum) {
    return `The total value must be the sum of the items' total prices: ${sum[1]}`;
  }
  if (reason.startsWith('must be one of')) {
    return `Select ${noun}`;
  }
  if (reason === 'is not yes or no') {
    return `Select yes or no for ${noun}`;
  }
  if (reason === 'is not a known field' || reason === 'has the wrong type' || reason === 'has the wrong format') {
    return `${label} could not be read; enter it again`;
  }
  return `${label} ${reason}`;
}

/** The server's field errors as problems a person can act on, in the order of the form's steps. */
export function formProblems(errors: FieldError[]): FormProblem[] {
  const order = (problem: FormProblem) => (problem.step === null ? -1 : STEPS.findIndex((step) => step.id === problem.step));
  return errors
    .map((error) => {
      const missing = error.reason === 'is required' || error.reason.startsWith('answer') || error.reason.includes('required');
      const path = FIRST_FIELD[error.field] && missing ? FIRST_FIELD[error.field] : error.field;
      return { path, step: stepOf(path), fieldId: fieldId(path), message: message(path, error.reason) };
    })
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => order(a.problem) - order(b.problem) || a.index - b.index)
    .map(({ problem }) => problem);
}
