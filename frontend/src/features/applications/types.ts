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
  /** Harmonized Tariff Schedule code: part 746's lists of EAR99 items are keyed by it. */
  htsCode: string;
};

/** The end-use questions the license determination asks (15 CFR 744.2-744.22, 746.6); null until answered. */
export type EndUseAnswers = {
  nuclear: boolean | null;
  missile: boolean | null;
  chemicalBiological: boolean | null;
  militaryEndUse: boolean | null;
  militaryIntelligence: boolean | null;
  coveredRegionOfUkraine: boolean | null;
};

export const END_USE_QUESTIONS: { key: keyof EndUseAnswers; question: string; hint: string }[] = [
  {
    key: 'nuclear',
    question: 'Will the items be used in nuclear explosive activities, unsafeguarded nuclear activities or other nuclear end uses?',
    hint: 'Answer yes if you know of such a use, directly or indirectly (15 CFR 744.2).',
  },
  {
    key: 'missile',
    question: 'Will the items be used for rocket systems, missiles or unmanned aerial vehicles that can deliver weapons of mass destruction?',
    hint: 'Design, development, production, operation, maintenance or repair all count (15 CFR 744.3).',
  },
  {
    key: 'chemicalBiological',
    question: 'Will the items be used for chemical or biological weapons?',
    hint: 'Including their design, production or stockpiling, anywhere in the world (15 CFR 744.4).',
  },
  {
    key: 'militaryEndUse',
    question: 'Are the items for a military end use, or is any party a military end user?',
    hint: 'For example armed forces, national guard or police of a military character (15 CFR 744.21).',
  },
  {
    key: 'militaryIntelligence',
    question: 'Is any party a military-intelligence organisation, or are the items for military-intelligence use?',
    hint: 'Intelligence or reconnaissance organisations of the armed services (15 CFR 744.22).',
  },
  {
    key: 'coveredRegionOfUkraine',
    question: "Are the items going to, or is any party in, the Crimea region of Ukraine or the so-called Donetsk or Luhansk People's Republic regions?",
    hint: 'These regions need a license for almost every item (15 CFR 746.6).',
  },
];

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
  endUse: EndUseAnswers;
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
  htsCode: '',
});

export const unansweredEndUse = (): EndUseAnswers => ({
  nuclear: null,
  missile: null,
  chemicalBiological: null,
  militaryEndUse: null,
  militaryIntelligence: null,
  coveredRegionOfUkraine: null,
});

/** A new form; the signature is dated `today`, the business clock's day (the date of application, Block 4). */
export function emptyForm(today: string): ApplicationForm {
  return {
    type: 'EXPORT',
    contact: { name: '', phone: '', email: '' },
    applicant: { name: '', address: '', country: 'US' },
    purchaser: emptyParty(),
    intermediateConsignees: [],
    ultimateConsignee: emptyParty(),
    endUsers: [emptyParty()],
    specificEndUse: '',
    endUse: unansweredEndUse(),
    items: [emptyItem()],
    totalValue: '',
    additionalInformation: '',
    resubmissionOf: '',
    replacesLicense: '',
    signature: { name: '', title: '', date: today },
  };
}

/**
 * An amount of dollars as written on the form, with its cents: the server answers 1500.00 as the JSON number
 * 1500, which would otherwise read "1500". Anything that is not a plain decimal is left as typed.
 */
export function money(value: string): string {
  const decimal = /^(\d+)(?:\.(\d{0,2}))?$/.exec(value.trim());
  return decimal ? `${decimal[1]}.${(decimal[2] ?? '').padEnd(2, '0')}` : value;
}

/** A saved form as the editor holds it: every text present, numbers as typed; an undated signature dated `today`. */
export function editable(saved: Partial<ApplicationForm>, today: string): ApplicationForm {
  const empty = emptyForm(today);
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
    endUse: { ...unansweredEndUse(), ...(saved.endUse ?? {}) },
    items: (saved.items?.length ? saved.items : [emptyItem()]).map((item) => ({
      eccn: text(item.eccn),
      model: text(item.model),
      ccatsNumber: text(item.ccatsNumber),
      quantity: text(item.quantity),
      units: text(item.units),
      unitPrice: money(text(item.unitPrice)),
      totalPrice: money(text(item.totalPrice)),
      manufacturer: text(item.manufacturer),
      description: text(item.description),
      htsCode: text(item.htsCode),
    })),
    totalValue: money(text(saved.totalValue)),
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

/** The applicant's end-use answers in words: the questions answered yes, or that none was, or what is open. */
export function declaredEndUses(answers: Partial<EndUseAnswers> | null | undefined): string {
  if (!answers) {
    return 'Not answered';
  }
  const yes = END_USE_QUESTIONS.filter(({ key }) => answers[key] === true).map(({ question }) => question);
  const open = END_USE_QUESTIONS.filter(({ key }) => answers[key] === null || answers[key] === undefined).length;
  if (yes.length > 0) {
    return 'Yes: ' + yes.join(' ');
  }
  return open > 0 ? `${open} of ${END_USE_QUESTIONS.length} questions not answered` : 'None';
}
