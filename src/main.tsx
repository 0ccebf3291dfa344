import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/styles/index.css';
import { i18nReady } from './ui/i18n';
import App from './ui/App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The UI language's strings come in a chunk of their own; the first paint waits for them so no key flashes.
// Should they fail to arrive, i18next shows the English fallback or, at worst, the keys: never a blank page.
void i18nReady.finally(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
