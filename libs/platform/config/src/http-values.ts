import { isIP } from 'node:net';

// Express's "trust proxy" (proxy-addr) takes these names for address ranges.
const PROXY_KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY as Express reads it: true, false, a hop count, or addresses, subnets (CIDR or netmask) and keywords
 * separated by commas. Checked at start: Express would only fail on the first request, or trust the wrong clients.
 */
export function isTrustProxy(value: string): boolean {
  if (value === 'true' || value === 'false' || /^\d+$/.test(value)) return true;
  return value.split(',').every((part) => PROXY_KEYWORDS.has(part.trim()) || isAddressOrSubnet(part.trim()));
}

function isAddressOrSubnet(text: string): boolean {
  const [address, range, ...rest] = text.split('/');
  const family = isIP(address);
  if (!family || rest.length > 0) return false;
  if (range === undefined) return true;
  if (family === 4 && isIP(range) === 4) return true; // a netmask: 10.0.0.0/255.0.0.0
  return /^\d{1,3}$/.test(range) && Number(range) <= (family === 4 ? 32 : 128);
}

/** The origins in CORS_ORIGINS (`https://host[:port]`, separated by commas), or null when one is not an origin. */
export function corsOriginsOf(value: string | undefined): string[] | null {
  if (value === undefined) return [];
  const origins = value.split(',').map((part) => part.trim().replace(/\/$/, ''));
  const valid = origins.every(
    (origin) => URL.canParse(origin) && /^https?:$/.test(new URL(origin).protocol) && new URL(origin).origin === origin,
  );
  return valid ? origins : null;
}

// Never in a message, not even in part: a log line or a CI transcript would keep it.
const SECRETS = new Set(['JWT_SECRET', 'ADMIN_PASSWORD', 'POSTGRES_PASSWORD', 'MAIL_SECRET']);

/** A variable's value as a configuration error may show it: secrets not at all, passwords in URLs masked. */
export function shownValue(name: string, value: string | undefined): string {
  if (value === undefined) return '(unset)';
  if (SECRETS.has(name)) return `(${value.length} characters, not shown)`;
  if (URL.canParse(value)) {
    const url = new URL(value);
    if (!url.password) return `"${value}"`;
    url.password = '***';
    return `"${url.href}"`;
  }
  // A connection string that is no URL may still hold a password (key=value form, a typo in the scheme).
  return name.endsWith('_URL') ? '(not shown: it may hold a password)' : `"${value}"`;
}
