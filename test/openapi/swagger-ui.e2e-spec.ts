import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { TestApp, startTestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const hasChromium = existsSync(CHROMIUM);
const withBrowser = hasChromium ? describe : describe.skip;
if (!hasChromium) {
  console.warn(
    `swagger-ui.e2e-spec: skipped, no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
  );
}

withBrowser(`Swagger UI at /docs in headless Chromium (${CHROMIUM})`, () => {
  let app: TestApp;
  let profile: string;
  let browser: BrowserContext;
  let page: Page;
  const securityViolations: string[] = [];
  const productName = `Swagger lamp ${Date.now()}`;

  beforeAll(async () => {
    app = await startTestApp();
    const admin = await tokenFor('swagger-admin', { admin: true });
    const created = await app.api.post(
      '/api/v1/products',
      {
        sku: `SWAGGER-${Date.now()}`,
        name: productName,
        description: 'Seen through the docs',
        price: { amount: 100, currency: 'EUR' },
        initialStock: 1,
      },
      { token: admin },
    );
    expect(created.status).toBe(201);
    profile = await mkdtemp(join(tmpdir(), 'chromium-profile-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        securityViolations.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    await app?.close();
  });

  it('lists the operations, tries GET /api/v1/products out and shows the 200 response', async () => {
    await page.goto(`${app.baseUrl}/docs`);
    const listProducts = page.locator('.opblock-get', {
      has: page.locator('.opblock-summary-path[data-path="/api/v1/products"]'),
    });
    await listProducts.locator('.opblock-summary').click();
    await listProducts.getByRole('button', { name: 'Try it out' }).click();
    await listProducts.getByRole('button', { name: 'Execute' }).click();

    const liveResponse = listProducts.locator('.live-responses-table .response');
    await liveResponse.locator('.response-col_status', { hasText: '200' }).waitFor();
    await liveResponse.locator('.response-col_description', { hasText: productName }).waitFor();
    expect(securityViolations).toEqual([]);
  });
});
