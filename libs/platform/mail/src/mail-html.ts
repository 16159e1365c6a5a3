const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text (titles, names, addresses: what people wrote) as HTML text or attribute value. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => ESCAPES[character]);

/** An e-mail's HTML part: a small page in one language, its body already escaped where it holds text. */
export const mailPage = (language: string, body: string): string =>
  `<!doctype html><html lang="${escapeHtml(language)}"><head><meta charset="utf-8"></head>` +
  `<body style="font-family: sans-serif; line-height: 1.5">${body}</body></html>`;

/** A link with escaped address and label. */
export const mailLink = (url: string, label: string): string => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
