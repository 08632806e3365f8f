import type { Download, Locator, Page } from 'playwright-core';

/** A view's button in the sidebar ("Targets 3", "Network"…), by a pattern of its name. */
export function sidebarButton(page: Page, name: RegExp): Locator {
  return page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name });
}

/**
 * In the Targets view: scores the risks, adds the top-ranked one to the target list and waits for
 * its row there. Returns its ref and the target list's table.
 */
export async function scoreAndAddTopTarget(page: Page): Promise<{ readonly ref: string; readonly list: Locator }> {
  await page.getByRole('tabpanel').getByRole('button', { name: 'Score risks' }).click();
  const risks = page.getByRole('table', { name: 'Ranked risks' });
  const top = risks.locator('tbody tr[data-ref]').first();
  await top.waitFor({ timeout: 60_000 });
  const ref = (await top.getAttribute('data-ref')) ?? '';
  await risks.getByRole('button', { name: `Add ${ref} to targets` }).click();
  const list = page.getByRole('table', { name: 'Target list' });
  await list.locator(`tbody tr[data-ref="${ref}"]`).waitFor();
  return { ref, list };
}

/** The bytes of a finished download (a save in the browser host). */
export async function downloadBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
