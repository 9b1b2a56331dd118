import { useState } from 'react';
import { useParams } from 'react-router';

import { useIdentity } from '../../lib/auth/identity-provider';
import { useApiQuery } from '../../lib/use-api';
import { DocumentsPanel } from '../documents/documents-panel';
import { declaredEndUses, statusName } from '../applications/types';
import { AssessmentForm, AssessmentRequestForm } from './assessment-forms';
import { BisReviewForm } from './bis-review-form';
import { ClassificationPanel } from './classification-panel';
import { DecisionForm, RulingForm } from './decision-forms';
import { EscalationPanel } from './escalation-panel';
import { HoldsPanel } from './holds-panel';
import { PostForm } from '../../components/form/post-form';
import { ReclassificationPanel } from './reclassification-panel';
import { PositionForm } from './position-form';
import { ProcessDiagram } from './process-diagram';
import { ReturnBlocksPanel } from './return-blocks-panel';
import { ScreeningPanel } from './screening-panel';
import { Timeline } from './timeline';
import { allowed } from './allowed-actions';
import type { StaffCase } from './types';

/** A case as the signed-in member of staff may see it, with the work they can do on it. */
export function CaseView() {
  const { id } = useParams();
  const { state } = useIdentity();
  const person = state.status === 'signed-in' ? state.person : null;
  const staffCase = useApiQuery<StaffCase>(`/api/staff/applications/${id}`);
  const [version, setVersion] = useState(0);
  const changed = () => {
    staffCase.reload();
    setVersion((v) => v + 1);
  };

  if (staffCase.status === 'loading') {
    return <p role="status">Loading the case…</p>;
  }
  if (staffCase.status === 'failed') {
    return <p role="alert">{staffCase.problem.message}</p>;
  }
  const { application, clock, classification, screening, referrals, reviews, openTasks, decision, reconciliation } =
    staffCase.data;
  const { ladder, intentToDeny, returnBlocks, allowedActions } = staffCase.data;
  // what the person may do now is the server's answer (the access policy): the UI works out no permission
  const may = (action: string, where: { targetId?: string; task?: string } = {}) => allowed(allowedActions, action, where);
  const returnTask = openTasks.find((task) => task.type === 'RETURN_FOR_NO_ANSWER');
  const review = may('REVIEW', { task: 'BIS_REVIEW' });
  const returnForNoAnswer = may('REVIEW', { task: 'RETURN_FOR_NO_ANSWER' });
  const requestAssessments = may('REQUEST_ASSESSMENTS', { task: 'AGENCY_REVIEW' });
  const recordPosition = may('RECORD_POSITION', { task: 'AGENCY_REVIEW' });
  const reportMissing = may('REPORT_MISSING_INFORMATION', { task: 'AGENCY_REVIEW' });
  const recordAssessment = may('RECORD_ASSESSMENT');
  const rule = may('RULE', { task: 'OC_DECISION' });
  const recordPresidentsDecision = may('RULE', { task: 'PRESIDENTIAL_DECISION' });
  const decideDenialAppeal = may('DECIDE_DENIAL_APPEAL');
  const issueIntent = may('ISSUE_INTENT_TO_DENY');
  const vote = may('VOTE');
  const nextDeadline = clock?.deadlines.filter((deadline) => !deadline.metAt).sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
  const form = application.form;
  return (
    <>
      <h1>Case {application.controlNumber ?? application.id}</h1>
      <p className="status-line">
        Status: <strong>{statusName(application.outcome ?? application.status)}</strong>
        {clock && (
          <>
            {' '}
            · Day {clock.processingDay} of 90{clock.onHold ? ' (on hold)' : ''}
            {nextDeadline && (
              <span className={nextDeadline.overdue ? 'overdue-text' : undefined}>
                {' '}
                · Next deadline: {nextDeadline.what} on {nextDeadline.dueOn}
                {nextDeadline.overdue && <strong> — overdue</strong>}
              </span>
            )}
          </>
        )}
      </p>

      <section aria-labelledby="application-heading">
        <h2 id="application-heading">Application</h2>
        <dl className="summary">
          <dt>Applicant</dt>
          <dd>{form.applicant?.name ?? '—'}</dd>
          <dt>Ultimate consignee</dt>
          <dd>
            {form.ultimateConsignee?.name ?? '—'} ({form.ultimateConsignee?.country ?? '—'})
          </dd>
          <dt>End users</dt>
          <dd>{(form.endUsers ?? []).map((party) => `${party.name} (${party.country})`).join('; ') || '—'}</dd>
          <dt>Items</dt>
          <dd>{(form.items ?? []).map((item) => `${item.eccn} ${item.model ?? ''} × ${item.quantity ?? '?'}`).join('; ')}</dd>
          <dt>Specific end use</dt>
          <dd>{form.specificEndUse ?? '—'}</dd>
          <dt>End uses of concern declared</dt>
          <dd>{declaredEndUses(form.endUse)}</dd>
        </dl>
      </section>

      {clock && (
        <HoldsPanel applicationId={application.id} holds={clock.holds} onChanged={changed}
          mayHold={!!may('HOLD')} mayRelease={!!may('RELEASE_HOLD')} />
      )}
      <DocumentsPanel base={`/api/staff/applications/${application.id}`} mayUpload={!!may('UPLOAD_DOCUMENT')} />
      {classification && (
        <ClassificationPanel requirement={classification.licenseRequirement} suggestion={classification.referralSuggestion} />
      )}
      {classification && (
        <ReclassificationPanel applicationId={application.id} onChanged={changed}
          items={classification.licenseRequirement.items.map(({ item, eccn }) => ({ item, eccn }))}
          reclassifications={classification.reclassifications ?? []}
          mayReclassify={!!may('RECLASSIFY')} />
      )}
      {screening && (
        <ScreeningPanel applicationId={application.id} screening={screening} mayAdjudicate={!!may('ADJUDICATE_SCREENING')} onChanged={changed} />
      )}
      {review && (
        <BisReviewForm applicationId={application.id} suggestion={classification?.referralSuggestion ?? null} onReviewed={changed} />
      )}
      {returnForNoAnswer && returnTask && (
        <BisReviewForm applicationId={application.id} suggestion={null} onReviewed={changed} onlyReturn
          deficiency={returnTask.name.replace('Return without action: no answer', 'No answer to BIS\'s question') + '.'} />
      )}
      {requestAssessments?.targetId && (
        <AssessmentRequestForm referralId={requestAssessments.targetId} onRequested={changed} />
      )}
      {recordPosition?.targetId && (
        <PositionForm referralId={recordPosition.targetId} agency={person?.agency ?? 'Agency'} onRecorded={changed}
          recommendations={referrals
            .filter(({ referral }) => referral.id === recordPosition.targetId)
            .flatMap(({ assessments }) => assessments)
            .filter((assessment) => assessment.recommendation && (assessment.conditions ?? []).length > 0)
            .map((assessment) => ({ assessmentId: assessment.id, component: assessment.component,
              conditions: assessment.conditions ?? [] }))} />
      )}
      {reportMissing && (
        <PostForm
          title="Ask BIS for missing information"
          intro="Within 10 days of the referral this holds the case until BIS answers."
          path={reportMissing.path}
          submitLabel="Send the request"
          onDone={changed}
          fields={[{ name: 'missing', label: 'What is missing', kind: 'multiline' }]}
        />
      )}
      {recordAssessment?.targetId && (
        <AssessmentForm assessmentId={recordAssessment.targetId} component={person?.component ?? 'Component'} onRecorded={changed} />
      )}
      <ReturnBlocksPanel blocks={returnBlocks} allowedActions={allowedActions} onChanged={changed} />
      {may('DECIDE') && (
        <DecisionForm applicationId={application.id} agencyConditions={staffCase.data.proposedConditions} onDecided={changed} />
      )}
      {rule && <RulingForm applicationId={application.id} onRuled={changed} />}
      {recordPresidentsDecision && (
        <RulingForm applicationId={application.id} onRuled={changed} title="Record the President's decision" />
      )}
      {decideDenialAppeal && (
        <PostForm
          title="Record the Under Secretary's decision on the appeal"
          path={decideDenialAppeal.path}
          submitLabel="Record the decision on the appeal"
          onDone={changed}
          fields={[
            { name: 'outcome', label: 'Decision on the appeal', kind: 'select', options: [
              { value: 'UPHELD', label: 'Denial upheld' },
              { value: 'GRANTED', label: 'Appeal granted (BIS decides again)' },
            ] },
            { name: 'rationale', label: 'Rationale of the Under Secretary', kind: 'multiline' },
            { name: 'hearingHeldOn', label: 'Informal hearing held on (if any)', kind: 'text', hint: 'YYYY-MM-DD' },
          ]}
        />
      )}
      {issueIntent && (
        <PostForm
          title="Issue an intent to deny"
          intro={(issueIntent.task === 'LADDER_DENIAL_NOTICE' ? 'The escalation ladder denied the application. ' : '')
            + 'A denial starts as a notice to the applicant, who may respond within 20 days and appeal within 45.'}
          path={`/api/staff/applications/${application.id}/intent-to-deny`}
          submitLabel="Issue the notice"
          onDone={changed}
          fields={[
            { name: 'statutoryBasis', label: 'Statutory basis', kind: 'text', hint: 'For example 50 U.S.C. 4813(a)' },
            { name: 'regulatoryBasis', label: 'Regulatory basis', kind: 'text', hint: 'For example 15 CFR 742.4(b)(1)' },
            { name: 'reasons', label: 'Reasons', kind: 'multiline' },
            { name: 'reconsideration', label: 'What would allow BIS to reconsider', kind: 'multiline' },
            { name: 'contact', label: 'Contact for the applicant', kind: 'text' },
          ]}
        />
      )}
      {intentToDeny && (
        <section aria-labelledby="itd-heading">
          <h2 id="itd-heading">Intent to deny</h2>
          <p>
            Issued {intentToDeny.issuedAt.slice(0, 10)} by {intentToDeny.issuedBy}: {intentToDeny.reasons} (statutory basis:{' '}
            {intentToDeny.statutoryBasis}; regulatory basis: {intentToDeny.regulatoryBasis ?? 'not recorded apart'}). Response due {intentToDeny.windows.respondBy}; final after {intentToDeny.windows.finalAfter}.
          </p>
          {intentToDeny.response && <p>The applicant responded: {intentToDeny.response.response}</p>}
          {intentToDeny.withdrawal && <p>Withdrawn: {intentToDeny.withdrawal.rationale}</p>}
          {intentToDeny.appeal && <p>The applicant appealed: {intentToDeny.appeal.statement}</p>}
        </section>
      )}
      {may('WITHDRAW_INTENT_TO_DENY') && (
        <PostForm
          title="Withdraw the intent to deny"
          path={`/api/staff/applications/${application.id}/intent-to-deny/withdrawal`}
          submitLabel="Withdraw the notice"
          onDone={changed}
          fields={[{ name: 'rationale', label: 'Why BIS withdraws the notice', kind: 'multiline' }]}
        />
      )}
      <EscalationPanel applicationId={application.id} ladder={ladder} mayAppeal={!!may('APPEAL')}
        voteOn={vote?.targetId ?? null} onChanged={changed} />

      {reviews.length > 0 && (
        <section aria-labelledby="reviews-heading">
          <h2 id="reviews-heading">BIS reviews</h2>
          {reviews.map((review, index) => (
            <p key={index}>
              {statusName(review.action)}
              {review.agencies.length > 0 && ` to ${review.agencies.join(', ')}`}
              {review.proposedOutcome && `, proposing ${statusName(review.proposedOutcome).toLowerCase()}`} by {review.reviewedBy}
              {review.analysis && `: ${review.analysis}`}
            </p>
          ))}
        </section>
      )}
      {referrals.length > 0 && (
        <section aria-labelledby="positions-heading">
          <h2 id="positions-heading">Agency positions</h2>
          <div className="side-by-side">
            {referrals.map(({ referral, position, supersededPositions, suppliedInformation, assessments }) => (
              <article key={referral.id} className="card" aria-label={`${referral.agency} position`}>
                <h3>{referral.agency}</h3>
                {position ? (
                  <>
                    <p>
                      <strong>{statusName(position.type)}</strong> by {position.recordedBy}
                    </p>
                    <p>{position.rationale}</p>
                    {position.conditions.length > 0 && (
                      <ol>
                        {position.conditions.map((condition) => (
                          <li key={condition.sequence}>
                            {condition.text}
                            {condition.adoptedFrom && (
                              <span className="field-hint"> (recommended by {condition.adoptedFrom})</span>
                            )}
                          </li>
                        ))}
                      </ol>
                    )}
                    {position.statutoryBasis && <p>Statutory basis: {position.statutoryBasis}</p>}
                    {position.regulatoryBasis && <p>Regulatory basis: {position.regulatoryBasis}</p>}
                    {position.missingInformation && <p>Missing: {position.missingInformation}</p>}
                  </>
                ) : (
                  <p>No position yet.</p>
                )}
                {supersededPositions.map((earlier) => (
                  <p key={earlier.id}>
                    Earlier: {statusName(earlier.type)} by {earlier.recordedBy} on {earlier.recordedAt.slice(0, 10)}
                    {earlier.missingInformation && ` (missing: ${earlier.missingInformation})`}, superseded
                  </p>
                ))}
                {suppliedInformation.map((answer) => (
                  <p key={answer.id}>
                    BIS supplied on {answer.suppliedAt.slice(0, 10)}: {answer.information}
                  </p>
                ))}
                {assessments.map((assessment) => (
                  <div key={assessment.id} className="assessment">
                    <h4>{assessment.component} assessment</h4>
                    {assessment.instructions && (
                      <p>
                        {referral.agency}&apos;s instructions ({assessment.requestedBy}): {assessment.instructions}
                      </p>
                    )}
                    {assessment.recommendation ? (
                      <>
                        <p>
                          <strong>{statusName(assessment.recommendation)}</strong> by {assessment.recordedBy}: {assessment.rationale}
                        </p>
                        {(assessment.conditions ?? []).length > 0 && (
                          <>
                            <p>Recommended conditions:</p>
                            <ol>
                              {(assessment.conditions ?? []).map((condition) => (
                                <li key={condition}>{condition}</li>
                              ))}
                            </ol>
                          </>
                        )}
                      </>
                    ) : (
                      <p>Awaited.</p>
                    )}
                  </div>
                ))}
              </article>
            ))}
          </div>
        </section>
      )}
      {reconciliation && (
        <section aria-labelledby="reconciliation-heading">
          <h2 id="reconciliation-heading">Reconciliation: {statusName(reconciliation.verdict)}</h2>
          <ul>
            {reconciliation.positions.map((position) => (
              <li key={position.agency}>
                {position.agency}: {statusName(position.positionType)} — {statusName(position.verdict).toLowerCase()}
              </li>
            ))}
          </ul>
        </section>
      )}
      {decision && (
        <section aria-labelledby="decision-heading">
          <h2 id="decision-heading">Decision: {statusName(decision.outcome)}</h2>
          <p>{decision.rationale}</p>
        </section>
      )}
      <ProcessDiagram key={`process-${version}`} applicationId={application.id} />
      <Timeline key={`timeline-${version}`} applicationId={application.id} />
    </>
  );
}
