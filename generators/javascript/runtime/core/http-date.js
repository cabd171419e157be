// Hand-written runtime: HTTP-date parsing (RFC 9110 §5.6.7) for Retry-After (docs/sdk-behavior.md
// R3.5). Date.parse is not used: it accepts junk ("-1", "2026") and rejects the obsolete forms
// recipients must accept. Three explicit grammars instead, each field range-checked:
//   IMF-fixdate  Sat, 21 Nov 2026 10:00:07 GMT   (also a numeric zone +0100, or no weekday)
//   RFC 850      Saturday, 21-Nov-26 10:00:07 GMT
//   asctime      Sat Nov 21 10:00:07 2026        (day space-padded: "Nov  1")

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = `(${MONTHS.join('|')})`;
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';

const IMF = new RegExp(`^(?:${DAY}, )?(\\d{1,2}) ${MONTH} (\\d{4}) ${TIME} (GMT|UTC|UT|[+-]\\d{4})$`);
const RFC850 = new RegExp(`^${LONG_DAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`);
const ASCTIME = new RegExp(`^${DAY} ${MONTH} ( \\d|\\d{2}) ${TIME} (\\d{4})$`);

/** Epoch ms of the fields, or undefined when one is out of range (day 32, hour 25, 30 Feb). */
function toEpoch(year, month, day, hour, minute, second, offsetMinutes) {
    if (hour > 23 || minute > 59 || second > 60 || day < 1) {
        return undefined;
    }
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    if (day > lastDay) {
        return undefined;
    }
    // A leap second (60) is read as the next second, as the RFC's clock arithmetic allows.
    return Date.UTC(year, month, day, hour, minute, second) - offsetMinutes * 60000;
}

function zoneMinutes(zone) {
    if (!/^[+-]/.test(zone)) {
        return 0; // GMT, UTC, UT
    }
    const hours = Number(zone.slice(1, 3));
    const minutes = Number(zone.slice(3, 5));
    if (hours > 23 || minutes > 59) {
        return undefined;
    }
    return (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * RFC 9110: a two-digit year more than 50 years ahead of `now` is the most recent past year
 * with those digits.
 */
function fullYear(twoDigits, now) {
    const current = new Date(now).getUTCFullYear();
    let year = Math.floor(current / 100) * 100 + twoDigits;
    if (year > current + 50) {
        year -= 100;
    }
    return year;
}

/**
 * The instant an HTTP-date names, as epoch ms, or undefined when `text` is not an HTTP-date.
 * @param {string} text the trimmed header value
 * @param {number} now epoch ms, for the century of an RFC 850 two-digit year
 */
export function parseHttpDate(text, now = Date.now()) {
    let match = IMF.exec(text);
    if (match) {
        const [, day, month, year, hour, minute, second, zone] = match;
        const offset = zoneMinutes(zone);
        return offset === undefined ? undefined
            : toEpoch(Number(year), MONTHS.indexOf(month), Number(day), Number(hour), Number(minute), Number(second), offset);
    }
    match = RFC850.exec(text);
    if (match) {
        const [, day, month, year, hour, minute, second] = match;
        return toEpoch(fullYear(Number(year), now), MONTHS.indexOf(month), Number(day), Number(hour), Number(minute), Number(second), 0);
    }
    match = ASCTIME.exec(text);
    if (match) {
        const [, month, day, hour, minute, second, year] = match;
        return toEpoch(Number(year), MONTHS.indexOf(month), Number(day.trim()), Number(hour), Number(minute), Number(second), 0);
    }
    return undefined;
}
