// `npm test`: builds the extension, runs the unit and end-to-end suites, and ends
// with one line counting every test of both, which CI records.
import { execSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
try {
  execSync('npx wxt build && npx wxt build -b firefox', { stdio: ['ignore', 'ignore', 'inherit'] });
} catch {
  console.error('The extension did not build; no test ran.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

let passed = 0;
let failed = 0;
let ok = true;
for (const project of ['unit', 'e2e']) {
  const report = `test-results/${project}.json`;
  const result = spawnSync(
    'npx',
    ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { stdio: 'inherit' },
  );
  try {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    passed += summary.numPassedTests;
    failed += summary.numFailedTests;
    if (summary.numTotalTests === 0) ok = false;
  } catch {
    console.error(`The ${project} suite wrote no report.`);
    failed += 1;
  }
  if (result.status !== 0) ok = false;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
