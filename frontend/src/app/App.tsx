import { AppProvider } from './provider';
import { LandingRoute } from './routes/landing';

export function App() {
  return (
    <AppProvider>
      <LandingRoute />
    </AppProvider>
  );
}
