// Writes src/i18n/message-params.ts, the parameters each message takes, from the catalogues
// (`npm run i18n:types`); with --check, fails when the file is not what the catalogues give.
import fs from 'node:fs';
import { runnerImport } from 'vite';

const target = new URL('../src/i18n/message-params.ts', import.meta.url);
const { module } = await runnerImport(new URL('./messages.ts', import.meta.url).pathname, { configFile: false, logLevel: 'silent' });
const source = module.messageParamsSource();

if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== source) {
    console.error('src/i18n/message-params.ts is not what the catalogues give: run `npm run i18n:types`.');
    process.exit(1);
  }
  console.log('src/i18n/message-params.ts matches the catalogues.');
} else {
  fs.writeFileSync(target, source);
  console.log('wrote src/i18n/message-params.ts');
}
