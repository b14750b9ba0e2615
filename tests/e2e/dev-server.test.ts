import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CSV, VALID_ROOT } from '../support/fixture-files.ts';
import { startDevServer, waitFor, type DevServer } from '../support/dev-server.ts';

// npm run dev while a staff member edits data/: a broken CSV shows its problems, a fixed one the
// new figures, and the server keeps running throughout. On a copy of the fixture portal.
const PAGE = '/en/indicators/sample-share/';
let root: string;
let dev: DevServer | undefined;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'portal-dev-'));
  cpSync(VALID_ROOT, root, { recursive: true });
  dev = await startDevServer(root);
}, 60_000);

afterAll(async () => {
  await dev?.stop();
  rmSync(root, { recursive: true, force: true });
});

const get = async (path: string) => {
  const response = await fetch(dev!.url + path);
  return { status: response.status, html: await response.text() };
};

const csv = () => join(root, SAMPLE_CSV);
const original = () => readFileSync(join(VALID_ROOT, SAMPLE_CSV), 'utf8');

describe('npm run dev with data being edited', () => {
  it('lists a broken CSV\'s problems as file:line:column on the page and in the terminal, then shows the fixed figure', async () => {
    // The server answers before the content layer has synced; the page is there soon after.
    await waitFor('the indicator page', async () => ((await get(PAGE)).status === 200 ? true : undefined), 20_000, dev!.output);

    writeFileSync(csv(), original().replace('2023,90,web,test-source,47', '2023,90,web,test-source,47%'));
    const broken = await waitFor('the problems page', async () => {
      const page = await get(PAGE);
      return page.status === 500 ? page : undefined;
    }, 15_000, dev!.output);
    expect(broken.html).toContain(`${SAMPLE_CSV}:3:25: column &quot;value&quot; expects a number but holds &quot;47%&quot;`);
    expect(broken.html).toContain('/@vite/client');
    expect(dev!.output()).toContain(`${SAMPLE_CSV}:3:25: column "value" expects a number`);

    writeFileSync(csv(), original().replace('2023,90,web,test-source,47', '2023,90,web,test-source,83.5'));
    const fixed = await waitFor('the page with the new figure', async () => {
      const page = await get(PAGE);
      return page.status === 200 && page.html.includes('>83.5<') ? page : undefined;
    }, 20_000, dev!.output);
    expect(fixed.html).not.toContain('expects a number');
    expect(dev!.output()).toContain('data/ is valid again');
  }, 60_000);
});
