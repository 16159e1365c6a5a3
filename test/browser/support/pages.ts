import type { Page } from 'playwright-core';

/**
 * Signs in through the sign-in page (in English), as a member would; `signedOut` is the sign-out button's name once
 * signed in (the member's own language may differ from the page's).
 */
export async function signInThroughPage(
  page: Page,
  member: { email: string; password: string },
  options: { signedOut?: string } = {},
): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(member.email);
  await page.getByLabel('Password').fill(member.password);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: options.signedOut ?? 'Sign out' }).waitFor();
}

/** Marks the document, so that a test can tell that what appeared came without a reload or a navigation. */
export const markDocument = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });

export const isSameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

/** The article of the post whose text contains `text`. */
export const postWith = (page: Page, text: string) =>
  page.locator('article.post').filter({ has: page.locator('.post-body', { hasText: text }) });

/** A minimal PDF: what the API's type check reads is its magic bytes. */
export const PDF_BYTES = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
