import { Link } from 'react-router';

import { ApplicationsList } from '../../features/applications/applications-list';
import { TaskList } from '../../features/tasks/task-list';
import { useIdentity } from '../../lib/auth/identity-provider';
import { LandingRoute } from './landing';

/** What a person sees first: the product before sign-in, their own work after. */
export function HomeRoute() {
  const { state } = useIdentity();
  if (state.status !== 'signed-in') {
    return <LandingRoute />;
  }
  const { roles } = state.person;
  if (roles.includes('APPLICANT')) {
    return <ApplicationsList />;
  }
  if (roles.length > 0) {
    return <TaskList />;
  }
  return (
    <>
      <h1>Welcome</h1>
      <p>
        Your account has no Clearance role yet. Ask an administrator for one, or read the <Link to="/">overview</Link>.
      </p>
    </>
  );
}
