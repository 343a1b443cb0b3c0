import { render } from 'preact';
import { OptionsApp } from '@/components/OptionsApp';
import '@/components/ui.css';
// The pages' own highlight colours, so the library and its legend show exactly those (library.css fades them on a dark page).
import '@/entrypoints/content/highlights.css';
import '@/components/library/library.css';

render(<OptionsApp />, document.getElementById('app')!);
