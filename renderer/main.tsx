// Styles first, so component styles can refine the base ones.
import './styles/theme.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { connectEngine } from './engine/engineClient';
import { getHost } from './host/getHost';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const { engine } = connectEngine();
createRoot(container).render(
  <StrictMode>
    <App engine={engine} host={getHost()} />
  </StrictMode>,
);
