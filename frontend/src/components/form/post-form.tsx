import { useCallback, useId, useState, type ReactNode } from 'react';

import { useApiClient } from '../../lib/auth/identity-provider';
import { jsonBody, useApiAction } from '../../lib/use-api';
import { ProblemSummary, SelectField, TextField } from './fields';

type Value = string | boolean | string[];

/** Whether a field is shown (and sent), given what has been entered so far. */
type Shown = { when?: (values: Record<string, Value>) => boolean };

export type FormField = Shown &
  (
    | { name: string; label: string; kind: 'text' | 'multiline'; hint?: string }
    /** A multi-line text sent as a list, one entry a line. */
    | { name: string; label: string; kind: 'lines'; hint?: string }
    | { name: string; label: string; kind: 'select'; options: { value: string; label: string }[] }
    | { name: string; label: string; kind: 'checkbox' }
    /** Several checkboxes sent as the list of the values ticked, or as `send` makes of that list. */
    | { name: string; label: string; kind: 'choices'; options: { value: string; label: string }[]; send?: (ticked: string[]) => unknown }
  );

/**
 * A titled form that posts its fields as JSON to `path`: every refusal shown beside its field, nothing typed
 * lost. Empty texts and unchosen options are left out, so that "required" is reported by field.
 */
export function PostForm({ title, path, fields, submitLabel, onDone, intro, initial = {}, fixed = {}, children, primary = true }: {
  title: string;
  path: string;
  fields: FormField[];
  submitLabel: string;
  onDone(): void;
  intro?: string;
  /** Values the form starts with, e.g. a suggested choice. */
  initial?: Record<string, Value>;
  /** Values always sent, whatever is entered (the form's meaning, e.g. accepting). */
  fixed?: Record<string, Value>;
  /** What the person should read before filling the form in. */
  children?: ReactNode;
  primary?: boolean;
}) {
  const api = useApiClient();
  const headingId = useId();
  const [values, setValues] = useState<Record<string, Value>>(initial);
  const shown = fields.filter((field) => !field.when || field.when(values));
  const post = useApiAction(
    useCallback(() => {
      const body = Object.fromEntries([
        ...Object.entries(fixed),
        ...shown
          .map((field): [string, unknown] => [field.name, sent(field, values[field.name])])
          .filter(([, value]) => value !== undefined && value !== ''),
      ]);
      return api.fetchJson(path, jsonBody('POST', body));
    }, [api, path, shown, values, fixed]),
  );
  const set = (name: string) => (value: Value) => setValues((current) => ({ ...current, [name]: value }));
  return (
    <section aria-labelledby={headingId} className="callout">
      <h2 id={headingId}>{title}</h2>
      {intro && <p>{intro}</p>}
      {children}
      <ProblemSummary problem={post.problem} />
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if ((await post.run()) !== undefined) {
            setValues(initial);
            onDone();
          }
        }}
      >
        {shown.map((field) => {
          const error = post.reasonFor(field.name);
          switch (field.kind) {
            case 'choices': {
              const ticked = (values[field.name] as string[] | undefined) ?? [];
              return (
                <fieldset key={field.name}>
                  <legend>{field.label}</legend>
                  {field.options.map((option) => (
                    <div key={option.value} className="checkbox">
                      <input type="checkbox" id={`${headingId}-${field.name}-${option.value}`}
                        checked={ticked.includes(option.value)}
                        onChange={(event) => set(field.name)(event.target.checked ? [...ticked, option.value]
                          : ticked.filter((value) => value !== option.value))} />
                      <label htmlFor={`${headingId}-${field.name}-${option.value}`}>{option.label}</label>
                    </div>
                  ))}
                  {error && <p className="field-error">{error}</p>}
                </fieldset>
              );
            }
            case 'select':
              return (
                <SelectField key={field.name} label={field.label} value={String(values[field.name] ?? '')}
                  options={field.options} onChange={set(field.name)} error={error} />
              );
            case 'checkbox':
              return (
                <div key={field.name} className="checkbox">
                  <input type="checkbox" id={`${headingId}-${field.name}`} checked={values[field.name] === true}
                    onChange={(event) => set(field.name)(event.target.checked)} />
                  <label htmlFor={`${headingId}-${field.name}`}>{field.label}</label>
                  {error && <p className="field-error">{error}</p>}
                </div>
              );
            default:
              return (
                <TextField key={field.name} label={field.label} value={String(values[field.name] ?? '')}
                  multiline={field.kind !== 'text'} hint={field.hint} onChange={set(field.name)} error={error} />
              );
          }
        })}
        <button type="submit" className={primary ? 'primary' : undefined} disabled={post.busy}>
          {submitLabel}
        </button>
      </form>
    </section>
  );
}

/** What a field sends: a checkbox true or false, lines as a list, anything else as entered. */
function sent(field: FormField, value: Value | undefined): unknown {
  switch (field.kind) {
    case 'choices':
      return field.send && Array.isArray(value) ? (value.length > 0 ? field.send(value) : undefined) : value;
    case 'checkbox':
      return value === true;
    case 'lines':
      return typeof value === 'string' ? value.split('\n').map((line) => line.trim()).filter((line) => line !== '') : undefined;
    default:
      return value;
  }
}
