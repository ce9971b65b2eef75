import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installKiosk } from './api/install-kiosk.js';
import { App } from './app/App.js';
import { StoresProvider } from './app/stores-context.js';
import { createWebAudioPlayer } from './sounds/sound-player.js';
import { connectStores, createKioskStores } from './stores/kiosk-stores.js';
import '../ui/styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/checkout.css';
import './styles/desk.css';
import './styles/panels.css';
import './styles/diagnostics.css';
import './styles/staff.css';
import './styles/pin.css';

const { api, connection } = installKiosk();
const stores = createKioskStores(api, connection);
connectStores(stores, connection, createWebAudioPlayer());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <StoresProvider stores={stores}>
      <App />
    </StoresProvider>
  </StrictMode>,
);
