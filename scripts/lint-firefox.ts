/**
 * `npm run lint:firefox`: scripts/addons-lint.ts on the Firefox build (.output/firefox-mv2).
 * Fails on any error in the build and on any unsafe-HTML warning in our code (text goes
 * into the DOM as text); the bundled libraries' warnings are listed, not failed on.
 */
import { relative } from 'node:path';
import { lintAddon, lintOwnCode, OUR_CODE, type LintMessage } from './addons-lint';
import { ROOT } from './browser';
import { FIREFOX_EXTENSION_DIR } from './firefox';

const describe = (m: LintMessage) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;

const build = await lintAddon(FIREFOX_EXTENSION_DIR);
const ours = await lintOwnCode();
console.log(`addons-linter on ${relative(ROOT, FIREFOX_EXTENSION_DIR)}: ${build.errors.length} errors, ${build.warnings.length} warnings, ${build.notices.length} notices`);
for (const m of [...build.errors, ...build.warnings, ...build.notices]) console.log(describe(m));
console.log(`unsafe-HTML warnings from our own code (${OUR_CODE.join(', ')}): ${ours.length}`);
for (const m of ours) console.log(describe(m));
process.exit(build.errors.length || ours.length ? 1 : 0);
