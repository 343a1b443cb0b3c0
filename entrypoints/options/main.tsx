import { render } from 'preact';
import { OptionsApp } from '@/components/OptionsApp';
import '@/components/ui.css';
import '@/components/library/library.css';
// The pages' own highlight colours, so the library and its legend show exactly those.
import '@/entrypoints/content/highlights.css';

render(<OptionsApp />, document.getElementById('app')!);
