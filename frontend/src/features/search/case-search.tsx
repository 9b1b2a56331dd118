import { useState } from 'react';
import { Link } from 'react-router';

import { TextField, SelectField } from '../../components/form/fields';
import { useApiQuery } from '../../lib/use-api';
import { statusName } from '../applications/types';

type Summary = {
  id: string;
  controlNumber: string | null;
  status: string;
  outcome: string | null;
  organization: string;
  applicantName: string | null;
  destinationCountry: string | null;
  eccns: string[];
  registeredAt: string | null;
};

type Page = {
  content: Summary[];
  /** totalIsAtLeast: the server counts matches up to a limit; past it the total is a lower bound. */
  page: { number: number; totalPages: number; totalElements: number; totalIsAtLeast: boolean };
};

const STATUSES = ['UNDER_REVIEW', 'AWAITING_APPLICANT', 'IN_REFERRAL', 'IN_RECONCILIATION', 'ESCALATED', 'INTENT_TO_DENY', 'CLOSED'];

/** The cases the person may see, searched by status, ECCN, country and text, a page at a time. */
export function CaseSearch() {
  const [status, setStatus] = useState('');
  const [eccn, setEccn] = useState('');
  const [country, setCountry] = useState('');
  const [text, setText] = useState('');
  const [page, setPage] = useState(0);
  const [query, setQuery] = useState('');
  const results = useApiQuery<Page>(`/api/staff/applications?page=${page}&size=20${query}`);
  const search = () => {
    const parameters = new URLSearchParams();
    if (status) parameters.set('status', status);
    if (eccn.trim()) parameters.set('eccn', eccn.trim());
    if (country.trim()) parameters.set('country', country.trim().toUpperCase());
    if (text.trim()) parameters.set('text', text.trim());
    setPage(0);
    setQuery(parameters.size > 0 ? `&${parameters}` : '');
  };
  return (
    <>
      <h1>Cases</h1>
      <form
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          search();
        }}
      >
        <SelectField label="Status" value={status} onChange={setStatus}
          options={STATUSES.map((value) => ({ value, label: statusName(value) }))} />
        <TextField label="ECCN (or its entry, e.g. 3A001)" value={eccn} onChange={setEccn} />
        <TextField label="Party country (ISO code)" value={country} onChange={setCountry} />
        <TextField label="Text (names, control number, end use)" value={text} onChange={setText} />
        <button type="submit" className="primary">
          Search
        </button>
      </form>
      {results.status === 'loading' && <p role="status">Searching…</p>}
      {results.status === 'failed' && <p role="alert">{results.problem.message}</p>}
      {results.status === 'loaded' && (
        <>
          <p role="status">
            {results.data.page.totalIsAtLeast
              ? `More than ${results.data.page.totalElements.toLocaleString('en-US')} cases found: narrow the search to see them all.`
              : `${results.data.page.totalElements} case(s) found.`}
          </p>
          <table>
            <caption className="visually-hidden">Cases found</caption>
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">Applicant</th>
                <th scope="col">Destination</th>
                <th scope="col">ECCNs</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {results.data.content.map((summary) => (
                <tr key={summary.id}>
                  <td>
                    <Link to={`/cases/${summary.id}`}>{summary.controlNumber ?? summary.id}</Link>
                  </td>
                  <td>{summary.applicantName ?? summary.organization}</td>
                  <td>{summary.destinationCountry ?? '—'}</td>
                  <td>{summary.eccns.join(', ')}</td>
                  <td>{statusName(summary.outcome ?? summary.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {results.data.page.totalPages > 1 && (
            <nav aria-label="Pages of results" className="button-row">
              <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
                Previous page
              </button>
              <span>
                Page {page + 1} of {results.data.page.totalPages}
              </span>
              <button type="button" disabled={page + 1 >= results.data.page.totalPages} onClick={() => setPage(page + 1)}>
                Next page
              </button>
            </nav>
          )}
        </>
      )}
    </>
  );
}
