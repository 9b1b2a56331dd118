import { useCallback, useState } from 'react';

import { ProblemSummary } from '../../components/form/fields';
import { ClockControl } from './clock-control';
import { DashboardPanel } from './dashboard';
import { useApiClient } from '../../lib/auth/identity-provider';
import { useApiAction, useApiQuery } from '../../lib/use-api';

type ReferenceVersion = {
  version: number;
  summary: string;
  loadedAt: string;
  loadedBy: string;
  changes: { dataset: string; added: string[]; removed: string[]; changed: { key: string; field: string; before: string; after: string }[] }[];
};

type ReferenceImport = {
  version: number;
  created: boolean;
  dataset: string;
  fileName: string;
  rows: number;
  changes: ReferenceVersion['changes'][number];
};

type ListImport = {
  id: string;
  fileName: string;
  format: string;
  entryCount: number;
  entriesBySource: Record<string, number>;
  importedAt: string;
  importedBy: string;
  casesToRescreen: number | null;
  casesRescreened: number;
  rescreenFinishedAt: string | null;
};

const DATASETS = [
  { path: 'country-chart', label: 'Country Chart (Supp. No. 1 to part 738)' },
  { path: 'country-groups', label: 'Country Groups (Supp. No. 1 to part 740)' },
  { path: 'eccns', label: 'CCL entries (Supp. No. 1 to part 774)' },
];

/** The administrator's imports: EAR reference data and the Consolidated Screening List, with their reports. */
export function AdminPage() {
  const versions = useApiQuery<ReferenceVersion[]>('/api/admin/reference-data');
  const lists = useApiQuery<ListImport[]>('/api/admin/screening-lists');
  return (
    <>
      <h1>Administration</h1>
      <DashboardPanel />
      <ClockControl />
      <ReferenceDataImport onImported={versions.reload} />
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">Reference data versions</h2>
        {versions.status === 'failed' && <p role="alert">{versions.problem.message}</p>}
        {versions.status === 'loaded' && (
          <table>
            <caption className="visually-hidden">Reference data versions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">What</th>
                <th scope="col">Loaded</th>
                <th scope="col">Changes</th>
              </tr>
            </thead>
            <tbody>
              {versions.data.map((version) => (
                <tr key={version.version}>
                  <td>{version.version}</td>
                  <td>{version.summary}</td>
                  <td>
                    {version.loadedAt.slice(0, 16).replace('T', ' ')} by {version.loadedBy}
                  </td>
                  <td>
                    {version.changes
                      .map((change) => `${change.dataset}: ${change.added.length} added, ${change.removed.length} removed, ${change.changed.length} fields changed`)
                      .join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <ScreeningListImport onImported={lists.reload} />
      <section aria-labelledby="lists-heading">
        <h2 id="lists-heading">Screening list imports</h2>
        {lists.status === 'failed' && <p role="alert">{lists.problem.message}</p>}
        {lists.status === 'loaded' && (
          <table>
            <caption className="visually-hidden">Screening list imports, newest first</caption>
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Entries</th>
                <th scope="col">Imported</th>
                <th scope="col">Open cases screened again</th>
              </tr>
            </thead>
            <tbody>
              {lists.data.map((list) => (
                <tr key={list.id}>
                  <td>
                    {list.fileName} ({list.format})
                  </td>
                  <td>
                    {list.entryCount}:{' '}
                    {Object.entries(list.entriesBySource)
                      .map(([source, count]) => `${source.replace(/ - .*$/, '')} ${count}`)
                      .join(', ')}
                  </td>
                  <td>
                    {list.importedAt.slice(0, 16).replace('T', ' ')} by {list.importedBy}
                  </td>
                  <td>
                    {list.rescreenFinishedAt
                      ? `${list.casesRescreened} of ${list.casesToRescreen ?? 0}, finished`
                      : `${list.casesRescreened} of ${list.casesToRescreen ?? '…'} so far`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

function ReferenceDataImport({ onImported }: { onImported(): void }) {
  const api = useApiClient();
  const [dataset, setDataset] = useState(DATASETS[0].path);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ReferenceImport | null>(null);
  const importing = useApiAction(
    useCallback(() => {
      const body = new FormData();
      if (file) {
        body.append('file', file);
      }
      return api.fetchJson<ReferenceImport>(`/api/admin/reference-data/${dataset}`, { method: 'POST', body });
    }, [api, dataset, file]),
  );
  const send = async () => {
    setReport(null);
    const imported = await importing.run();
    if (imported) {
      setReport(imported);
      onImported();
    }
  };
  const busy = importing.busy;
  const problem = importing.problem;
  return (
    <section aria-labelledby="reference-import-heading" className="callout">
      <h2 id="reference-import-heading">Import reference data</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <div className="field">
          <label htmlFor="reference-dataset">Dataset</label>
          <select id="reference-dataset" value={dataset} onChange={(event) => setDataset(event.target.value)}>
            {DATASETS.map((candidate) => (
              <option key={candidate.path} value={candidate.path}>
                {candidate.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="reference-file">CSV file (with its # source lines)</label>
          <input id="reference-file" type="file" accept=".csv,text/csv" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          Check and import
        </button>
      </form>
      <ProblemSummary problem={problem} />
      {report && (
        <div role="status">
          <p>
            <strong>
              {report.created ? `Version ${report.version} made` : `No change: version ${report.version} stays current`}
            </strong>{' '}
            from {report.fileName} ({report.rows} rows): {report.changes.added.length} added, {report.changes.removed.length}{' '}
            removed, {report.changes.changed.length} fields changed.
          </p>
          {report.changes.changed.length > 0 && (
            <ul>
              {report.changes.changed.slice(0, 50).map((change, index) => (
                <li key={index}>
                  {change.key} {change.field}: {change.before ?? '—'} → {change.after ?? '—'}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

function ScreeningListImport({ onImported }: { onImported(): void }) {
  const api = useApiClient();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ListImport | null>(null);
  const importing = useApiAction(
    useCallback(async () => {
      if (!file) {
        throw new Error('Choose the list file (consolidated.csv or consolidated.json) first.');
      }
      const type = file.name.toLowerCase().endsWith('.json') ? 'application/json' : 'text/csv';
      return api.fetchJson<ListImport>(`/api/admin/screening-lists?fileName=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        headers: { 'Content-Type': type },
        body: file,
      });
    }, [api, file]),
  );
  const send = async () => {
    setReport(null);
    const imported = await importing.run();
    if (imported) {
      setReport(imported);
      onImported();
    }
  };
  const busy = importing.busy;
  const problem = importing.problem;
  return (
    <section aria-labelledby="list-import-heading" className="callout">
      <h2 id="list-import-heading">Import the Consolidated Screening List</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <div className="field">
          <label htmlFor="list-file">The list as trade.gov publishes it (CSV or JSON)</label>
          <input id="list-file" type="file" accept=".csv,.json,text/csv,application/json"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          Import and screen the open cases again
        </button>
      </form>
      <ProblemSummary problem={problem} />
      {report && (
        <p role="status">
          <strong>{report.entryCount} entries imported</strong> from {report.fileName}; the open cases are being screened
          again.
        </p>
      )}
    </section>
  );
}
