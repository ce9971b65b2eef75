import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/styles/tokens.css';
import '../ui/styles/controls.css';
import '../ui/styles/forms.css';
import './styles/console.css';
import './styles/sign-in.css';
import './styles/asset-list.css';
import './styles/asset-page.css';
import './styles/kits.css';
import './styles/reference.css';
import './styles/people.css';
import './styles/import.css';
import { App } from './app/App.js';
import { ConsoleStoresProvider, createConsoleStores } from './app/console-stores.js';

const stores = createConsoleStores(new URLSearchParams(window.location.search), window.location.pathname);
void stores.session.getState().start();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <ConsoleStoresProvider stores={stores}>
      <App />
    </ConsoleStoresProvider>
  </StrictMode>,
);
