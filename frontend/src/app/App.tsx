import { useState } from 'react';
import { createBrowserRouter, createRoutesFromElements, Navigate, Route, RouterProvider, useParams } from 'react-router';

import { AdminPage } from '../features/admin/admin-page';
import { ApplicationDetail } from '../features/applications/application-detail';
import { ApplicationEditor } from '../features/applications/application-editor';
import { CheckAnswers, Confirmation, Declaration } from '../features/applications/submission';
import { ApplicationsList } from '../features/applications/applications-list';
import { CaseView } from '../features/cases/case-view';
import { OverdueList } from '../features/tasks/overdue-list';
import { CaseSearch } from '../features/search/case-search';
import { TaskList } from '../features/tasks/task-list';
import { Layout } from './layout';
import { AppProvider } from './provider';
import { RequireSignIn } from './require-sign-in';
import { HomeRoute } from './routes/home';

/** Every page of the UI. A data router, so that a page with unsaved changes can ask before it is left. */
export const routes = createRoutesFromElements(
  <Route element={<Layout />}>
    <Route index element={<HomeRoute />} />
    <Route path="applications" element={<RequireSignIn><ApplicationsList /></RequireSignIn>} />
    <Route path="applications/new" element={<RequireSignIn><ApplicationEditor /></RequireSignIn>} />
    <Route path="applications/:id" element={<RequireSignIn><ApplicationDetail /></RequireSignIn>} />
    <Route path="applications/:id/edit" element={<FirstStep />} />
    <Route path="applications/:id/edit/:step" element={<RequireSignIn><ApplicationEditor /></RequireSignIn>} />
    <Route path="applications/:id/check" element={<RequireSignIn><CheckAnswers /></RequireSignIn>} />
    <Route path="applications/:id/declaration" element={<RequireSignIn><Declaration /></RequireSignIn>} />
    <Route path="applications/:id/confirmation" element={<RequireSignIn><Confirmation /></RequireSignIn>} />
    <Route path="tasks" element={<RequireSignIn><TaskList /></RequireSignIn>} />
    <Route path="tasks/overdue" element={<RequireSignIn><OverdueList /></RequireSignIn>} />
    <Route path="cases" element={<RequireSignIn><CaseSearch /></RequireSignIn>} />
    <Route path="cases/:id" element={<RequireSignIn><CaseView /></RequireSignIn>} />
    <Route path="admin" element={<RequireSignIn><AdminPage /></RequireSignIn>} />
    <Route path="*" element={<NotFound />} />
  </Route>,
);

export function App() {
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>
  );
}

/** The old address of a draft's editor: its first step. */
function FirstStep() {
  const { id } = useParams();
  return <Navigate to={`/applications/${id}/edit/applicant`} replace />;
}

function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address. Use the links above to find your work.</p>
    </>
  );
}
