// R3.5: HTTP-date parsing (RFC 9110 §5.6.7). Date.parse is not used: it reads asctime as local
// time, accepts ISO 8601 and junk, and differs between engines.

const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

/**
 * Parses an HTTP-date into epoch ms, `undefined` when the value is not one: IMF-fixdate
 * `Sat, 21 Nov 2026 10:00:07 GMT` (also without the weekday or with a ±HHMM zone), the obsolete
 * RFC 850 `Saturday, 21-Nov-26 10:00:07 GMT` and asctime `Sat Nov  1 10:00:07 2026` (UTC).
 */
export function parseHttpDate(value: string, now: number): number | undefined {
  // asctime is rewritten into the IMF order, then one pattern reads all three forms.
  const imf = value.replace(/^([A-Z][a-z]{2}) ([A-Z][a-z]{2}) {1,2}(\d\d?) (\S+) (\d{4})$/, '$1, $3 $2 $5 $4 GMT');
  const m = /^(?:[A-Z][a-z]+, )?(\d\d?)([ -])([A-Z][a-z]{2})\2(\d\d(?:\d\d)?) ([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60) (GMT|UTC|[+-]\d{4})$/.exec(imf);
  if (!m) return undefined;
  const [, day, , mon, y, hour, minute, second, zone] = m as unknown as string[];
  let year = Number(y);
  if (year < 100) {
    // RFC 850: a two-digit year more than 50 years ahead means the previous century.
    const nowYear = new Date(now).getUTCFullYear();
    year += nowYear - (nowYear % 100);
    if (year > nowYear + 50) year -= 100;
  }
  const month = MONTHS.indexOf(mon as string) / 3;
  const date = new Date(Date.UTC(year, month, Number(day), Number(hour), Number(minute), Number(second)));
  // An impossible day (32 Nov, 31 Nov) rolls over: a rolled-over date is not the one given.
  if (month % 1 || date.getUTCDate() !== Number(day)) return undefined;
  const offset = Number(zone) || 0; // ±HHMM as a number: -0130 is -130; GMT/UTC give 0
  return date.getTime() - Math.trunc(offset / 100) * 3_600_000 - (offset % 100) * 60_000;
}
