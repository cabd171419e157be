// Hand-written runtime: dates decoded from responses (docs/sdk-behavior.md R7.3, data is returned
// as received). A WireDate is a real Date for the caller, but serialises back to the exact string
// the server sent ("2026-11-21T10:15:00Z" stays that, not "2026-11-21T10:15:00.000Z"), and an
// unparsable value is kept rather than lost.

export class WireDate extends Date {
    /** @param {string} raw the string from the wire */
    constructor(raw) {
        super(/^-?\d+$/.test(raw) ? Number(raw) : raw);
        Object.defineProperty(this, 'raw', {value: raw, enumerable: false});
    }

    /** The string the server sent. */
    toJSON() {
        return this.raw;
    }
}
