// COPY ... FROM STDIN through node-postgres without another dependency: a "submittable" query that answers the
// server's CopyInResponse and then streams rows as they are generated (pg calls submit/handle* on it like on its
// own Query). One open COPY per table, each on its own connection, lets PostgreSQL load while Node generates.
import { once } from 'node:events';

/** A value in COPY's text format (\N for null; backslash, tab, newline and carriage return escaped). */
export function copyText(value) {
  if (value === null || value === undefined) return '\\N';
  const s = value instanceof Date ? value.toISOString() : String(value);
  return /[\\\t\n\r]/.test(s)
    ? s.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c])
    : s;
}

/** A PostgreSQL array literal of simple values (uuids, slugs), already safe in COPY text. */
export const arrayLiteral = (values) => `{${values.join(',')}}`;

class CopyIn {
  constructor(text) {
    this.text = text;
    this.error = null;
    this.ready = new Promise((resolve) => (this.onReady = resolve));
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }
  submit(connection) {
    connection.query(this.text);
  }
  handleCopyInResponse(connection) {
    this.onReady(connection);
  }
  handleCommandComplete(message) {
    this.rowCount = message.text ? Number(message.text.split(' ').pop()) : undefined;
  }
  handleError(error) {
    this.error = error;
    this.onReady(null);
  }
  handleReadyForQuery() {
    if (this.error) this.reject(this.error);
    else this.resolve(this.rowCount);
  }
  // A COPY returns no rows: pg never calls these, but every query it runs has them.
  handleEmptyQuery() {
    return undefined;
  }
  handleRowDescription() {
    return undefined;
  }
  handleDataRow() {
    return undefined;
  }
}

/**
 * Opens `COPY table (columns) FROM STDIN` on `client`. write(lines) sends rows (tab-joined, COPY-escaped, without
 * the newline) and waits when the socket is full; end() finishes the COPY and resolves with the row count.
 */
export async function openCopy(client, table, columns) {
  const copy = new CopyIn(`COPY ${table} (${columns.join(', ')}) FROM STDIN`);
  client.query(copy);
  copy.done.catch(() => undefined); // reported by end() or the next write()
  const connection = await copy.ready;
  if (!connection) await copy.done;
  return {
    async write(lines) {
      if (copy.error) throw copy.error;
      for (let i = 0; i < lines.length; i += 5_000) {
        connection.sendCopyFromChunk(Buffer.from(lines.slice(i, i + 5_000).join('\n') + '\n'));
        if (connection.stream.writableNeedDrain) await once(connection.stream, 'drain');
      }
    },
    async end() {
      if (!copy.error) connection.endCopyFrom();
      return copy.done;
    },
  };
}
