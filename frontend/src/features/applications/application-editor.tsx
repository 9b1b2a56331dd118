import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useBlocker, useLocation, useNavigate, useParams } from 'react-router';

import { ErrorSummary } from '../../components/form/error-summary';
import { SelectField, TextField, YesNoField } from '../../components/form/fields';
import { ApiProblem, type FieldError } from '../../lib/api-client';
import { useApiClient } from '../../lib/auth/identity-provider';
import { formatDay, useBusinessDay } from '../../lib/business-clock';
import { usePageTitle } from '../../lib/page-title';
import { jsonBody, useApiQuery } from '../../lib/use-api';
import { EccnField } from './eccn-field';
import {
  afterStep,
  beforeStep,
  fieldId,
  formProblems,
  isStep,
  STEPS,
  stepPath,
  type FormProblem,
  type StepId,
} from './form-steps';
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

/** What the server's check of a form found (`POST /api/applicant/applications/validation`). */
export type FormCheck = { errors: FieldError[] };

/**
 * A new application, or a draft, one step per page (`/applications/new`, then `/applications/:id/edit/:step`).
 * Continue asks the server to check the form and lists every problem of the step at once; a step without
 * problems is saved before the next one opens. Leaving with unsaved changes asks first.
 */
export function ApplicationEditor() {
  const { id, step: stepParam } = useParams();
  const api = useApiClient();
  const navigate = useNavigate();
  const location = useLocation();
  const clock = useBusinessDay();
  const saved = useApiQuery<ApplicantCase>(id ? `/api/applicant/applications/${id}` : null);
  const [form, setForm] = useState<ApplicationForm | null>(null);
  const [snapshot, setSnapshot] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const step: StepId = isStep(stepParam) ? stepParam : 'applicant';
  const stepIndex = STEPS.findIndex((candidate) => candidate.id === step);
  const title = STEPS[stepIndex].title;
  usePageTitle(`${title} – ${id ? 'Draft application' : 'New application'}`, problems.length > 0);

  const today = clock?.today ?? null;
  const loadedForm = saved.status === 'loaded' ? saved.data.form : null;
  useEffect(() => {
    if (form !== null || today === null) {
      return;
    }
    if (!id) {
      const fresh = emptyForm(today);
      setForm(fresh);
      setSnapshot(JSON.stringify(fresh));
    } else if (loadedForm) {
      const draft = editable(loadedForm, today);
      setForm(draft);
      setSnapshot(JSON.stringify(draft));
    }
  }, [form, id, today, loadedForm]);

  const dirty = form !== null && JSON.stringify(form) !== snapshot;
  const dirtyNow = useRef(dirty);
  dirtyNow.current = dirty;
  const leavingOnPurpose = useRef(false);
  useEffect(() => {
    leavingOnPurpose.current = false;
  }, [location.key]);
  const blocker = useBlocker(({ currentLocation, nextLocation }) =>
    !leavingOnPurpose.current && dirtyNow.current && !sameDraft(currentLocation.pathname, nextLocation.pathname, id));
  useEffect(() => {
    if (!dirty) {
      return;
    }
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  if (id && !isStep(stepParam)) {
    return <Navigate to={stepPath(id, 'applicant')} replace />;
  }
  if (saved.status === 'failed') {
    return (
      <>
        <h1>Draft application</h1>
        <p role="alert">{saved.problem.message}</p>
      </>
    );
  }
  if (saved.status === 'loaded' && saved.data.status !== 'DRAFT') {
    return (
      <>
        <h1>This application has been submitted</h1>
        <p>
          A submitted application can no longer be changed.{' '}
          <Link to={`/applications/${saved.data.id}`}>See application {saved.data.controlNumber}</Link>.
        </p>
      </>
    );
  }
  if (!form) {
    return <p role="status">Loading the application…</p>;
  }

  const update = (change: (draft: ApplicationForm) => void) => {
    const next = structuredClone(form);
    change(next);
    setForm(next);
  };
  const errorFor = (path: string) => problems.find((problem) => problem.path === path && problem.step === step)?.message;

  /** Saves the form as a draft; answers the saved draft, or null after showing why it was refused. */
  const save = async (): Promise<ApplicantCase | null> => {
    try {
      const savedCase = id
        ? await api.fetchJson<ApplicantCase>(`/api/applicant/applications/${id}`, jsonBody('PUT', toRequest(form)))
        : await api.fetchJson<ApplicantCase>('/api/applicant/applications', jsonBody('POST', toRequest(form)));
      setSnapshot(JSON.stringify(form));
      return savedCase;
    } catch (error) {
      refused(error);
      return null;
    }
  };
  const refused = (error: unknown) => {
    if (error instanceof ApiProblem && error.fieldErrors.length > 0) {
      setProblems(formProblems(error.fieldErrors));
    } else {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  const leaveTo = async (path: string, replace = false) => {
    leavingOnPurpose.current = true;
    await navigate(path, { replace });
  };
  const continueFrom = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const check = await api.fetchJson<FormCheck>('/api/applicant/applications/validation', jsonBody('POST', toRequest(form)));
      const here = formProblems(check.errors).filter((problem) => problem.step === step);
      setProblems(here);
      if (here.length > 0) {
        return;
      }
      const savedCase = await save();
      if (savedCase) {
        if (!id) {
          // Back from the second step returns to the saved draft's first step, not to an empty new form
          await leaveTo(stepPath(savedCase.id, step), true);
        }
        await leaveTo(afterStep(savedCase.id, step));
      }
    } catch (error) {
      refused(error);
    } finally {
      setBusy(false);
    }
  };
  const saveForLater = async () => {
    setBusy(true);
    setFailure(null);
    setProblems([]);
    const savedCase = await save();
    setBusy(false);
    if (savedCase) {
      await leaveTo(`/applications/${savedCase.id}`);
    }
  };
  const previous = beforeStep(step);
  const back = previous ? stepPath(id, previous) : id ? `/applications/${id}` : '/applications';

  return (
    <>
      {blocker.state === 'blocked' && (
        <UnsavedChangesWarning onStay={() => blocker.reset()} onLeave={() => blocker.proceed()} />
      )}
      <Link className="back-link" to={back}>
        Back
      </Link>
      <ErrorSummary
        problems={problems.map((problem) => ({
          message: problem.message,
          fieldId: problem.fieldId,
          href: problem.step !== step && problem.step !== null && id ? `${stepPath(id, problem.step)}#${problem.fieldId}` : undefined,
        }))}
      />
      {failure && (
        <div role="alert" className="problem-summary">
          <p>{failure}</p>
        </div>
      )}
      <p className="caption">
        {id ? 'Draft application' : 'New license application'} · step {stepIndex + 1} of {STEPS.length}
      </p>
      <h1>{title}</h1>
      <nav aria-label="Steps of the application">
        <ol className="steps">
          {STEPS.map((candidate, index) => (
            <li key={candidate.id} aria-current={candidate.id === step ? 'step' : undefined}>
              {id && candidate.id !== step ? (
                <Link to={stepPath(id, candidate.id)}>
                  {index + 1}. {candidate.title}
                </Link>
              ) : (
                <span>
                  {index + 1}. {candidate.title}
                </span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <p className="field-hint">Fields marked (required) must be answered before the application can be submitted.</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void continueFrom();
        }}
      >
        {step === 'applicant' && <ApplicantStep form={form} update={update} errorFor={errorFor} />}
        {step === 'parties' && <PartiesStep form={form} update={update} errorFor={errorFor} />}
        {step === 'items' && <ItemsStep form={form} update={update} errorFor={errorFor} />}
        {step === 'end-use' && <EndUseStep form={form} update={update} errorFor={errorFor} />}
        {step === 'signature' && <SignatureStep form={form} update={update} errorFor={errorFor} today={today} />}
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Checking…' : 'Continue'}
          </button>
          <button type="button" disabled={busy} onClick={() => void saveForLater()}>
            Save and come back later
          </button>
        </div>
      </form>
    </>
  );
}

/** Whether both addresses are steps of the same draft: moving between them keeps what was typed. */
function sameDraft(current: string, next: string, id: string | undefined): boolean {
  return id !== undefined && current.startsWith(`/applications/${id}/edit/`) && next.startsWith(`/applications/${id}/edit/`);
}

function UnsavedChangesWarning({ onStay, onLeave }: { onStay(): void; onLeave(): void }) {
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => stay.current?.focus(), []);
  return (
    <div role="alertdialog" aria-labelledby="unsaved-title" aria-describedby="unsaved-text" className="warning-panel">
      <h2 id="unsaved-title">You have changes that are not saved</h2>
      <p id="unsaved-text">
        If you leave this page now, what you typed since you last pressed Continue will be lost.
      </p>
      <div className="button-row">
        <button type="button" className="primary" ref={stay} onClick={onStay}>
          Stay on this page
        </button>
        <button type="button" onClick={onLeave}>
          Leave without saving
        </button>
      </div>
    </div>
  );
}

type StepProps = {
  form: ApplicationForm;
  update(change: (draft: ApplicationForm) => void): void;
  errorFor(path: string): string | undefined;
};

function ApplicantStep({ form, update, errorFor }: StepProps) {
  return (
    <>
      <SelectField
        label="Type of application"
        id={fieldId('type')}
        required
        value={form.type}
        options={[
          { value: 'EXPORT', label: 'Export' },
          { value: 'REEXPORT', label: 'Reexport' },
          { value: 'IN_COUNTRY_TRANSFER', label: 'In-country transfer' },
        ]}
        onChange={(value) => update((draft) => void (draft.type = value))}
        error={errorFor('type')}
      />
      <fieldset>
        <legend>Contact</legend>
        <p className="field-hint">The person who can answer BIS's questions about the application.</p>
        <TextField label="Contact name" id={fieldId('contact.name')} required value={form.contact.name}
          error={errorFor('contact.name')} onChange={(value) => update((draft) => void (draft.contact.name = value))} />
        <TextField label="Contact phone" id={fieldId('contact.phone')} required type="tel" value={form.contact.phone}
          error={errorFor('contact.phone')} onChange={(value) => update((draft) => void (draft.contact.phone = value))} />
        <TextField label="Contact email" id={fieldId('contact.email')} type="email" value={form.contact.email}
          hint="Optional, for example name@example.com" error={errorFor('contact.email')}
          onChange={(value) => update((draft) => void (draft.contact.email = value))} />
      </fieldset>
      <PartyFields title="Applicant" path="applicant" party={form.applicant} errorFor={errorFor}
        onChange={(party) => update((draft) => void (draft.applicant = party))} />
    </>
  );
}

function PartiesStep({ form, update, errorFor }: StepProps) {
  return (
    <>
      <PartyFields title="Purchaser" path="purchaser" party={form.purchaser} errorFor={errorFor}
        onChange={(party) => update((draft) => void (draft.purchaser = party))} />
      <PartyFields title="Ultimate consignee" path="ultimateConsignee" party={form.ultimateConsignee} errorFor={errorFor}
        onChange={(party) => update((draft) => void (draft.ultimateConsignee = party))} />
      <PartyList title="Intermediate consignee" path="intermediateConsignees" parties={form.intermediateConsignees}
        errorFor={errorFor} onChange={(parties) => update((draft) => void (draft.intermediateConsignees = parties))} />
      <PartyList title="End user" path="endUsers" parties={form.endUsers} errorFor={errorFor}
        onChange={(parties) => update((draft) => void (draft.endUsers = parties))} />
    </>
  );
}

function ItemsStep({ form, update, errorFor }: StepProps) {
  return (
    <>
      {form.items.map((item, index) => {
        const at = `items[${index}]`;
        const set = (field: keyof typeof item) => (value: string) =>
          update((draft) => void (draft.items[index][field] = value));
        const text = (field: keyof typeof item, label: string, options: { required?: boolean; hint?: string; multiline?: boolean } = {}) => (
          <TextField label={label} id={fieldId(`${at}.${field}`)} value={item[field]} onChange={set(field)}
            error={errorFor(`${at}.${field}`)} {...options} />
        );
        return (
          <fieldset key={index} className="nested">
            <legend>Item {index + 1}</legend>
            <EccnField id={fieldId(`${at}.eccn`)} value={item.eccn} onChange={set('eccn')} error={errorFor(`${at}.eccn`)} />
            {text('model', 'Model')}
            {text('ccatsNumber', 'CCATS number')}
            {text('quantity', 'Quantity', { required: true, hint: 'A number, for example 10' })}
            {text('units', 'Units', { required: true, hint: 'For example EA (each)' })}
            {text('unitPrice', 'Unit price (USD)', { required: true, hint: 'In dollars, for example 1250.00' })}
            {text('totalPrice', 'Total price (USD)', { required: true, hint: 'The quantity times the unit price' })}
            {text('manufacturer', 'Manufacturer')}
            {text('description', 'Technical description', { required: true, multiline: true })}
            {text('htsCode', 'HTS code', { hint: "The item's Harmonized Tariff Schedule code, 6 to 10 digits, for example 8542.31." })}
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
      <TextField label="Total value (USD)" id={fieldId('totalValue')} required value={form.totalValue}
        hint="The sum of the items' total prices" error={errorFor('totalValue')}
        onChange={(value) => update((draft) => void (draft.totalValue = value))} />
      <LicenseHint destination={form.ultimateConsignee.country} eccns={form.items.map((item) => item.eccn)} />
    </>
  );
}

function EndUseStep({ form, update, errorFor }: StepProps) {
  return (
    <>
      <TextField label="Specific end use" id={fieldId('specificEndUse')} required multiline value={form.specificEndUse}
        error={errorFor('specificEndUse')} onChange={(value) => update((draft) => void (draft.specificEndUse = value))} />
      {END_USE_QUESTIONS.map(({ key, question, hint }) => (
        <YesNoField key={key} id={fieldId(`endUse.${key}`)} required question={question} hint={hint}
          value={form.endUse[key]} error={errorFor(`endUse.${key}`)}
          onChange={(value) => update((draft) => void (draft.endUse[key] = value))} />
      ))}
      <TextField label="Additional information" id={fieldId('additionalInformation')} multiline
        value={form.additionalInformation} error={errorFor('additionalInformation')}
        onChange={(value) => update((draft) => void (draft.additionalInformation = value))} />
      <TextField label="Resubmission of application (control number)" id={fieldId('resubmissionOf')}
        hint="Only if this application resubmits one returned without action, for example D123456"
        value={form.resubmissionOf} error={errorFor('resubmissionOf')}
        onChange={(value) => update((draft) => void (draft.resubmissionOf = value))} />
      <TextField label="Replaces license (number)" id={fieldId('replacesLicense')} value={form.replacesLicense}
        error={errorFor('replacesLicense')} onChange={(value) => update((draft) => void (draft.replacesLicense = value))} />
    </>
  );
}

function SignatureStep({ form, update, errorFor, today }: StepProps & { today: string | null }) {
  return (
    <>
      <TextField label="Signed by (name)" id={fieldId('signature.name')} required value={form.signature.name}
        error={errorFor('signature.name')} onChange={(value) => update((draft) => void (draft.signature.name = value))} />
      <TextField label="Title" id={fieldId('signature.title')} required value={form.signature.title}
        hint="The signer's job title" error={errorFor('signature.title')}
        onChange={(value) => update((draft) => void (draft.signature.title = value))} />
      <TextField label="Date" id={fieldId('signature.date')} required type="date" value={form.signature.date}
        hint={today ? `The date of the application: today is ${formatDay(today)} (US Eastern time).` : undefined}
        error={errorFor('signature.date')} onChange={(value) => update((draft) => void (draft.signature.date = value))} />
    </>
  );
}

type PartyFieldsProps = {
  title: string;
  path: string;
  party: Party;
  errorFor(path: string): string | undefined;
  onChange(party: Party): void;
};

function PartyFields({ title, path, party, errorFor, onChange }: PartyFieldsProps) {
  return (
    <fieldset className="nested">
      <legend>{title}</legend>
      <TextField label={`${title} name`} id={fieldId(`${path}.name`)} required value={party.name}
        error={errorFor(`${path}.name`)} onChange={(name) => onChange({ ...party, name })} />
      <TextField label={`${title} address`} id={fieldId(`${path}.address`)} required value={party.address}
        error={errorFor(`${path}.address`)} onChange={(address) => onChange({ ...party, address })} />
      <TextField label={`${title} country`} id={fieldId(`${path}.country`)} required value={party.country}
        hint="Two-letter country code, for example DE" error={errorFor(`${path}.country`)}
        onChange={(country) => onChange({ ...party, country: country.toUpperCase() })} />
    </fieldset>
  );
}

function PartyList({ title, path, parties, errorFor, onChange }: Omit<PartyFieldsProps, 'party' | 'onChange'> & {
  parties: Party[];
  onChange(parties: Party[]): void;
}) {
  return (
    <>
      {parties.map((party, index) => (
        <div key={index}>
          <PartyFields title={`${title} ${index + 1}`} path={`${path}[${index}]`} party={party} errorFor={errorFor}
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
