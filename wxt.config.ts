import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Where Verbatim reads pages: the content script's matches (entrypoints/content) and its frames'. */
const PAGES = ['http://*/*', 'https://*/*', 'file:///*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Every page loads the content script (every frame its loader): they use the browser's own promise-based API (Chrome's chrome.*,
    // Firefox's browser.*), looked up on first use (lib/extension-api.ts), instead of webextension-polyfill, which the extension's own pages keep.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((entry) => entry.type === 'content-script' || entry.type === 'unlisted-script')) return;
      const aliases = config.resolve?.alias ?? [];
      const list = Array.isArray(aliases) ? aliases : Object.entries(aliases).map(([find, replacement]) => ({ find, replacement }));
      // The first alias that matches wins: this one goes before the polyfill module's.
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: resolve(import.meta.dirname, 'lib/extension-api.ts') }, ...list] };
    },
  },
  // The sources archive addons.mozilla.org asks for holds what rebuilds the add-on: not the tests, their fixtures or results.
  zip: { excludeSources: ['tests/**', 'test-results/**', '*.log', 'verbatim-demo.png'] },
  manifest: {
    name: 'Verbatim',
    description: 'Finds known quotes on news pages and shows where they came from and how they changed.',
    permissions: ['storage', 'unlimitedStorage', 'tabs', 'contextMenus', 'scripting'],
    // The pages the content script reads: the background starts it in their frames (lib/service/frame-service.ts).
    host_permissions: PAGES,
    // Every frame loads the small loader, which asks for the content script once its frame holds text.
    content_scripts: [{ matches: PAGES, js: ['frame-loader.js'], run_at: 'document_idle', all_frames: true, match_about_blank: true }],
    // Only the frame that shows the card and the save form, and only through the URL the browser makes up per session.
    web_accessible_resources: [{ resources: ['card.html'], matches: PAGES, use_dynamic_url: true }],
    commands: {
      'save-quote': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Save the selected quote to Verbatim' },
    },
    // Firefox keeps an add-on's IndexedDB under its id: a fixed id keeps the store across reinstalls.
    browser_specific_settings: {
      gecko: { id: 'verbatim@verbatim.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    },
  },
});
