import { strToU8, zipSync } from 'fflate';
import { request as httpRequest } from 'node:http';
import { crc32, deflateSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { CatalogModule, catalogEntities } from '@forum/catalog';
import { DiscussionsModule, discussionsEntities } from '@forum/discussions';
import { IdentityModule, identityEntities, Role, signedInTestMember } from '@forum/identity';
import { ReportsModule, reportsEntities } from '@forum/reports';
import { StacksModule, stacksEntities } from '@forum/stacks';
import { createTestApp, type TestApp } from '@forum/testing';

export { textPdf } from '@forum/testing';
import { documentsEntities } from '../document.entities.js';
import { DocumentsModule } from '../documents.module.js';
import { startTestS3 } from './s3-server.js';

/** A minimal PDF: file-type knows it by its first bytes, "%PDF-". */
export function pdfBytes(text = 'Cloud migration of the patent register'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n` +
      `% ${text}\n${'0123456789abcdef'.repeat(64)}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

/** A valid PNG of `width` x 1 grey pixels (file-type knows it by its signature and IHDR). */
export function pngBytes(width = 1): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(1, 4);
  header.writeUInt8(8, 8); // 8 bits per sample, greyscale (colour type 0), no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width, 0x80)]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(row)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A Windows executable's first bytes (MZ header with a PE signature), whatever it is named. */
export function executableBytes(): Buffer {
  const bytes = Buffer.alloc(1024);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

export interface Person {
  id: string;
  token: string;
}

/** Where the forum under test keeps its documents' bytes: every suite runs on both. */
export type StoreKind = 'postgres' | 's3';
export const STORES: StoreKind[] = ['postgres', 's3'];

export interface DocumentsForum {
  api: TestApp;
  store: StoreKind;
  /** How many stored copies of this content the store holds (PostgreSQL: first pieces; S3: objects). */
  copiesOf(sha256: string): Promise<number>;
  person(officeCode: string, role?: Role): Promise<Person>;
  upload(token: string | undefined, name: string, bytes: Buffer, type?: string): Promise<Response>;
  uploadId(token: string, name: string, bytes: Buffer, type?: string): Promise<string>;
  download(token: string | undefined, id: string, headers?: Record<string, string>): Promise<Response>;
  gql<T>(token: string | undefined, query: string, variables?: Record<string, unknown>): Promise<T>;
  errorCodes(token: string | undefined, query: string, variables?: Record<string, unknown>): Promise<string[]>;
  close(): Promise<void>;
}

export async function startDocumentsForum(
  env: Record<string, string> = {},
  store: StoreKind = 'postgres',
): Promise<DocumentsForum> {
  const s3 = store === 's3' ? await startTestS3() : null;
  const api = await createTestApp({
    imports: [CatalogModule, IdentityModule, DiscussionsModule, StacksModule, ReportsModule, DocumentsModule],
    entities: [
      ...catalogEntities,
      ...identityEntities,
      ...discussionsEntities,
      ...stacksEntities,
      ...reportsEntities,
      ...documentsEntities,
    ],
    env: { ADMIN_PASSWORD: 'bootstrap-admin-password', ...s3?.env, ...env },
  });
  const dataSource = api.app.get(DataSource);
  const auth = (token: string | undefined): Record<string, string> =>
    token ? { authorization: `Bearer ${token}` } : {};
  const upload = (token: string | undefined, name: string, bytes: Buffer, type = 'application/pdf') => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
    return fetch(`${api.url}/api/uploads`, { method: 'POST', headers: auth(token), body: form });
  };
  return {
    api,
    store,
    async copiesOf(sha256) {
      if (s3) return (await s3.keys()).filter((key) => key === `sha256/${sha256}`).length;
      const [{ copies }] = (await dataSource.query(
        'SELECT count(*)::int AS copies FROM document_chunk WHERE sha256 = $1 AND seq = 0',
        [sha256],
      )) as { copies: number }[];
      return copies;
    },
    person: (officeCode, role = Role.MEMBER) =>
      signedInTestMember({ dataSource, client: api.client }, { officeCode, role }),
    upload,
    async uploadId(token, name, bytes, type) {
      const response = await upload(token, name, bytes, type);
      const body = (await response.json()) as { id: string };
      if (response.status !== 201) throw new Error(`upload refused: ${response.status} ${JSON.stringify(body)}`);
      return body.id;
    },
    download: (token, id, headers = {}) =>
      fetch(`${api.url}/api/documents/${id}`, { headers: { ...auth(token), ...headers } }),
    gql: (token, query, variables) => api.client.data(query, variables, { token }),
    errorCodes: (token, query, variables) => api.client.errorCodes(query, variables, { token }),
    async close() {
      await api.close();
      await s3?.close();
    },
  };
}

/**
 * Streams a multipart upload of `totalBytes` (a PDF header, then filler) from one reused buffer, respecting
 * backpressure, until the server answers (calling `progress.call` as each fraction `progress.at` is written); resolves with the status and how many body bytes had been written then.
 */
export function streamUpload(
  url: string,
  token: string,
  totalBytes: number,
  progress: { at: number[]; call: () => void } = { at: [], call: () => undefined },
): Promise<{ status: number; body: string; writtenWhenAnswered: number }> {
  const boundary = 'forum-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n` +
      `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const filler = Buffer.alloc(64 * 1024, 0x41);
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const req = httpRequest(`${url}/api/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    req.on('response', (res) => {
      answered = true;
      const writtenWhenAnswered = written;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (text: string) => (body += text));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body, writtenWhenAnswered });
        req.destroy();
      });
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const marks = progress.at.map((fraction) => fraction * totalBytes).sort((a, b) => a - b);
    const write = () => {
      if (written === 0) {
        written += head.length;
        req.write(head);
      }
      while (!answered && written < totalBytes) {
        const piece = filler.subarray(0, Math.min(filler.length, totalBytes - written));
        written += piece.length;
        while (marks.length && written >= marks[0]) {
          marks.shift();
          progress.call();
        }
        if (!req.write(piece)) return void req.once('drain', write);
      }
      if (!answered) req.end(tail);
    };
    write();
  });
}

/** A minimal DOCX (a zip with the parts Word needs to know it) whose paragraphs are `paragraphs`. */
export function docxBytes(paragraphs: string[]): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t>${p.replace(/&/g, '&amp;')}</w:t></w:r></w:p>`).join('');
  const files = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        `<w:body>${body}</w:body></w:document>`,
    ),
  };
  return Buffer.from(zipSync(files));
}
