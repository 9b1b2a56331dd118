import { BrowserRouter, Route, Routes } from 'react-router';

import { AdminPage } from '../features/admin/admin-page';
import { ApplicationDetail } from '../features/applications/application-detail';
import { ApplicationEditor } from '../features/applications/application-editor';
import { ApplicationsList } from '../features/applications/applications-list';
import { CaseView } from '../features/cases/case-view';
import { OverdueList } from '../features/tasks/overdue-list';
import { CaseSearch } from '../features/search/case-search';
import { TaskList } from '../features/tasks/task-list';
import { Layout } from './layout';
import { AppProvider } from './provider';
import { RequireSignIn } from './require-sign-in';
import { HomeRoute } from './routes/home';

export function App() {
  return (
    <AppProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<HomeRoute />} />
            <Route path="applications" element={<RequireSignIn><ApplicationsList /></RequireSignIn>} />
            <Route path="applications/new" element={<RequireSignIn><ApplicationEditor /></RequireSignIn>} />
            <Route path="applications/:id" element={<RequireSignIn><ApplicationDetail /></RequireSignIn>} />
            <Route path="applications/:id/edit" element={<RequireSignIn><ApplicationEditor /></RequireSignIn>} />
            <Route path="tasks" element={<RequireSignIn><TaskList /></RequireSignIn>} />
            <Route path="tasks/overdue" element={<RequireSignIn><OverdueList /></RequireSignIn>} />
            <Route path="cases" element={<RequireSignIn><CaseSearch /></RequireSignIn>} />
            <Route path="cases/:id" element={<RequireSignIn><CaseView /></RequireSignIn>} />
            <Route path="admin" element={<RequireSignIn><AdminPage /></RequireSignIn>} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </AppProvider>
  );
}

function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address. Use the links above to find your work.</p>
    </>
  );
}
