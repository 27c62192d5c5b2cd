/**
 * Rate limit for failed attempts to open a resume or share link, per client address. The keys
 * (128-bit id + 256-bit key) make guessing hopeless anyway; this keeps a script from trying
 * millions of them, and from filling the logs. Only failures count, and only the address that
 * failed is blocked: anyone else, and the same address with a link that works, is not locked out
 * by someone else's guessing. Time is passed in; nothing here reads the clock.
 *
 * Kept in the memory of one process: with several app servers each counts its own share, so an
 * address gets at most `max × servers` tries per window, still hopeless against these keys.
 */
export interface PogingenOpties {
  /** Failures allowed within the window before the address is refused. */
  max: number;
  vensterMs: number;
  /** Addresses remembered at most; the oldest are forgotten first. Bounds the memory. */
  maxAdressen: number;
}

export const STANDAARD_POGINGEN: PogingenOpties = { max: 10, vensterMs: 15 * 60 * 1000, maxAdressen: 10_000 };

export class Pogingen {
  readonly #opties: PogingenOpties;
  /** Per address the times of its failures within the window, oldest first. A Map keeps insertion order. */
  readonly #mislukt = new Map<string, number[]>();

  constructor(opties: PogingenOpties = STANDAARD_POGINGEN) {
    this.#opties = opties;
  }

  #recent(adres: string, nu: number): number[] {
    const tijden = (this.#mislukt.get(adres) ?? []).filter((t) => nu - t < this.#opties.vensterMs && t <= nu);
    if (tijden.length === 0) this.#mislukt.delete(adres);
    return tijden;
  }

  /** Whether this address has used up its failures; then the caller answers 429 without trying. */
  isGeblokkeerd(adres: string, nu: Date): boolean {
    return this.#recent(adres, nu.getTime()).length >= this.#opties.max;
  }

  /** Seconds until the oldest failure in the window expires: the Retry-After of a 429. */
  wachtSeconden(adres: string, nu: Date): number {
    const tijden = this.#recent(adres, nu.getTime());
    const oudste = tijden[0];
    return oudste === undefined ? 0 : Math.max(1, Math.ceil((oudste + this.#opties.vensterMs - nu.getTime()) / 1000));
  }

  telMislukt(adres: string, nu: Date): void {
    const tijd = nu.getTime();
    const tijden = this.#recent(adres, tijd);
    tijden.push(tijd);
    // Re-inserting moves the address to the end: the first key is the longest quiet one.
    this.#mislukt.delete(adres);
    this.#mislukt.set(adres, tijden.slice(-this.#opties.max));
    while (this.#mislukt.size > this.#opties.maxAdressen) {
      const oudste = this.#mislukt.keys().next().value;
      if (oudste === undefined) break;
      this.#mislukt.delete(oudste);
    }
  }
}

/**
 * The client's address: the last X-Forwarded-For entry, the one the nearest proxy (or Next itself,
 * from the socket) wrote. Behind a load balancer it must overwrite or append the header (README).
 */
export function klantAdres(headers: Headers): string {
  const lijst = headers.get("x-forwarded-for")?.split(",").map((d) => d.trim()).filter((d) => d !== "");
  return lijst?.at(-1) ?? "onbekend";
}
