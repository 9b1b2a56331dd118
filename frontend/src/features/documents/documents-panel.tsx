import { useState } from 'react';

import { ProblemSummary, SelectField } from '../../components/form/fields';
import { ApiProblem } from '../../lib/api-client';
import { useApiClient } from '../../lib/auth/identity-provider';
import { useApiQuery } from '../../lib/use-api';

type SupportDocument = {
  id: string;
  documentId: string;
  version: number;
  type: string;
  fileName: string;
  size: number;
  uploadedBy: string;
  uploadedAt: string;
  latest: boolean;
};

const TYPES = [
  { value: 'TECHNICAL_SPECIFICATION', label: 'Technical specification' },
  { value: 'END_USER_STATEMENT', label: 'End-user statement' },
  { value: 'LETTER_OF_EXPLANATION', label: 'Letter of explanation' },
  { value: 'IMPORT_CERTIFICATE', label: 'Import certificate' },
  { value: 'OTHER', label: 'Other' },
];

/**
 * The case's support documents (PDF), every version; those who may upload add one or a new version of one.
 * `base` is the case's path for the caller: `/api/applicant/applications/{id}` or `/api/staff/applications/{id}`.
 */
export function DocumentsPanel({ base, mayUpload }: { base: string; mayUpload: boolean }) {
  const api = useApiClient();
  const documents = useApiQuery<SupportDocument[]>(`${base}/documents`);
  const [type, setType] = useState('');
  const [replaces, setReplaces] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);

  const upload = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const body = new FormData();
      if (type) {
        body.append('type', type);
      }
      if (replaces) {
        body.append('replaces', replaces);
      }
      if (file) {
        body.append('file', file);
      }
      await api.fetchJson(`${base}/documents`, { method: 'POST', body });
      setFile(null);
      documents.reload();
    } catch (error) {
      setProblem(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setBusy(false);
    }
  };
  const download = async (document: SupportDocument) => {
    try {
      const url = URL.createObjectURL(await api.fetchBlob(`${base}/documents/${document.id}/content`));
      const link = window.document.createElement('a');
      link.href = url;
      link.download = document.fileName;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      setProblem(error instanceof Error ? error : new Error(String(error)));
    }
  };
  const reasonFor = (field: string) => (problem instanceof ApiProblem ? problem.reasonFor(field) : undefined);
  const latest = documents.status === 'loaded' ? documents.data.filter((document) => document.latest) : [];
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">Support documents</h2>
      {documents.status === 'failed' &&
        (documents.problem instanceof ApiProblem && documents.problem.status === 404 ? (
          <p>The documents of this case are for the applicant, BIS and the agencies it was referred to.</p>
        ) : (
          <p role="alert">{documents.problem.message}</p>
        ))}
      {documents.status === 'loaded' &&
        (documents.data.length === 0 ? (
          <p>No documents yet.</p>
        ) : (
          <ul>
            {documents.data.map((document) => (
              <li key={document.id}>
                <button type="button" className="link-button" onClick={() => void download(document)}>
                  {document.fileName}
                </button>{' '}
                ({TYPES.find((candidate) => candidate.value === document.type)?.label ?? document.type}, version{' '}
                {document.version}
                {document.latest ? '' : ', replaced'}, {Math.ceil(document.size / 1024)} KB, {document.uploadedBy})
              </li>
            ))}
          </ul>
        ))}
      {mayUpload && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void upload();
          }}
        >
          <ProblemSummary problem={problem} />
          <SelectField label="Document type" value={type} options={TYPES} onChange={setType} error={reasonFor('type')} />
          {latest.length > 0 && (
            <SelectField
              label="Replaces (optional: a new version of)"
              value={replaces}
              options={latest.map((document) => ({ value: document.documentId, label: document.fileName }))}
              onChange={setReplaces}
              error={reasonFor('replaces')}
            />
          )}
          <div className={reasonFor('file') ? 'field field-invalid' : 'field'}>
            <label htmlFor="document-file">PDF file (at most 25 MB)</label>
            <input id="document-file" type="file" accept="application/pdf,.pdf"
              aria-describedby={reasonFor('file') ? 'document-file-error' : undefined}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
            {reasonFor('file') && (
              <p id="document-file-error" className="field-error">
                {reasonFor('file')}
              </p>
            )}
          </div>
          <button type="submit" disabled={busy}>
            Upload the document
          </button>
        </form>
      )}
    </section>
  );
}
