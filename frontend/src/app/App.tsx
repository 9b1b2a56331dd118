import { LandingRoute } from './routes/landing';

export function App() {
  return <LandingRoute />;
}
