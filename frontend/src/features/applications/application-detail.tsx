import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { ProblemSummary, TextField } from '../../components/form/fields';
import { useApiClient } from '../../lib/auth/identity-provider';
import { DocumentsPanel } from '../documents/documents-panel';
import { ApplicantTimeline } from './applicant-timeline';
import { PostForm } from '../../components/form/post-form';
import { jsonBody, useApiAction, useApiQuery } from '../../lib/use-api';
import { formatInstant, useBusinessDay, type BusinessDay } from '../../lib/business-clock';
import { usePageTitle } from '../../lib/page-title';
import { stepPath } from './form-steps';
import { declaredEndUses, statusName, type ApplicantCase, type Party } from './types';

/** One application as its applicant sees it: where it stands, what BIS asked, and the decision. */
export function ApplicationDetail() {
  const { id } = useParams();
  const api = useApiClient();
  const navigate = useNavigate();
  const clock = useBusinessDay();
  const application = useApiQuery<ApplicantCase>(`/api/applicant/applications/${id}`);
  const [confirmingDeletion, setConfirmingDeletion] = useState(false);
  const deletion = useApiAction(
    useCallback(async () => {
      await api.fetchJson<void>(`/api/applicant/applications/${id}`, { method: 'DELETE' });
      return true;
    }, [api, id]),
  );
  usePageTitle(application.status === 'loaded' && application.data.controlNumber
    ? `Application ${application.data.controlNumber}` : 'Draft application');

  if (application.status === 'loading' || !clock) {
    return <p role="status">Loading the application…</p>;
  }
  if (application.status === 'failed') {
    return <p role="alert">{application.problem.message}</p>;
  }
  const { data } = application;
  const form = data.form;
  return (
    <>
      <h1>{data.controlNumber ? `Application ${data.controlNumber}` : 'Draft application'}</h1>
      <p className="status-line">
        Status: <strong>{statusName(data.outcome ?? data.status)}</strong>
        {data.registeredAt && <> · registered {day(data.registeredAt, clock)}</>}
      </p>
      {data.status === 'DRAFT' && (
        <section aria-labelledby="draft-heading">
          <h2 id="draft-heading">Draft</h2>
          <p>Started on {day(data.createdAt, clock)}. BIS sees nothing of it until you submit it.</p>
          <ul className="action-list">
            <li>
              <Link to={stepPath(data.id, 'applicant')}>Continue the application</Link>
            </li>
            <li>
              <Link to={`/applications/${data.id}/check`}>Check your answers and submit</Link>
            </li>
          </ul>
          <ProblemSummary problem={deletion.problem} />
          {confirmingDeletion ? (
            <div role="alertdialog" aria-labelledby="delete-heading" className="warning-panel">
              <h3 id="delete-heading">Delete this draft?</h3>
              <p>The draft and everything typed in it will be deleted. This cannot be undone.</p>
              <div className="button-row">
                <button type="button" className="warning" disabled={deletion.busy} onClick={async () => {
                  if (await deletion.run()) {
                    navigate('/applications', { state: { deletedDraft: true } });
                  }
                }}>
                  Yes, delete the draft
                </button>
                <button type="button" onClick={() => setConfirmingDeletion(false)}>
                  No, keep it
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className="warning" onClick={() => setConfirmingDeletion(true)}>
              Delete this draft
            </button>
          )}
        </section>
      )}
      {data.openQuestions.map((question) => (
        <AnswerQuestion key={question.id} applicationId={data.id} questionId={question.id} question={question.question}
          respondBy={question.respondBy} onAnswered={application.reload} />
      ))}
      {data.proposedConditions && (
        <section aria-labelledby="conditions-heading" className="callout">
          <h2 id="conditions-heading">BIS proposes conditions</h2>
          <p>{data.proposedConditions.conditions}</p>
          <p className="field-hint">
            Proposed on {day(data.proposedConditions.proposedAt, clock)}. The case is held until you answer.
          </p>
          <PostForm title="Accept the conditions" path={`/api/applicant/applications/${data.id}/conditions-answer`}
            submitLabel="Accept the conditions" onDone={application.reload} fixed={{ accepted: true }}
            fields={[{ name: 'note', label: 'Note for BIS (optional)', kind: 'text' }]} />
          <PostForm title="Decline the conditions" path={`/api/applicant/applications/${data.id}/conditions-answer`}
            submitLabel="Decline the conditions" onDone={application.reload} fixed={{ accepted: false }} primary={false}
            fields={[{ name: 'note', label: 'Why you decline', kind: 'multiline' }]} />
        </section>
      )}
      {data.intentToDeny && !data.intentToDeny.withdrawal && (
        <section aria-labelledby="itd-heading" className="callout">
          <h2 id="itd-heading">BIS intends to deny this application</h2>
          <p>{data.intentToDeny.reasons}</p>
          <p>Statutory basis: {data.intentToDeny.statutoryBasis}</p>
          {data.intentToDeny.regulatoryBasis && <p>Regulatory basis: {data.intentToDeny.regulatoryBasis}</p>}
          <p>What would allow BIS to reconsider: {data.intentToDeny.reconsideration}</p>
          <p>Contact: {data.intentToDeny.contact}</p>
          <p>
            Respond by {data.intentToDeny.windows.respondBy}; appeal by {data.intentToDeny.windows.appealBy}. Unless BIS
            withdraws it or you appeal, the denial becomes final after {data.intentToDeny.windows.finalAfter}.
          </p>
          <p className="field-hint">{data.intentToDeny.appealRights}</p>
          {data.intentToDeny.response ? (
            <p>Your response of {day(data.intentToDeny.response.respondedAt, clock)}: {data.intentToDeny.response.response}</p>
          ) : (
            <PostForm title="Respond to the notice" path={`/api/applicant/applications/${data.id}/intent-to-deny/response`}
              submitLabel="Send the response" onDone={application.reload}
              fields={[{ name: 'response', label: 'Your response', kind: 'multiline' }]} />
          )}
          {data.intentToDeny.appeal ? (
            <p>Your appeal of {day(data.intentToDeny.appeal.filedAt, clock)} is with the Under Secretary.</p>
          ) : (
            <PostForm title="Appeal the denial" path={`/api/applicant/applications/${data.id}/intent-to-deny/appeal`}
              submitLabel="File the appeal" onDone={application.reload}
              fields={[
                { name: 'statement', label: 'Grounds of the appeal', kind: 'multiline' },
                { name: 'hearingRequested', label: 'I ask for an informal hearing', kind: 'checkbox' },
              ]} />
          )}
        </section>
      )}
      {data.decision && (
        <section aria-labelledby="decision-heading">
          <h2 id="decision-heading">Decision: {statusName(data.decision.outcome)}</h2>
          <p>Decided on {day(data.decision.decidedAt, clock)}.</p>
          {data.decision.conditions.length > 0 && (
            <>
              <h3>Conditions</h3>
              <ol>
                {data.decision.conditions.map((condition, index) => (
                  <li key={index}>{condition.text}</li>
                ))}
              </ol>
            </>
          )}
          {data.decision.license && <LicenseDownload applicationId={data.id} number={data.decision.license.licenseNumber} />}
        </section>
      )}
      <DocumentsPanel base={`/api/applicant/applications/${data.id}`} mayUpload={data.status !== 'CLOSED'} />
      <ApplicantTimeline
        key={[data.status, data.updatedAt, data.openQuestions.length, data.proposedConditions?.holdId ?? ''].join('|')}
        applicationId={data.id}
      />
      <section aria-labelledby="form-heading">
        <h2 id="form-heading">The application</h2>
        <dl className="summary">
          <dt>Applicant</dt>
          <dd>{partyText(form.applicant)}</dd>
          <dt>Purchaser</dt>
          <dd>{partyText(form.purchaser)}</dd>
          <dt>Ultimate consignee</dt>
          <dd>{partyText(form.ultimateConsignee)}</dd>
          <dt>End users</dt>
          <dd>{(form.endUsers ?? []).map(partyText).join('; ') || '—'}</dd>
          <dt>Items</dt>
          <dd>{(form.items ?? []).map((item) => `${item.eccn ?? '?'} ${item.model ?? ''} × ${item.quantity ?? '?'}`).join('; ') || '—'}</dd>
          <dt>Specific end use</dt>
          <dd>{form.specificEndUse || '—'}</dd>
          <dt>End uses of concern declared</dt>
          <dd>{declaredEndUses(form.endUse)}</dd>
        </dl>
      </section>
    </>
  );
}

