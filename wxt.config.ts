import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Verbatim',
    description: 'Finds known quotes on news pages and shows where they came from and how they changed.',
    permissions: ['storage', 'unlimitedStorage', 'tabs', 'contextMenus'],
    // Only the frame that shows the card and the save form, and only through the URL the browser makes up per session.
    web_accessible_resources: [{ resources: ['card.html'], matches: ['http://*/*', 'https://*/*', 'file:///*'], use_dynamic_url: true }],
    commands: {
      'save-quote': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Save the selected quote to Verbatim' },
    },
    // Firefox keeps an add-on's IndexedDB under its id: a fixed id keeps the store across reinstalls.
    browser_specific_settings: {
      gecko: { id: 'verbatim@verbatim.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    },
  },
});
