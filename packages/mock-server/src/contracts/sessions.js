import { randomBytes } from 'node:crypto';
import { NOT_RECEIVED } from './header-matchers.js';

const MAX_MISMATCHES = 100;
export const DEFAULT_MAX_SESSIONS = 10_000;

/**
 * Replay sessions, one per contract run by one driver; sessions share nothing, so drivers can
 * run side by side. Memory stays bounded: at most `maxSessions` are kept (the oldest is dropped
 * first), each keeps at most 100 mismatch sentences and only the header values a later
 * `sameAs` needs.
 */
export function createSessionStore({ maxSessions = DEFAULT_MAX_SESSIONS } = {}) {
  const sessions = new Map();
  return {
    /** Opens a session replaying `contract` (a prepared contract); returns it. */
    open(contract) {
      let id;
      do id = `ses_${randomBytes(12).toString('base64url')}`;
      while (sessions.has(id));
      const session = new Session(id, contract);
      sessions.set(id, session);
      if (sessions.size > maxSessions) sessions.delete(sessions.keys().next().value);
      return session;
    },
    get: (id) => sessions.get(id),
    delete: (id) => sessions.delete(id),
    get size() {
      return sessions.size;
    },
  };
}

class Session {
  constructor(id, contract) {
    this.id = id;
    this.contract = contract;
    this.received = 0;
    this.mismatches = [];
    this.dropped = 0;
    this.seen = new Array(contract.exchanges.length); // per exchange: Map of remembered headers
  }

  /**
   * Claims the next exchange for a request that just arrived (arrival order decides), noting the
   * header values later exchanges' `sameAs` refer to. Returns `{ index, exchange }`, exchange
   * null when the contract has no more.
   */
  take(headers) {
    const index = this.received++;
    const exchange = this.contract.exchanges[index] ?? null;
    if (exchange !== null && exchange.remember.length > 0) {
      const kept = new Map();
      for (const name of exchange.remember) if (headers[name] !== undefined) kept.set(name, headers[name]);
      this.seen[index] = kept;
    } else if (exchange !== null) {
      this.seen[index] = EMPTY;
    }
    return { index, exchange };
  }

  /** What header `name` was in exchange `index`: its value, undefined, or NOT_RECEIVED. */
  earlier = (index, name) => {
    const kept = this.seen[index];
    return kept === undefined ? NOT_RECEIVED : kept.get(name);
  };

  mismatch(index, phrase) {
    if (this.mismatches.length < MAX_MISMATCHES) this.mismatches.push(`exchange ${index}: ${phrase}`);
    else this.dropped++;
  }

  /** The session report of docs/contracts.md. */
  toJSON() {
    const expected = this.contract.exchanges.length;
    const mismatches = this.dropped === 0 ? this.mismatches : [...this.mismatches, `… and ${this.dropped} more mismatches`];
    return { session: this.id, contract: this.contract.id, expected, received: this.received, complete: this.received === expected, mismatches };
  }
}

const EMPTY = new Map();
