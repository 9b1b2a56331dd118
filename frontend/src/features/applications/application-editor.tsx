import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';

import { ProblemSummary, SelectField, TextField, YesNoField } from '../../components/form/fields';
import { useApiClient } from '../../lib/auth/identity-provider';
import { jsonBody, useApiAction, useApiQuery, type Action } from '../../lib/use-api';
import { EccnField } from './eccn-field';
import { LicenseHint } from './license-hint';
import {
  editable,
  emptyForm,
  emptyItem,
  emptyParty,
  END_USE_QUESTIONS,
  toRequest,
  type ApplicantCase,
  type ApplicationForm,
  type Party,
} from './types';

const STEPS = [
  { id: 'applicant', title: 'Applicant and contact', fields: ['type', 'contact', 'applicant'] },
  { id: 'parties', title: 'Parties', fields: ['purchaser', 'intermediateConsignees', 'ultimateConsignee', 'endUsers'] },
  { id: 'items', title: 'Items', fields: ['items', 'totalValue'] },
  { id: 'end-use', title: 'End use', fields: ['specificEndUse', 'endUse', 'additionalInformation', 'resubmissionOf', 'replacesLicense'] },
  { id: 'sign', title: 'Review and sign', fields: ['signature'] },
] as const;

/** A new application, or a draft, edited in steps; saved as a draft at any step. */
export function ApplicationEditor() {
  const { id } = useParams();
  const api = useApiClient();
  const navigate = useNavigate();
  const [form, setForm] = useState<ApplicationForm | null>(id ? null : emptyForm());
  const [step, setStep] = useState(0);
  const saved = useApiQuery<ApplicantCase>(id ? `/api/applicant/applications/${id}` : null);
  const loadProblem = saved.status === 'failed' ? saved.problem.message : null;

  useEffect(() => {
    if (saved.status === 'loaded') {
      setForm(editable(saved.data.form));
    }
  }, [saved.status, saved.status === 'loaded' ? saved.data : null]);

  const save = useApiAction(
    useCallback(
      async (draft: ApplicationForm) =>
        id
          ? api.fetchJson<ApplicantCase>(`/api/applicant/applications/${id}`, jsonBody('PUT', toRequest(draft)))
          : api.fetchJson<ApplicantCase>('/api/applicant/applications', jsonBody('POST', toRequest(draft))),
      [api, id],
    ),
  );

  if (loadProblem) {
    return <p role="alert">{loadProblem}</p>;
  }
  if (!form) {
    return <p role="status">Loading the draft…</p>;
  }
  const update = (change: (draft: ApplicationForm) => void) => {
    const next = structuredClone(form);
    change(next);
    setForm(next);
  };
  const saveDraft = async () => {
    const saved = await save.run(form);
    if (saved) {
      navigate(`/applications/${saved.id}`);
    }
  };
  const stepsWithErrors = STEPS.map((candidate) =>
    save.problem && 'fieldErrors' in save.problem
      ? save.problem.fieldErrors.some((error) => candidate.fields.some((field) => error.field.startsWith(field)))
      : false,
  );

  return (
    <>
      <h1>{id ? 'Edit draft application' : 'New license application'}</h1>
      <nav aria-label="Steps of the application">
        <ol className="steps">
          {STEPS.map((candidate, index) => (
            <li key={candidate.id}>
              <button
                type="button"
                className="link-button"
                aria-current={index === step ? 'step' : undefined}
                onClick={() => setStep(index)}
              >
                {index + 1}. {candidate.title}
                {stepsWithErrors[index] && <span className="step-error"> (needs correction)</span>}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <ProblemSummary problem={save.problem} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void saveDraft();
        }}
      >
        {step === 0 && <ApplicantStep form={form} update={update} save={save} />}
        {step === 1 && <PartiesStep form={form} update={update} save={save} />}
        {step === 2 && <ItemsStep form={form} update={update} save={save} />}
        {step === 3 && <EndUseStep form={form} update={update} save={save} />}
        {step === 4 && <SignStep form={form} update={update} save={save} />}
        <div className="button-row">
          {step > 0 && (
            <button type="button" onClick={() => setStep(step - 1)}>
              Back
            </button>
          )}
          {step < STEPS.length - 1 && (
            <button type="button" onClick={() => setStep(step + 1)}>
              Next: {STEPS[step + 1].title}
            </button>
          )}
          <button type="submit" className="primary" disabled={save.busy}>
            {save.busy ? 'Saving…' : 'Save draft'}
          </button>
        </div>
      </form>
    </>
  );
}

type StepProps = {
  form: ApplicationForm;
  update(change: (draft: ApplicationForm) => void): void;
  save: Action<[ApplicationForm], ApplicantCase>;
};

function ApplicantStep({ form, update, save }: StepProps) {
  return (
    <fieldset>
      <legend>Applicant and contact</legend>
      <SelectField
        label="Type of application"
        value={form.type}
        options={[
          { value: 'EXPORT', label: 'Export' },
          { value: 'REEXPORT', label: 'Reexport' },
          { value: 'IN_COUNTRY_TRANSFER', label: 'In-country transfer' },
        ]}
        onChange={(value) => update((draft) => void (draft.type = value))}
        error={save.reasonFor('type')}
      />
      <TextField label="Contact name" value={form.contact.name} error={save.reasonFor('contact.name')}
        onChange={(value) => update((draft) => void (draft.contact.name = value))} />
      <TextField label="Contact phone" type="tel" value={form.contact.phone} error={save.reasonFor('contact.phone')}
        onChange={(value) => update((draft) => void (draft.contact.phone = value))} />
      <TextField label="Contact email" type="email" value={form.contact.email} error={save.reasonFor('contact.email')}
        onChange={(value) => update((draft) => void (draft.contact.email = value))} />
      <PartyFields title="Applicant" path="applicant" party={form.applicant} save={save}
        onChange={(party) => update((draft) => void (draft.applicant = party))} />
    </fieldset>
  );
}

function PartiesStep({ form, update, save }: StepProps) {
  return (
    <fieldset>
      <legend>Parties to the transaction</legend>
      <PartyFields title="Purchaser" path="purchaser" party={form.purchaser} save={save}
        onChange={(party) => update((draft) => void (draft.purchaser = party))} />
      <PartyFields title="Ultimate consignee" path="ultimateConsignee" party={form.ultimateConsignee} save={save}
        onChange={(party) => update((draft) => void (draft.ultimateConsignee = party))} />
      <PartyList title="Intermediate consignee" path="intermediateConsignees" parties={form.intermediateConsignees}
        save={save} onChange={(parties) => update((draft) => void (draft.intermediateConsignees = parties))} />
      <PartyList title="End user" path="endUsers" parties={form.endUsers} save={save}
        onChange={(parties) => update((draft) => void (draft.endUsers = parties))} />
    </fieldset>
  );
}

function ItemsStep({ form, update, save }: StepProps) {
  return (
    <fieldset>
      <legend>Items</legend>
      {form.items.map((item, index) => {
        const at = `items[${index}]`;
        const set = (field: keyof typeof item) => (value: string) =>
          update((draft) => void (draft.items[index][field] = value));
        return (
          <fieldset key={index} className="nested">
            <legend>Item {index + 1}</legend>
            <EccnField value={item.eccn} onChange={set('eccn')} error={save.reasonFor(`${at}.eccn`)} />
            <TextField label="Model" value={item.model} onChange={set('model')} error={save.reasonFor(`${at}.model`)} />
            <TextField label="CCATS number" value={item.ccatsNumber} onChange={set('ccatsNumber')}
              error={save.reasonFor(`${at}.ccatsNumber`)} />
            <TextField label="Quantity" value={item.quantity} onChange={set('quantity')}
              error={save.reasonFor(`${at}.quantity`)} />
            <TextField label="Units" value={item.units} onChange={set('units')} error={save.reasonFor(`${at}.units`)} />
            <TextField label="Unit price (USD)" value={item.unitPrice} onChange={set('unitPrice')}
              error={save.reasonFor(`${at}.unitPrice`)} />
            <TextField label="Total price (USD)" value={item.totalPrice} onChange={set('totalPrice')}
              error={save.reasonFor(`${at}.totalPrice`)} />
            <TextField label="Manufacturer" value={item.manufacturer} onChange={set('manufacturer')}
              error={save.reasonFor(`${at}.manufacturer`)} />
            <TextField label="Technical description" multiline value={item.description} onChange={set('description')}
              error={save.reasonFor(`${at}.description`)} />
            <TextField label="HTS code" value={item.htsCode} onChange={set('htsCode')}
              hint="The item's Harmonized Tariff Schedule code, 6 to 10 digits, for example 8542.31."
              error={save.reasonFor(`${at}.htsCode`)} />
            {form.items.length > 1 && (
              <button type="button" onClick={() => update((draft) => void draft.items.splice(index, 1))}>
                Remove item {index + 1}
              </button>
            )}
          </fieldset>
        );
      })}
      <button type="button" onClick={() => update((draft) => void draft.items.push(emptyItem()))}>
        Add an item
      </button>
      <TextField label="Total value (USD)" value={form.totalValue} error={save.reasonFor('totalValue')}
        onChange={(value) => update((draft) => void (draft.totalValue = value))} />
      <LicenseHint destination={form.ultimateConsignee.country} eccns={form.items.map((item) => item.eccn)} />
    </fieldset>
  );
}

function EndUseStep({ form, update, save }: StepProps) {
  return (
    <fieldset>
      <legend>End use</legend>
      <TextField label="Specific end use" multiline value={form.specificEndUse} error={save.reasonFor('specificEndUse')}
        onChange={(value) => update((draft) => void (draft.specificEndUse = value))} />
      {END_USE_QUESTIONS.map(({ key, question, hint }) => (
        <YesNoField key={key} question={question} hint={hint} value={form.endUse[key]}
          error={save.reasonFor(`endUse.${key}`) ?? save.reasonFor('endUse')}
          onChange={(value) => update((draft) => void (draft.endUse[key] = value))} />
      ))}
      <TextField label="Additional information" multiline value={form.additionalInformation}
        error={save.reasonFor('additionalInformation')}
        onChange={(value) => update((draft) => void (draft.additionalInformation = value))} />
      <TextField label="Resubmission of application (control number)" value={form.resubmissionOf}
        error={save.reasonFor('resubmissionOf')}
        onChange={(value) => update((draft) => void (draft.resubmissionOf = value))} />
      <TextField label="Replaces license (number)" value={form.replacesLicense} error={save.reasonFor('replacesLicense')}
        onChange={(value) => update((draft) => void (draft.replacesLicense = value))} />
    </fieldset>
  );
}

function SignStep({ form, update, save }: StepProps) {
  return (
    <fieldset>
      <legend>Review and sign</legend>
      <p>
        {form.items.length} item(s) to {form.ultimateConsignee.name || 'an ultimate consignee not yet named'}
        {form.ultimateConsignee.country ? ` (${form.ultimateConsignee.country})` : ''}, total value USD{' '}
        {form.totalValue || '—'}.
      </p>
      <TextField label="Signed by (name)" value={form.signature.name} error={save.reasonFor('signature.name')}
        onChange={(value) => update((draft) => void (draft.signature.name = value))} />
      <TextField label="Title" value={form.signature.title} error={save.reasonFor('signature.title')}
        onChange={(value) => update((draft) => void (draft.signature.title = value))} />
      <TextField label="Date" type="date" value={form.signature.date} error={save.reasonFor('signature.date')}
        onChange={(value) => update((draft) => void (draft.signature.date = value))} />
    </fieldset>
  );
}

type PartyFieldsProps = {
  title: string;
  path: string;
  party: Party;
  save: Action<[ApplicationForm], ApplicantCase>;
  onChange(party: Party): void;
};

function PartyFields({ title, path, party, save, onChange }: PartyFieldsProps) {
  return (
    <fieldset className="nested">
      <legend>{title}</legend>
      <TextField label={`${title} name`} value={party.name} error={save.reasonFor(`${path}.name`)}
        onChange={(name) => onChange({ ...party, name })} />
      <TextField label={`${title} address`} value={party.address} error={save.reasonFor(`${path}.address`)}
        onChange={(address) => onChange({ ...party, address })} />
      <TextField label={`${title} country`} value={party.country} hint="ISO code, for example DE"
        error={save.reasonFor(`${path}.country`)} onChange={(country) => onChange({ ...party, country: country.toUpperCase() })} />
    </fieldset>
  );
}

function PartyList({ title, path, parties, save, onChange }: Omit<PartyFieldsProps, 'party' | 'onChange'> & {
  parties: Party[];
  onChange(parties: Party[]): void;
}) {
  return (
    <>
      {parties.map((party, index) => (
        <div key={index}>
          <PartyFields title={`${title} ${index + 1}`} path={`${path}[${index}]`} party={party} save={save}
            onChange={(changed) => onChange(parties.map((candidate, at) => (at === index ? changed : candidate)))} />
          <button type="button" onClick={() => onChange(parties.filter((_, at) => at !== index))}>
            Remove {title.toLowerCase()} {index + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...parties, emptyParty()])}>
        Add {title.toLowerCase()}
      </button>
    </>
  );
}
