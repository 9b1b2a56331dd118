/** A party to the transaction; `country` is an ISO 3166-1 alpha-2 code. */
export type Party = { name: string; address: string; country: string };

export type Item = {
  eccn: string;
  model: string;
  ccatsNumber: string;
  quantity: string;
  units: string;
  unitPrice: string;
  totalPrice: string;
  manufacturer: string;
  description: string;
};

/** Form BIS-748P, field for field as the API takes it. */
export type ApplicationForm = {
  type: string;
  contact: { name: string; phone: string; email: string };
  applicant: Party;
  purchaser: Party;
  intermediateConsignees: Party[];
  ultimateConsignee: Party;
  endUsers: Party[];
  specificEndUse: string;
  items: Item[];
  totalValue: string;
  additionalInformation: string;
  resubmissionOf: string;
  replacesLicense: string;
  signature: { name: string; title: string; date: string };
};

export type Question = {
  id: string;
  question: string;
  askedAt: string;
  respondBy: string | null;
  answer: string | null;
  answeredAt: string | null;
};

export type ApplicantCase = {
  id: string;
  status: string;
  outcome: string | null;
  controlNumber: string | null;
  createdAt: string;
  updatedAt: string;
  registeredAt: string | null;
  form: Partial<ApplicationForm>;
  openQuestions: Question[];
  answeredQuestions: Question[];
  intentToDeny: import('../cases/types').IntentToDeny | null;
  proposedConditions?: { holdId: string; conditions: string; proposedAt: string } | null;
  decision: {
    outcome: string;
    decidedAt: string;
    reasons: string[];
    conditions: { text: string }[];
    license: { licenseNumber: string } | null;
  } | null;
};

export const emptyParty = (): Party => ({ name: '', address: '', country: '' });

export const emptyItem = (): Item => ({
  eccn: '',
  model: '',
  ccatsNumber: '',
  quantity: '',
  units: 'EA',
  unitPrice: '',
  totalPrice: '',
  manufacturer: '',
  description: '',
});

export function emptyForm(): ApplicationForm {
  return {
    type: 'EXPORT',
    contact: { name: '', phone: '', email: '' },
    applicant: { name: '', address: '', country: 'US' },
    purchaser: emptyParty(),
    intermediateConsignees: [],
    ultimateConsignee: emptyParty(),
    endUsers: [emptyParty()],
    specificEndUse: '',
    items: [emptyItem()],
    totalValue: '',
    additionalInformation: '',
    resubmissionOf: '',
    replacesLicense: '',
    signature: { name: '', title: '', date: new Date().toISOString().slice(0, 10) },
  };
}

/** A saved form as the editor holds it: every text present, numbers as typed. */
export function editable(saved: Partial<ApplicationForm>): ApplicationForm {
  const empty = emptyForm();
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  const party = (value: Partial<Party> | undefined | null): Party => ({
    name: text(value?.name),
    address: text(value?.address),
    country: text(value?.country),
  });
  return {
    ...empty,
    type: text(saved.type) || empty.type,
    contact: { name: text(saved.contact?.name), phone: text(saved.contact?.phone), email: text(saved.contact?.email) },
    applicant: party(saved.applicant),
    purchaser: party(saved.purchaser),
    intermediateConsignees: (saved.intermediateConsignees ?? []).map(party),
    ultimateConsignee: party(saved.ultimateConsignee),
    endUsers: (saved.endUsers ?? []).map(party),
    specificEndUse: text(saved.specificEndUse),
    items: (saved.items ?? []).map((item) => ({
      eccn: text(item.eccn),
      model: text(item.model),
      ccatsNumber: text(item.ccatsNumber),
      quantity: text(item.quantity),
      units: text(item.units),
      unitPrice: text(item.unitPrice),
      totalPrice: text(item.totalPrice),
      manufacturer: text(item.manufacturer),
      description: text(item.description),
    })),
    totalValue: text(saved.totalValue),
    additionalInformation: text(saved.additionalInformation),
    resubmissionOf: text(saved.resubmissionOf),
    replacesLicense: text(saved.replacesLicense),
    signature: {
      name: text(saved.signature?.name),
      title: text(saved.signature?.title),
      date: text(saved.signature?.date) || empty.signature.date,
    },
  };
}

/** The form as the API takes it: blank texts left out, so that "required" is reported by field. */
export function toRequest(form: ApplicationForm): unknown {
  return JSON.parse(
    JSON.stringify(form, (_key, value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)),
  );
}

export function statusName(status: string): string {
  return status
    .toLowerCase()
    .split('_')
    .map((word, index) => (index === 0 ? word[0].toUpperCase() + word.slice(1) : word))
    .join(' ');
}
