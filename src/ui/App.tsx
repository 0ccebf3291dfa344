import { lazy, Suspense, useCallback, useMemo, useRef } from 'react';
import { CatalogueScreen } from './catalogue/CatalogueScreen';
import { ProgressScreen } from './progress/ProgressScreen';
import { parseRoute, useHash, type Route } from './router';
import { SettingsScreen } from './settings/SettingsScreen';
import { AppFooter } from './shell/AppFooter';
import { AppHeader } from './shell/AppHeader';
import { Loading } from './shell/Loading';
import { NotFoundScreen } from './shell/NotFoundScreen';
import { ScreenErrorBoundary } from './shell/ScreenErrorBoundary';
import { StorageNotices } from './shell/StorageNotices';
import { useFocusOnNavigation } from './shell/use-focus-on-navigation';
import { useTextSize } from './shell/use-text-size';
import { findScenarioSummary } from './catalogue/catalogue-data';
import './shell/shell.css';

// The player and the debrief come in their own chunk: the catalogue is what loads first.
const ScenarioScreen = lazy(() => import('./player/ScenarioScreen'));

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'catalogue':
      return <CatalogueScreen />;
    case 'progress':
      return <ProgressScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'scenario':
    case 'debrief':
      if (!findScenarioSummary(route.scenarioId)) return <NotFoundScreen scenarioId={route.scenarioId} />;
      return (
        <Suspense fallback={<Loading />}>
          <ScenarioScreen
            key={route.scenarioId}
            scenarioId={route.scenarioId}
            attemptId={route.name === 'debrief' ? route.attemptId : undefined}
          />
        </Suspense>
      );
    case 'not-found':
      return <NotFoundScreen />;
  }
}

export default function App() {
  const hash = useHash();
  const route = useMemo(() => parseRoute(hash), [hash]);
  const main = useRef<HTMLElement>(null);
  useTextSize();
  useFocusOnNavigation(hash, main);
  const skipToMain = useCallback(() => main.current?.focus(), []);

  return (
    <div className="app">
      <AppHeader route={route} onSkip={skipToMain} />
      <StorageNotices />
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        <ScreenErrorBoundary resetKey={hash}>
          <Screen route={route} />
        </ScreenErrorBoundary>
      </main>
      <AppFooter />
    </div>
  );
}
