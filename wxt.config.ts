import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // The sources archive addons.mozilla.org asks for holds what rebuilds the add-on: not the tests, their fixtures or results.
  zip: { excludeSources: ['tests/**', 'test-results/**', '*.log', 'verbatim-demo.png'] },
  manifest: {
    name: 'Verbatim',
    description: 'Finds known quotes on news pages and shows where they came from and how they changed.',
    permissions: ['storage', 'unlimitedStorage', 'tabs', 'contextMenus'],
    commands: {
      'save-quote': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Save the selected quote to Verbatim' },
    },
    // Firefox keeps an add-on's IndexedDB under its id: a fixed id keeps the store across reinstalls.
    browser_specific_settings: {
      gecko: { id: 'verbatim@verbatim.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    },
  },
});