/** An instant as the business day it fell on (US Eastern). */
function day(instant: string, clock: BusinessDay): string {
  return formatInstant(instant, clock);
}

function partyText(party: Partial<Party> | undefined | null): string {
  return party?.name ? `${party.name}${party.country ? ` (${party.country})` : ''}` : '—';
}

function AnswerQuestion({ applicationId, questionId, question, respondBy, onAnswered }: {
  applicationId: string;
  questionId: string;
  question: string;
  respondBy: string | null;
  onAnswered(): void;
}) {
  const api = useApiClient();
  const [answer, setAnswer] = useState('');
  const respond = useApiAction(
    useCallback(
      () =>
        api.fetchJson(`/api/applicant/applications/${applicationId}/responses`, jsonBody('POST', { requestId: questionId, answer })),
      [api, applicationId, questionId, answer],
    ),
  );
  return (
    <section aria-labelledby={`question-${questionId}`} className="callout">
      <h2 id={`question-${questionId}`}>BIS asks</h2>
      <p>{question}</p>
      {respondBy && (
        <p className="field-hint">
          Please answer by {respondBy}. Without an answer BIS may return the application without action.
        </p>
      )}
      <ProblemSummary problem={respond.problem} />
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if ((await respond.run()) !== undefined) {
            onAnswered();
          }
        }}
      >
        <TextField label="Your answer" multiline value={answer} onChange={setAnswer} error={respond.reasonFor('answer')} />
        <button type="submit" className="primary" disabled={respond.busy}>
          Send the answer
        </button>
      </form>
    </section>
  );
}

function LicenseDownload({ applicationId, number }: { applicationId: string; number: string }) {
  const api = useApiClient();
  const [problem, setProblem] = useState<string | null>(null);
  const download = async () => {
    try {
      const url = URL.createObjectURL(await api.fetchBlob(`/api/applicant/applications/${applicationId}/license.pdf`));
      const link = document.createElement('a');
      link.href = url;
      link.download = `license-${number}.pdf`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <>
      <button type="button" onClick={() => void download()}>
        Download license {number} (PDF)
      </button>
      {problem && <p role="alert">{problem}</p>}
    </>
  );
}
