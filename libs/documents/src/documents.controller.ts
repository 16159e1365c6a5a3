import { Controller, Get, Headers, Param, Post, Req, Res } from '@nestjs/common';
import busboy from 'busboy';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { AuthenticationService, CurrentMember, Public, SignedIn, type Viewer } from '@forum/identity';
import { byteRangeOf } from './byte-range.js';
import { INLINE_TYPES } from './content-type.js';
import { contentDisposition } from './storage/blob-store.js';
import { noFile } from './documents.errors.js';
import { DocumentsService, type IncomingFile } from './documents.service.js';
import { httpRefusal } from './http-refusal.js';

/** Downloads are untrusted content on the forum's origin: no scripts, no plugins, no same-origin powers. */
const SANDBOX_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

/** Uploads and downloads: plain HTTP, since files are streams (GraphQL carries only their ids and metadata). */
@Controller('api')
export class DocumentsController {
  constructor(
    private readonly authentication: AuthenticationService,
    private readonly documents: DocumentsService,
  ) {}

  /** multipart/form-data with one file in the field "file"; answered 201 with the document (as GraphQL's Document). */
  @SignedIn()
  @Post('uploads')
  async upload(@CurrentMember() viewer: NonNullable<Viewer>, @Req() req: Request, @Res() res: Response) {
    try {
      const document = await this.documents.upload(viewer, await firstFile(req));
      res.status(201).json(document);
    } catch (error) {
      // The rest of a refused body is not read: the connection closes once the refusal is sent.
      req.unpipe();
      res.setHeader('connection', 'close');
      throw httpRefusal(error);
    }
  }

  /**
   * The bytes (or one range of them), or exactly the 404 of an id that does not exist. With object storage and
   * S3_SIGNED_URL_SECONDS, a 302 to a URL signed for that long instead (the client sends its Range there), only
   * after the same visibility check.
   */
  @Public()
  @Get('documents/:id')
  async download(
    @Headers('authorization') authorization: string | undefined,
    @Headers('range') rangeHeader: string | undefined,
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    let download;
    try {
      const viewer = (await this.authentication.authenticate(authorization))?.viewer ?? null;
      download = await this.documents.download(viewer, id);
    } catch (error) {
      throw httpRefusal(error);
    }
    const { document } = download;
    const signed = await download.signedUrl();
    if (signed) {
      // Not cached anywhere: the URL lets whoever holds it read the file until it expires.
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('referrer-policy', 'no-referrer');
      res.redirect(302, signed);
      return;
    }
    const inline = INLINE_TYPES.has(document.content_type);
    res.setHeader('content-type', document.content_type);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('content-security-policy', SANDBOX_CSP);
    res.setHeader('cache-control', 'private, no-cache');
    res.setHeader('etag', `"${document.sha256}"`);
    res.setHeader('accept-ranges', 'bytes');
    res.setHeader('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', document.name));
    const range = byteRangeOf(rangeHeader, document.size);
    if (range === 'unsatisfiable') {
      res.status(416).setHeader('content-range', `bytes */${document.size}`).end();
      return;
    }
    const bytes = range ?? { start: 0, end: document.size - 1 };
    if (range) res.status(206).setHeader('content-range', `bytes ${range.start}-${range.end}/${document.size}`);
    res.setHeader('content-length', String(document.size === 0 ? 0 : bytes.end - bytes.start + 1));
    if (document.size === 0) {
      res.end();
      return;
    }
    await pipeline(await download.open(bytes), res);
  }
}

/** The first file of a multipart request, as a stream the caller must read; refused when the request has none. */
function firstFile(req: Request): Promise<IncomingFile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fields: 20 } });
    } catch {
      reject(noFile());
      return;
    }
    let found = false;
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || found) {
        stream.resume();
        return;
      }
      found = true;
      resolve({ name: info.filename ?? 'file', stream });
    });
    parser.on('error', (error) => reject(found ? error : noFile()));
    parser.on('close', () => {
      if (!found) reject(noFile());
    });
    req.pipe(parser);
  });
}
