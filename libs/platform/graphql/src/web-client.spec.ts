import type { Request } from 'express';
import { isWebClientRequest, webClientCsp } from './web-client.js';

const request = (method: string, path: string) => ({ method, path }) as Request;

describe('the web client at /', () => {
  it("takes the client's pages and files, never the API's paths", () => {
    for (const path of ['/', '/spaces/recommendation-9', '/threads/1', '/assets/index-1.js', '/graphqlish'])
      expect([path, isWebClientRequest(request('GET', path))]).toEqual([path, true]);
    for (const path of [
      '/graphql',
      '/api/uploads',
      '/api/documents/1',
      '/health/live',
      '/socket.io/',
      '/graphiql-assets/x.js',
    ])
      expect([path, isWebClientRequest(request('GET', path))]).toEqual([path, false]);
    expect(isWebClientRequest(request('POST', '/'))).toBe(false);
    expect(isWebClientRequest(request('HEAD', '/'))).toBe(true);
  });

  it('has a policy of its own: its files, no inline script or style, connections to this server (and a bucket when asked)', () => {
    const csp = webClientCsp();
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['style-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(JSON.stringify(csp)).not.toMatch(/unsafe|\*/);
    expect(webClientCsp(['https://files.example.org'])['connect-src']).toEqual(["'self'", 'https://files.example.org']);
  });
});
