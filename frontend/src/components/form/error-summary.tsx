import { useEffect, useRef } from 'react';
import { Link } from 'react-router';

/** One problem to list: what to do, and where the field is (an input on this page, or on another page). */
export type SummaryProblem = { message: string; fieldId: string; href?: string };

/**
 * "There is a problem": the list of everything to correct, at the top of the page, each a link to its field.
 * It takes the focus when it appears (and when the problems change), so that it is read out first.
 */
export function ErrorSummary({ problems, intro }: { problems: SummaryProblem[]; intro?: string }) {
  const summary = useRef<HTMLDivElement>(null);
  const signature = problems.map((problem) => problem.fieldId + problem.message).join('|');
  useEffect(() => {
    if (problems.length > 0 || intro) {
      summary.current?.focus();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature, intro]);
  if (problems.length === 0 && !intro) {
    return null;
  }
  return (
    <div className="error-summary" ref={summary} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      {intro && <p>{intro}</p>}
      {problems.length > 0 && <ul>
        {problems.map((problem, index) => (
          <li key={`${problem.fieldId}-${index}`}>
            {problem.href ? (
              <Link to={problem.href}>{problem.message}</Link>
            ) : (
              <a
                href={`#${problem.fieldId}`}
                onClick={(event) => {
                  const field = document.getElementById(problem.fieldId);
                  if (field) {
                    event.preventDefault();
                    field.scrollIntoView?.({ block: 'center' });
                    field.focus();
                  }
                }}
              >
                {problem.message}
              </a>
            )}
          </li>
        ))}
      </ul>}
    </div>
  );
}
