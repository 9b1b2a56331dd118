import { useEffect, useState, type ReactNode } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';

import { ErrorSummary } from '../../components/form/error-summary';
import { ApiProblem } from '../../lib/api-client';
import { useApiClient } from '../../lib/auth/identity-provider';
import { formatDay, formatInstant, useBusinessDay } from '../../lib/business-clock';
import { usePageTitle } from '../../lib/page-title';
import { jsonBody, useApiQuery } from '../../lib/use-api';
import type { FormCheck } from './application-editor';
import { fieldId, formProblems, STEPS, stepPath, type FormProblem, type StepId } from './form-steps';
import { END_USE_QUESTIONS, toRequest, editable, type ApplicantCase, type ApplicationForm, type Party } from './types';

/** Problems as the summary links them: to the field on its step's page. */
function linked(id: string, problems: FormProblem[]) {
  return problems.map((problem) => ({
    message: problem.message,
    fieldId: problem.fieldId,
    href: problem.step ? `${stepPath(id, problem.step)}#${problem.fieldId}` : undefined,
  }));
}

/**
 * "Check your answers": every answer of the draft, step by step, each with a link to change it; the server checks
 * the whole form once more and every problem left is listed, linked to its field.
 */
export function CheckAnswers() {
  const { id = '' } = useParams();
  const api = useApiClient();
  const clock = useBusinessDay();
  const draft = useApiQuery<ApplicantCase>(`/api/applicant/applications/${id}`);
  const [problems, setProblems] = useState<FormProblem[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = draft.status === 'loaded' && clock ? editable(draft.data.form, clock.today) : null;
  const formJson = form ? JSON.stringify(toRequest(form)) : null;
  usePageTitle('Check your answers', (problems?.length ?? 0) > 0);
  useEffect(() => {
    if (formJson === null) {
      return;
    }
    let current = true;
    api.fetchJson<FormCheck>('/api/applicant/applications/validation', jsonBody('POST', JSON.parse(formJson))).then(
      (check) => current && setProblems(formProblems(check.errors)),
      (error: Error) => current && setFailure(error.message),
    );
    return () => {
      current = false;
    };
  }, [api, formJson]);

  if (draft.status === 'failed') {
    return <p role="alert">{draft.problem.message}</p>;
  }
  if (draft.status === 'loaded' && draft.data.status !== 'DRAFT') {
    return <Navigate to={`/applications/${id}`} replace />;
  }
  if (!form) {
    return <p role="status">Loading your answers…</p>;
  }
  const change = (step: StepId, path: string) => `${stepPath(id, step)}#${fieldId(path)}`;
  return (
    <>
      <Link className="back-link" to={stepPath(id, 'signature')}>
        Back
      </Link>
      {problems && <ErrorSummary problems={linked(id, problems)} intro={failure ?? undefined} />}
      {!problems && failure && <ErrorSummary problems={[]} intro={failure} />}
      <h1>Check your answers before submitting your application</h1>
      <AnswerSection title={STEPS[0].title} rows={[
        ['Type of application', typeName(form.type), change('applicant', 'type')],
        ['Contact name', form.contact.name, change('applicant', 'contact.name')],
        ['Contact phone', form.contact.phone, change('applicant', 'contact.phone')],
        ['Contact email', form.contact.email, change('applicant', 'contact.email')],
        ['Applicant', partyLines(form.applicant), change('applicant', 'applicant.name')],
      ]} />
      <AnswerSection title={STEPS[1].title} rows={[
        ['Purchaser', partyLines(form.purchaser), change('parties', 'purchaser.name')],
        ['Ultimate consignee', partyLines(form.ultimateConsignee), change('parties', 'ultimateConsignee.name')],
        ...form.intermediateConsignees.map((party, index): Row => [`Intermediate consignee ${index + 1}`, partyLines(party),
          change('parties', `intermediateConsignees[${index}].name`)]),
        ...form.endUsers.map((party, index): Row => [`End user ${index + 1}`, partyLines(party),
          change('parties', `endUsers[${index}].name`)]),
      ]} />
      <AnswerSection title={STEPS[2].title} rows={[
        ...form.items.map((item, index): Row => [`Item ${index + 1}`, (
          <>
            {item.eccn || 'No ECCN'}{item.model && ` · ${item.model}`}
            <br />
            {item.quantity || '?'} {item.units} × USD {item.unitPrice || '?'} = USD {item.totalPrice || '?'}
            {item.manufacturer && <><br />Made by {item.manufacturer}</>}
            {item.description && <><br />{item.description}</>}
            {item.htsCode && <><br />HTS {item.htsCode}</>}
          </>
        ), change('items', `items[${index}].eccn`)]),
        ['Total value', form.totalValue ? `USD ${form.totalValue}` : '', change('items', 'totalValue')],
      ]} />
      <AnswerSection title={STEPS[3].title} rows={[
        ['Specific end use', form.specificEndUse, change('end-use', 'specificEndUse')],
        ...END_USE_QUESTIONS.map(({ key, question }): Row => [question,
          form.endUse[key] === null ? '' : form.endUse[key] ? 'Yes' : 'No', change('end-use', `endUse.${key}`)]),
        ['Additional information', form.additionalInformation, change('end-use', 'additionalInformation')],
        ['Resubmission of application', form.resubmissionOf, change('end-use', 'resubmissionOf')],
        ['Replaces license', form.replacesLicense, change('end-use', 'replacesLicense')],
      ]} />
      <AnswerSection title={STEPS[4].title} rows={[
        ['Signed by', form.signature.name, change('signature', 'signature.name')],
        ['Title', form.signature.title, change('signature', 'signature.title')],
        ['Date', form.signature.date ? formatDay(form.signature.date) : '', change('signature', 'signature.date')],
      ]} />
      <h2>Now send your application</h2>
      {problems === null ? (
        <p role="status">Checking the application…</p>
      ) : problems.length > 0 ? (
        <p>Correct the problems listed at the top of the page before you submit the application.</p>
      ) : (
        <p>
          <Link className="button primary" to={`/applications/${id}/declaration`}>
            Continue to the declaration
          </Link>
        </p>
      )}
    </>
  );
}

type Row = [string, ReactNode, string];

function AnswerSection({ title, rows }: { title: string; rows: Row[] }) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <dl className="answers">
        {rows.map(([key, value, href]) => (
          <div className="answers-row" key={key}>
            <dt>{key}</dt>
            <dd>{value === '' || value === null ? <span className="field-hint">Not answered</span> : value}</dd>
            <dd className="answers-change">
              <Link to={href}>
                Change <span className="visually-hidden">{key.toLowerCase()}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function partyLines(party: Party): ReactNode {
  if (!party.name && !party.address && !party.country) {
    return '';
  }
  return (
    <>
      {party.name}
      {party.address && <><br />{party.address}</>}
      {party.country && <><br />{party.country}</>}
    </>
  );
}

function typeName(type: ApplicationForm['type']): string {
  return { EXPORT: 'Export', REEXPORT: 'Reexport', IN_COUNTRY_TRANSFER: 'In-country transfer' }[type] ?? type;
}

/** The declaration the applicant confirms before the application is sent; sending registers it. */
export function Declaration() {
  const { id = '' } = useParams();
  const api = useApiClient();
  const navigate = useNavigate();
  const draft = useApiQuery<ApplicantCase>(`/api/applicant/applications/${id}`);
  const [confirmed, setConfirmed] = useState(false);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [unconfirmed, setUnconfirmed] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle('Declaration', problems.length > 0 || unconfirmed || failure !== null);
  if (draft.status === 'failed') {
    return <p role="alert">{draft.problem.message}</p>;
  }
  if (draft.status === 'loaded' && draft.data.status !== 'DRAFT') {
    return <Navigate to={`/applications/${id}/confirmation`} replace />;
  }
  const send = async () => {
    setFailure(null);
    setProblems([]);
    setUnconfirmed(!confirmed);
    if (!confirmed) {
      return;
    }
    setBusy(true);
    try {
      await api.fetchJson<ApplicantCase>(`/api/applicant/applications/${id}/submit`, { method: 'POST' });
      navigate(`/applications/${id}/confirmation`, { replace: true });
    } catch (error) {
      if (error instanceof ApiProblem && error.fieldErrors.length > 0) {
        setProblems(formProblems(error.fieldErrors));
      } else {
        setFailure(error instanceof ApiProblem && error.detail ? error.detail : error instanceof Error ? error.message : String(error));
      }
    } finally {
      setBusy(false);
    }
  };
  const summary = [
    ...(unconfirmed ? [{ message: 'Confirm the declaration to submit the application', fieldId: 'f-declaration' }] : []),
    ...linked(id, problems),
  ];
  return (
    <>
      <Link className="back-link" to={`/applications/${id}/check`}>
        Back
      </Link>
      <ErrorSummary problems={summary} intro={failure ?? undefined} />
      <h1>Declaration</h1>
      <p>By submitting this application you confirm that:</p>
      <ul>
        <li>the information in it, and in the documents you uploaded with it, is true, complete and correct;</li>
        <li>you are authorised to sign and submit it for the applicant named in it;</li>
        <li>you will tell BIS of any change in the facts it states while it is being processed.</li>
      </ul>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <div className={unconfirmed ? 'field field-invalid checkbox' : 'field checkbox'}>
          {unconfirmed && (
            <p id="f-declaration-error" className="field-error">
              <span aria-hidden="true">⚠ </span>Confirm the declaration to submit the application
            </p>
          )}
          <input type="checkbox" id="f-declaration" checked={confirmed}
            aria-describedby={unconfirmed ? 'f-declaration-error' : undefined}
            onChange={(event) => setConfirmed(event.target.checked)} />
          <label htmlFor="f-declaration">I confirm the declaration above</label>
        </div>
        <button type="submit" className="primary" disabled={busy || draft.status !== 'loaded'}>
          {busy ? 'Submitting…' : 'Accept and submit the application'}
        </button>
      </form>
    </>
  );
}

/** The confirmation of a submitted application: its control number and what happens next. */
export function Confirmation() {
  const { id = '' } = useParams();
  const clock = useBusinessDay();
  const application = useApiQuery<ApplicantCase>(`/api/applicant/applications/${id}`);
  usePageTitle('Application submitted');
  if (application.status === 'failed') {
    return <p role="alert">{application.problem.message}</p>;
  }
  if (application.status === 'loading' || !clock) {
    return <p role="status">Loading…</p>;
  }
  const { data } = application;
  if (data.status === 'DRAFT' || !data.controlNumber) {
    return <Navigate to={`/applications/${id}/declaration`} replace />;
  }
  return (
    <>
      <div className="confirmation-panel">
        <h1>Application submitted</h1>
        <p>
          Your Application Control Number
          <br />
          <strong className="control-number">{data.controlNumber}</strong>
        </p>
      </div>
      <h2>What happens next</h2>
      <p>
        BIS registered your application on {data.registeredAt ? formatInstant(data.registeredAt, clock) : formatDay(clock.today)}.
        Quote the control number {data.controlNumber} whenever you contact BIS about it (15 CFR 748.6(b)).
      </p>
      <p>
        BIS reviews it, and may refer it to other agencies. It must be resolved, or referred to the President, no later
        than 90 calendar days from registration (15 CFR 750.4(a)(1)).
      </p>
      <p>
        If BIS needs more information, its questions appear on the application's page, and you answer them there.
      </p>
      <p>
        <Link to={`/applications/${id}`}>See application {data.controlNumber}</Link>
      </p>
      <p>
        <Link to="/applications">Go to your applications</Link>
      </p>
    </>
  );
}
