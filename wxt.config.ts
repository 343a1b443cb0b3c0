import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Verbatim',
    description: 'Finds known quotes on news pages and shows where they came from and how they changed.',
    permissions: ['storage', 'unlimitedStorage', 'tabs'],
  },
});
