import { PostForm } from '../../components/form/post-form';
import { PositionForm } from './position-form';
import { allowed, type AllowedAction } from './allowed-actions';
import type { ReturnBlock } from './types';

/**
 * The agencies' returns without action that block BIS's decision, with who must act next: BIS supplies what
 * is missing (or returns the application), then the agency records a new position (DOMAIN.md, Reconciliation).
 */
export function ReturnBlocksPanel({ blocks, allowedActions, onChanged }: {
  blocks: ReturnBlock[];
  /** What the person may do now (the server's access policy): supply information, record a new position. */
  allowedActions: AllowedAction[];
  onChanged(): void;
}) {
  if (blocks.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="return-blocks-heading">
      <h2 id="return-blocks-heading">Decision blocked: information missing</h2>
      <p>
        A return without action is not agreement. BIS can approve or deny only after it supplies what is missing and the
        agency records a new position; it may still return the application without action.
      </p>
      {blocks.map((block) => (
        <article key={block.positionId} className="card" aria-label={`${block.agency} return without action`}>
          <h3>{block.agency} returned the case without action</h3>
          <p>
            {block.returnedBy} on {block.returnedAt.slice(0, 10)}. Missing: {block.missingInformation}
          </p>
          <p>
            <strong>Waiting on {block.mustAct}:</strong> {block.nextStep}.
          </p>
          {block.supplied.length > 0 && (
            <ul aria-label={`Supplied to ${block.agency}`}>
              {block.supplied.map((answer) => (
                <li key={answer.id}>
                  {answer.suppliedAt.slice(0, 10)}, {answer.suppliedBy}: {answer.information}
                </li>
              ))}
            </ul>
          )}
          {allowed(allowedActions, 'SUPPLY_INFORMATION', { targetId: block.positionId }) && (
            <PostForm
              title={`Supply the information to ${block.agency}`}
              path={`/api/staff/positions/${block.positionId}/supplied-information`}
              submitLabel={`Send to ${block.agency}`}
              onDone={onChanged}
              primary={false}
              fields={[{ name: 'information', label: 'What BIS supplies', kind: 'multiline' }]}
            />
          )}
          {allowed(allowedActions, 'RECORD_POSITION', { targetId: block.referralId }) && (
            <PositionForm referralId={block.referralId} agency={block.agency} onRecorded={onChanged} />
          )}
        </article>
      ))}
    </section>
  );
}
