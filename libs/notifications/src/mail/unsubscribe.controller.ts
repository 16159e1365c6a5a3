import { Controller, Get, HttpException, HttpStatus, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ForumError } from '@forum/core';
import { Public } from '@forum/identity';
import { escapeHtml } from './mail-render.js';
import { MAIL_TEXTS } from './mail-texts.js';
import { UnsubscribeService, type Unsubscription } from './unsubscribe.service.js';

/**
 * RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` to the List-Unsubscribe URL, without
 * any sign-in; a person who opens the link gets a page whose button POSTs the same. A GET changes nothing (link
 * scanners and previews open links). Public: the signed token is the authority (docs/security.md).
 */
@Controller('api/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscriptions: UnsubscribeService) {}

  @Public()
  @Get(':token')
  async confirm(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const found = await refused(() => this.unsubscriptions.read(token));
    const t = MAIL_TEXTS[found.language].page;
    const ask = found.target.kind === 'subscription' ? t.askSubscription : t.askEmail;
    send(
      res,
      found,
      `<p>${escapeHtml(ask)}</p><form method="post">` +
        '<input type="hidden" name="List-Unsubscribe" value="One-Click">' +
        `<button type="submit">${escapeHtml(t.confirm)}</button></form>`,
    );
  }

  @Public()
  @Post(':token')
  async unsubscribe(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const done = await refused(() => this.unsubscriptions.unsubscribe(token));
    send(res, done, `<p>${escapeHtml(MAIL_TEXTS[done.language].page.done)}</p>`);
  }
}

/** A refused link is the plain 404 of a link that does not exist, with the code GraphQL would give. */
async function refused<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ForumError)
      throw new HttpException({ code: error.code, message: error.message }, HttpStatus.NOT_FOUND);
    throw error;
  }
}

function send(res: Response, unsubscription: Unsubscription, body: string): void {
  const t = MAIL_TEXTS[unsubscription.language];
  res.setHeader('cache-control', 'no-store');
  res.setHeader('referrer-policy', 'no-referrer'); // the token is in the URL
  res.setHeader('x-robots-tag', 'noindex');
  res
    .status(200)
    .type('html')
    .send(
      `<!doctype html><html lang="${unsubscription.language}"><head><meta charset="utf-8">` +
        `<title>${escapeHtml(`${t.page.title} · ${t.site}`)}</title></head><body>${body}</body></html>`,
    );
}
