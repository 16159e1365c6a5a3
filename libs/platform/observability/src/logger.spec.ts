import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createLogger, NestPinoLogger } from './logger.js';

describe('logging', () => {
  it('creates a logger at the configured level', () => {
    expect(createLogger({ logLevel: 'warn' }).level).toBe('warn');
  });

  it('writes Nest messages as JSON lines with their context', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const nest = new NestPinoLogger(pino({ level: 'debug' }, sink));
    nest.log('started', 'Bootstrap');
    nest.error(new Error('broken'), undefined, 'Db');
    const [first, second] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toMatchObject({ level: 30, context: 'Bootstrap', msg: 'started' });
    expect(second).toMatchObject({ level: 50, context: 'Db', msg: 'broken' });
  });
});
