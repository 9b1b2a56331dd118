import { PostForm } from '../../components/form/post-form';
import { statusName } from '../applications/types';

export type Ladder = {
  rulings: { id: string; level: string; outcome: string; rationale: string; ruledBy: string; ruledAt: string }[];
  appeals: {
    id: string;
    toLevel: string;
    agency: string;
    signatoryName: string;
    signatoryTitle: string;
    statutoryBasis: string;
    regulatoryBasis: string;
    statement: string;
    filedAt: string;
    votes: { memberAgency: string; vote: string; rationale: string; votedBy: string }[];
  }[];
};

const LEVELS: Record<string, string> = {
  OPERATING_COMMITTEE: 'Operating Committee',
  ACEP: 'Advisory Committee on Export Policy',
  EARB: 'Export Administration Review Board',
  PRESIDENT: 'the President',
};

/**
 * The escalation ladder of a disputed case: rulings, appeals with their bases and the boards' votes with the
 * tally; a dissenting agency's appeal and a board member's vote where the caller may give them.
 */
export function EscalationPanel({ applicationId, ladder, mayAppeal, voteOn, onChanged }: {
  applicationId: string;
  ladder: Ladder;
  mayAppeal: boolean;
  voteOn: string | null;
  onChanged(): void;
}) {
  if (ladder.rulings.length === 0 && ladder.appeals.length === 0 && !voteOn) {
    return null;
  }
  return (
    <section aria-labelledby="ladder-heading">
      <h2 id="ladder-heading">Escalation</h2>
      <ol>
        {ladder.rulings.map((ruling) => (
          <li key={ruling.id}>
            {LEVELS[ruling.level] ?? ruling.level} ruled <strong>{statusName(ruling.outcome).toLowerCase()}</strong> (
            {ruling.ruledBy}, {ruling.ruledAt.slice(0, 10)}): {ruling.rationale}
          </li>
        ))}
      </ol>
      {ladder.appeals.map((appeal) => {
        const approvals = appeal.votes.filter((vote) => vote.vote === 'APPROVED').length;
        const denials = appeal.votes.filter((vote) => vote.vote === 'DENIED').length;
        return (
          <article key={appeal.id} className="card" aria-label={`Appeal by ${appeal.agency} to ${LEVELS[appeal.toLevel] ?? appeal.toLevel}`}>
            <h3>
              {appeal.agency} appeals to {LEVELS[appeal.toLevel] ?? appeal.toLevel}
            </h3>
            <p>
              Signed by {appeal.signatoryName}, {appeal.signatoryTitle}, on {appeal.filedAt.slice(0, 10)}. Statutory basis:{' '}
              {appeal.statutoryBasis}; regulatory basis: {appeal.regulatoryBasis}.
            </p>
            <p>{appeal.statement}</p>
            <p>
              Votes: {approvals} to approve, {denials} to deny
              {appeal.votes.length > 0 && ` (${appeal.votes.map((vote) => `${vote.memberAgency}: ${statusName(vote.vote).toLowerCase()}`).join(', ')})`}
            </p>
          </article>
        );
      })}
      {mayAppeal && (
        <PostForm
          title="Appeal the ruling"
          intro="An appeal is in writing, signed by a Senate-confirmed official, and cites both its bases (EO 12981)."
          path={`/api/staff/applications/${applicationId}/appeals`}
          submitLabel="File the appeal"
          onDone={onChanged}
          fields={[
            { name: 'signatoryName', label: 'Signatory', kind: 'text' },
            { name: 'signatoryTitle', label: 'Signatory title', kind: 'text' },
            { name: 'senateConfirmed', label: 'The signatory is Senate-confirmed', kind: 'checkbox' },
            { name: 'statutoryBasis', label: 'Statutory basis of the appeal', kind: 'text' },
            { name: 'regulatoryBasis', label: 'Regulatory basis of the appeal', kind: 'text' },
            { name: 'statement', label: 'Statement', kind: 'multiline' },
          ]}
        />
      )}
      {voteOn && (
        <PostForm
          title="Your board vote"
          path={`/api/staff/appeals/${voteOn}/votes`}
          submitLabel="Cast the vote"
          onDone={onChanged}
          fields={[
            { name: 'vote', label: 'Vote', kind: 'select', options: [
              { value: 'APPROVED', label: 'Approve' },
              { value: 'DENIED', label: 'Deny' },
            ] },
            { name: 'rationale', label: 'Rationale for the vote', kind: 'multiline' },
          ]}
        />
      )}
    </section>
  );
}
