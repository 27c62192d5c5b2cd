/**
 * A per-address counter over a sliding window: after `max` counted events within `vensterMs` the
 * address is refused until the oldest falls out of the window. Two uses (docs/decisions/020-beveiliging.md,
 * 023-grenzen.md): failed attempts to open a resume or share link (link-pogingen.ts), and new
 * drafts and share links (aanmaken.ts). Only the address that used up its count is refused;
 * everyone else goes on. Time is passed in; nothing here reads the clock. Addresses come from
 * lib/http/herkomst.ts, never from a header the client chooses.
 *
 * Kept in the memory of one process: with several app servers each counts its own share, so an
 * address gets at most `max × servers` per window.
 */
export interface PogingenOpties {
  /** Events allowed within the window before the address is refused. */
  max: number;
  vensterMs: number;
  /** Addresses remembered at most; the oldest are forgotten first. Bounds the memory. */
  maxAdressen: number;
}

export const STANDAARD_POGINGEN: PogingenOpties = { max: 10, vensterMs: 15 * 60 * 1000, maxAdressen: 10_000 };

export class Pogingen {
  readonly #opties: PogingenOpties;
  /** Per address the times of its events within the window, oldest first. A Map keeps insertion order. */
  readonly #tijden = new Map<string, number[]>();

  constructor(opties: PogingenOpties = STANDAARD_POGINGEN) {
    this.#opties = opties;
  }

  #recent(adres: string, nu: number): number[] {
    const tijden = (this.#tijden.get(adres) ?? []).filter((t) => nu - t < this.#opties.vensterMs && t <= nu);
    if (tijden.length === 0) this.#tijden.delete(adres);
    return tijden;
  }

  /** Whether this address has used up its count within the window. */
  isGeblokkeerd(adres: string, nu: Date): boolean {
    return this.#recent(adres, nu.getTime()).length >= this.#opties.max;
  }

  /** Seconds until the oldest event in the window expires: the Retry-After of a 429. */
  wachtSeconden(adres: string, nu: Date): number {
    const tijden = this.#recent(adres, nu.getTime());
    const oudste = tijden[0];
    return oudste === undefined ? 0 : Math.max(1, Math.ceil((oudste + this.#opties.vensterMs - nu.getTime()) / 1000));
  }

  /**
   * Counts one event unless the address has used up its count: true when counted (go on), false
   * when refused. One synchronous step, so simultaneous requests cannot all pass the check before
   * any of them is counted.
   */
  probeer(adres: string, nu: Date): boolean {
    if (this.isGeblokkeerd(adres, nu)) return false;
    this.tel(adres, nu);
    return true;
  }

  /** Counts one event for this address. */
  tel(adres: string, nu: Date): void {
    const tijd = nu.getTime();
    const tijden = this.#recent(adres, tijd);
    tijden.push(tijd);
    // Re-inserting moves the address to the end: the first key is the longest quiet one.
    this.#tijden.delete(adres);
    this.#tijden.set(adres, tijden.slice(-this.#opties.max));
    while (this.#tijden.size > this.#opties.maxAdressen) {
      const oudste = this.#tijden.keys().next().value;
      if (oudste === undefined) break;
      this.#tijden.delete(oudste);
    }
  }
}
