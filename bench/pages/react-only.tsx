/** The baseline every size is measured over: React and react-dom/client rendering one element. */
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) createRoot(root).render(<h1>Settings</h1>);
