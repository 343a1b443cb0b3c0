/**
 * Mozilla's add-on linter (addons-linter: what `web-ext lint`
 * runs and what addons.mozilla.org runs on every upload) on the Firefox build, then on
 * our own code alone. The build bundles Preact and Readability, whose innerHTML
 * assignments the linter flags: to tell ours from theirs, each of our source files is
 * compiled on its own (esbuild, no bundling) and linted without the libraries.
 *
 * scripts/lint-firefox.ts (`npm run lint:firefox`) and tests/e2e/firefox-store.test.ts
 * fail on any error in the build and on any unsafe-HTML warning in our code.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { ROOT } from './browser';

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Warnings about HTML written into the DOM unsanitized (assignments and calls). */
export const UNSAFE_HTML = /^UNSAFE_/;
/** Where our code lives (tests and scripts are not shipped). */
export const OUR_CODE = ['entrypoints', 'components', 'lib'];

/** addons-linter's report on an unpacked add-on or an archive (run in a child process: the caller's event loop stays free). */
export async function lintAddon(path: string): Promise<LintReport> {
  const linter = spawn(process.execPath, [join(ROOT, 'node_modules', 'addons-linter', 'bin', 'addons-linter'), '--output', 'json', path]);
  let stdout = '';
  let stderr = '';
  linter.stdout.on('data', (chunk) => (stdout += chunk));
  linter.stderr.on('data', (chunk) => (stderr += chunk));
  await new Promise((done) => linter.on('close', done));
  try {
    return JSON.parse(stdout) as LintReport;
  } catch {
    throw new Error(`addons-linter gave no report for ${path}: ${stderr || stdout}`);
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * The linter's unsafe-HTML warnings for our own code: every source file compiled on its
 * own into a scratch add-on, linted there; each warning names its source file. JSX's
 * raw-HTML property, which the linter only sees inside Preact, counts as well.
 */
export async function lintOwnCode(): Promise<LintMessage[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'verbatim-lint-'));
  try {
    const manifest = { manifest_version: 2, name: 'Verbatim sources', version: '0.0.1', browser_specific_settings: { gecko: { id: 'lint@verbatim.example' } } };
    writeFileSync(join(scratch, 'manifest.json'), JSON.stringify(manifest));
    const rawHtmlProps: LintMessage[] = [];
    for (const file of OUR_CODE.flatMap((dir) => sourceFiles(join(ROOT, dir)))) {
      const source = readFileSync(file, 'utf8');
      const name = relative(ROOT, file);
      source.split('\n').forEach((text, i) => {
        if (text.includes('dangerouslySetInnerHTML')) rawHtmlProps.push({ code: 'UNSAFE_VAR_ASSIGNMENT', message: 'raw HTML through dangerouslySetInnerHTML', file: name, line: i + 1 });
      });
      const { code } = transformSync(source, { loader: extname(file).slice(1) as 'ts' | 'tsx', jsx: 'automatic', jsxImportSource: 'preact', format: 'esm', sourcefile: name });
      const out = join(scratch, `${name}.js`);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, code);
    }
    const report = await lintAddon(scratch);
    const linted = [...report.errors, ...report.warnings, ...report.notices]
      .filter((m) => UNSAFE_HTML.test(m.code))
      // Lines are the compiled file's, so only the source file is named.
      .map((m) => ({ code: m.code, message: m.message, file: m.file?.replace(/\.js$/, '') }));
    return [...rawHtmlProps, ...linted];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
