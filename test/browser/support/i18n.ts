import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { WORKSPACE_ROOT } from '@forum/testing';

type Catalogues = Record<'en' | 'zh', Record<string, string>>;

/**
 * The client's message catalogues, read as data from its source (apps/web/src/lib/i18n/catalogue.ts): the client is
 * an app, not a lib, so it is loaded by path at run time rather than imported.
 */
export async function webCatalogues(): Promise<Catalogues> {
  const file = pathToFileURL(join(WORKSPACE_ROOT, 'apps/web/src/lib/i18n/catalogue.ts')).href;
  const module = (await import(file)) as { CATALOGUES: Catalogues };
  return module.CATALOGUES;
}

/** The page's visible text and its accessible names (aria-label, title, alt, placeholder), one string each. */
export async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Not shown with scripts on (noscript), or not text at all.
      if (node.parentElement?.closest('noscript, script, style')) continue;
      // Members' content, marked with the language it is written in (a thread's title and posts): not the interface.
      const marked = node.parentElement?.closest('[lang]');
      if (
        marked &&
        marked !== document.documentElement &&
        marked.getAttribute('lang') !== document.documentElement.lang
      )
        continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]'))
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    texts.push(document.title);
    return texts;
  });
}

/**
 * English the interface still shows after switching to Chinese: any text of the page equal to a message of the
 * English catalogue (fixed text of the interface, not members' content), or containing one of its longer
 * messages. Placeholders are matched as wildcards.
 */
export async function englishLeft(page: Page, catalogues: Catalogues): Promise<string[]> {
  const texts = await pageTexts(page);
  const patterns = Object.entries(catalogues.en)
    // Messages the same in both languages, or made of placeholders around punctuation ("{value} ({count})"), say
    // nothing about the interface's language.
    .filter(([key, text]) => catalogues.zh[key] !== text && /[A-Za-z]{3}/.test(text.replace(/\{\w+\}/g, '')))
    .map(([key, text]) => ({
      key,
      exact: new RegExp(`^${text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '.+?')}$`),
      // A longer phrase inside a text (a sentence built around it), never a single word: names may hold those.
      long: text.length >= 20 && text.includes(' ') && !text.includes('{') ? text : null,
    }));
  const left: string[] = [];
  for (const text of texts)
    for (const pattern of patterns)
      if (pattern.exact.test(text) || (pattern.long && text.includes(pattern.long)))
        left.push(`${pattern.key}: "${text}"`);
  return [...new Set(left)];
}
