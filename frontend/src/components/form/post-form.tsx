import { useCallback, useId, useState } from 'react';

import { useApiClient } from '../../lib/auth/identity-provider';
import { jsonBody, useApiAction } from '../../lib/use-api';
import { ProblemSummary, SelectField, TextField } from './fields';

export type FormField =
  | { name: string; label: string; kind: 'text' | 'multiline'; hint?: string }
  | { name: string; label: string; kind: 'select'; options: { value: string; label: string }[] }
  | { name: string; label: string; kind: 'checkbox' };

/**
 * A titled form that posts its fields as JSON to `path`: every refusal shown beside its field, nothing typed
 * lost. Empty texts and unchosen options are left out, so that "required" is reported by field.
 */
export function PostForm({ title, path, fields, submitLabel, onDone, intro }: {
  title: string;
  path: string;
  fields: FormField[];
  submitLabel: string;
  onDone(): void;
  intro?: string;
}) {
  const api = useApiClient();
  const headingId = useId();
  const [values, setValues] = useState<Record<string, string | boolean>>({});
  const post = useApiAction(
    useCallback(() => {
      const body = Object.fromEntries(
        fields
          .map((field) => [field.name, field.kind === 'checkbox' ? values[field.name] === true : values[field.name]])
          .filter(([, value]) => value !== undefined && value !== ''),
      );
      return api.fetchJson(path, jsonBody('POST', body));
    }, [api, path, fields, values]),
  );
  const set = (name: string) => (value: string | boolean) => setValues((current) => ({ ...current, [name]: value }));
  return (
    <section aria-labelledby={headingId} className="callout">
      <h2 id={headingId}>{title}</h2>
      {intro && <p>{intro}</p>}
      <ProblemSummary problem={post.problem} />
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if ((await post.run()) !== undefined) {
            setValues({});
            onDone();
          }
        }}
      >
        {fields.map((field) => {
          const error = post.reasonFor(field.name);
          switch (field.kind) {
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
                  multiline={field.kind === 'multiline'} hint={field.hint} onChange={set(field.name)} error={error} />
              );
          }
        })}
        <button type="submit" className="primary" disabled={post.busy}>
          {submitLabel}
        </button>
      </form>
    </section>
  );
}
