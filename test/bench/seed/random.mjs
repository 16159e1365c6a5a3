// A small seeded generator, so that the same options give the same data set (figures stay comparable run to run).
export function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (items) => items[int(items.length)];
  /** Picks from [value, weight] pairs. */
  const weighted = (pairs) => {
    const total = pairs.reduce((sum, [, w]) => sum + w, 0);
    let x = next() * total;
    for (const [value, w] of pairs) {
      x -= w;
      if (x < 0) return value;
    }
    return pairs[pairs.length - 1][0];
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const exponential = (mean) => -Math.log(1 - next()) * mean;
  return { next, int, pick, weighted, normal, exponential };
}

/** A uuid from the generator (version 4 layout), so ids too are reproducible. */
export function uuidFrom(rnd) {
  const hex = [];
  for (let i = 0; i < 4; i++) hex.push((Math.floor(rnd.next() * 2 ** 32) >>> 0).toString(16).padStart(8, '0'));
  const s = hex.join('');
  const variant = ((parseInt(s[16], 16) & 0x3) | 0x8).toString(16);
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`;
}
