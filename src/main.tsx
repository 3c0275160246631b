import { createRoot } from 'react-dom/client';
import defaultSourceText from '../source-text/industrial-internet-proposal.txt?raw';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';
import { StartupFailure } from './app/StartupFailure';
import { registerShellWorker } from './app/offline/registerShellWorker';
import { WorkspaceDb } from './storage/db';
import './ui/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const root = createRoot(container);
const db = new WorkspaceDb();

bootstrap(db, defaultSourceText, navigator.languages)
  .then((boot) => root.render(<App db={db} boot={boot} />))
  .catch((error: unknown) => root.render(<StartupFailure error={error} />));

registerShellWorker();
