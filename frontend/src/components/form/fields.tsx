import { useId, type ReactNode } from 'react';

import type { ApiProblem } from '../../lib/api-client';

type FieldProps = {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Why Clearance refused this field, shown beside it. */
  error?: string;
  hint?: ReactNode;
  type?: string;
  required?: boolean;
  multiline?: boolean;
  /** The id of a datalist offering values as the person types. */
  list?: string;
  /** The input's id, for an error summary to link to; generated when left out. */
  id?: string;
};

/** The visible mark of a field that must be answered before submission; the input says so to assistive technology. */
function RequiredMark({ required }: { required?: boolean }) {
  return required ? <span className="field-required" aria-hidden="true"> (required)</span> : null;
}

/** A labelled input with its hint and the reason it was refused, both read out with it. */
export function TextField({ label, value, onChange, error, hint, type = 'text', required, multiline, list, id: givenId }: FieldProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-required': required ? true : undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <div className="label-line">
        <label htmlFor={id}>{label}</label>
        <RequiredMark required={required} />
      </div>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} list={list} onChange={(event) => onChange(event.target.value)} />
      )}
      {error && (
        <p id={errorId} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}

type SelectProps = {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange(value: string): void;
  error?: string;
  id?: string;
  required?: boolean;
};

export function SelectField({ label, value, options, onChange, error, id: givenId, required }: SelectProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <div className="label-line">
        <label htmlFor={id}>{label}</label>
        <RequiredMark required={required} />
      </div>
      <select
        id={id}
        value={value}
        aria-required={required ? true : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">Choose…</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}

/** The refusal of a whole request: its title and detail, and how many fields to correct. */
export function ProblemSummary({ problem }: { problem: ApiProblem | Error | null }) {
  if (!problem) {
    return null;
  }
  const fields = 'fieldErrors' in problem ? problem.fieldErrors : [];
  return (
    <div role="alert" className="problem-summary">
      <p>
        <strong>{problem.message}</strong>
      </p>
      {fields.length > 0 && (
        <ul>
          {fields.map((error) => (
            <li key={error.field}>
              <code>{error.field}</code>: {error.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

type YesNoProps = {
  /** The question, asked in plain words; it is the fieldset's legend. */
  question: string;
  value: boolean | null;
  onChange(value: boolean): void;
  error?: string;
  hint?: ReactNode;
  /** The id of the "Yes" radio, for an error summary to link to. */
  id?: string;
  required?: boolean;
};

/** A yes-or-no question as a pair of radios in a fieldset, with its hint and the reason it was refused. */
export function YesNoField({ question, value, onChange, error, hint, id: givenId, required }: YesNoProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={error ? 'field field-invalid yes-no' : 'field yes-no'} aria-describedby={describedBy}>
      <legend>
        {question}
        <RequiredMark required={required} />
      </legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      <label>
        <input type="radio" id={id} name={id} checked={value === true} onChange={() => onChange(true)} /> Yes
      </label>
      <label>
        <input type="radio" name={id} checked={value === false} onChange={() => onChange(false)} /> No
      </label>
    </fieldset>
  );
}
