import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import '@/components/ui.css';
// The pages' own highlight styles, so the legend shows exactly those.
import '@/entrypoints/content/highlights.css';

render(<PopupApp />, document.getElementById('app')!);
