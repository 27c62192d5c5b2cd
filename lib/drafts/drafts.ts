/**
 * Encrypted drafts for the wizard. Answers are JSON-serialised and encrypted with a key that only
 * the user holds (cookie, resume link); the server keeps the ciphertext and forgets the key.
 *
 * Expiry: `verlooptOp = nu + looptijdDagen` at creation. Saving does NOT extend it: the user is
 * told the date once and it stays true, and a draft cannot be kept alive forever.
 * Time is always passed in as `nu`; nothing here reads the clock.
 */
import { randomBytes } from "node:crypto";
import { draftAad, nieuweSleutel, ontsleutel, SLEUTEL_BYTES, versleutel } from "./crypto";
import { EERSTE_VERSIE, type DraftStore } from "./store";

export interface DraftToegang {
  /** 16 random bytes, base64url: also the database key, so it must not be guessable. */
  id: string;
  /** 32 random bytes; never stored on the server. */
  sleutel: Buffer;
}

export const ID_BYTES = 16;
export const STANDAARD_LOOPTIJD_DAGEN = 30;
const DAG_MS = 24 * 60 * 60 * 1000;

// Unpadded base64url lengths: 16 bytes → 22 characters, 32 bytes → 43 characters.
const TOKEN = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

/** `<id>.<key>`, both base64url: safe in a cookie value and in a URL without escaping. */
export function formatToken(toegang: DraftToegang): string {
  return `${toegang.id}.${toegang.sleutel.toString("base64url")}`;
}

/**
 * Strict: exact lengths, base64url alphabet only, and canonical encoding (the unused low bits of
 * the last character must be zero), so exactly one string maps to each id and key. Never throws.
 */
export function parseToken(invoer: string | undefined | null): DraftToegang | null {
  if (typeof invoer !== "string") return null;
  const match = TOKEN.exec(invoer);
  if (match === null) return null;
  const [, id, sleutelTekst] = match;
  if (id === undefined || sleutelTekst === undefined) return null;
  const idBytes = Buffer.from(id, "base64url");
  const sleutel = Buffer.from(sleutelTekst, "base64url");
  // Node's decoder is lenient about trailing bits; re-encoding exposes non-canonical input.
  if (idBytes.length !== ID_BYTES || idBytes.toString("base64url") !== id) return null;
  if (sleutel.length !== SLEUTEL_BYTES || sleutel.toString("base64url") !== sleutelTekst) return null;
  return { id, sleutel };
}

export type MaakResultaat = { toegang: DraftToegang; versie: number; verlooptOp: Date };
export type OpenResultaat<T> =
  | { status: "ok"; antwoorden: T; versie: number; verlooptOp: Date; aangemaaktOp: Date }
  | { status: "niet-gevonden" | "verlopen" | "sleutel-onjuist" };
export type BewaarResultaat = { status: "ok"; versie: number } | { status: "gewijzigd" | "niet-gevonden" | "verlopen" | "sleutel-onjuist" };
export type VerwijderResultaat = { status: "ok" | "niet-gevonden" | "sleutel-onjuist" };

export interface DraftsOpties {
  /** Whole days, 1–365. Default {@link STANDAARD_LOOPTIJD_DAGEN}. */
  looptijdDagen?: number;
}

/**
 * `T` must survive `JSON.stringify`/`JSON.parse` unchanged (no Date, Map, undefined values).
 * `open` returns what was saved, parsed but not validated: a draft saved by an older release may
 * have an older shape, so the caller checks it against its current schema.
 */
export class Drafts<T> {
  readonly #store: DraftStore;
  readonly #looptijdMs: number;

  constructor(store: DraftStore, opties: DraftsOpties = {}) {
    const dagen = opties.looptijdDagen ?? STANDAARD_LOOPTIJD_DAGEN;
    if (!Number.isInteger(dagen) || dagen < 1 || dagen > 365) throw new RangeError(`looptijdDagen moet 1–365 zijn, niet ${dagen}`);
    this.#store = store;
    this.#looptijdMs = dagen * DAG_MS;
  }

  async maak(antwoorden: T, nu: Date): Promise<MaakResultaat> {
    const toegang: DraftToegang = { id: randomBytes(ID_BYTES).toString("base64url"), sleutel: nieuweSleutel() };
    const verlooptOp = new Date(nu.getTime() + this.#looptijdMs);
    const blob = versleutel(toegang.sleutel, serialiseer(antwoorden), draftAad(toegang.id, EERSTE_VERSIE));
    await this.#store.maak(toegang.id, blob, verlooptOp, nu);
    return { toegang, versie: EERSTE_VERSIE, verlooptOp };
  }

  async open(toegang: DraftToegang, nu: Date): Promise<OpenResultaat<T>> {
    const draft = await this.#store.lees(toegang.id, nu);
    if (draft === null) return { status: (await this.#store.isVerlopen(toegang.id, nu)) ? "verlopen" : "niet-gevonden" };
    const json = ontsleutel(toegang.sleutel, draft.blob, draftAad(draft.id, draft.versie));
    if (json === null) return { status: "sleutel-onjuist" };
    // Authenticated plaintext is JSON this class wrote, so a parse error is a bug: let it throw.
    const antwoorden = JSON.parse(json) as T;
    return { status: "ok", antwoorden, versie: draft.versie, verlooptOp: draft.verlooptOp, aangemaaktOp: draft.aangemaaktOp };
  }

  /**
   * Saves only when `verwachteVersie` is still the stored version (another tab may have saved in
   * between: "gewijzigd", reopen and merge). The key is checked against the stored blob first, so
   * someone who has only the id cannot overwrite a draft. The new blob is encrypted for
   * `verwachteVersie + 1`, the version the store assigns when the write succeeds.
   */
  async bewaar(toegang: DraftToegang, verwachteVersie: number, antwoorden: T, nu: Date): Promise<BewaarResultaat> {
    const huidig = await this.#store.lees(toegang.id, nu);
    if (huidig === null) return { status: await this.#afwezig(toegang.id, nu) };
    if (ontsleutel(toegang.sleutel, huidig.blob, draftAad(huidig.id, huidig.versie)) === null) return { status: "sleutel-onjuist" };
    if (huidig.versie !== verwachteVersie) return { status: "gewijzigd" };

    const nieuweVersie = verwachteVersie + 1;
    const blob = versleutel(toegang.sleutel, serialiseer(antwoorden), draftAad(toegang.id, nieuweVersie));
    const resultaat = await this.#store.bewaar(toegang.id, verwachteVersie, blob, nu);
    if (resultaat.ok) return { status: "ok", versie: resultaat.versie };
    // Lost a race after the check above: another save won, or the draft expired or was removed.
    if (resultaat.reden === "gewijzigd") return { status: "gewijzigd" };
    return { status: await this.#afwezig(toegang.id, nu) };
  }

  /**
   * Removes the draft after checking the key, so an id alone cannot delete it. An expired draft
   * is removed without the check: `ruimOp` would remove it anyway, and its blob cannot be checked
   * through `lees`.
   */
  async verwijder(toegang: DraftToegang, nu: Date): Promise<VerwijderResultaat> {
    const huidig = await this.#store.lees(toegang.id, nu);
    if (huidig === null) {
      if (!(await this.#store.isVerlopen(toegang.id, nu))) return { status: "niet-gevonden" };
    } else if (ontsleutel(toegang.sleutel, huidig.blob, draftAad(huidig.id, huidig.versie)) === null) {
      return { status: "sleutel-onjuist" };
    }
    return { status: (await this.#store.verwijder(toegang.id)) ? "ok" : "niet-gevonden" };
  }

  ruimOp(nu: Date): Promise<number> {
    return this.#store.ruimOp(nu);
  }

  async #afwezig(id: string, nu: Date): Promise<"verlopen" | "niet-gevonden"> {
    return (await this.#store.isVerlopen(id, nu)) ? "verlopen" : "niet-gevonden";
  }
}

/**
 * Housekeeping throttle: true at most once per interval. Kept pure (time passed in) so the
 * once-an-hour purge in server.ts can be tested with a fake clock.
 */
export class Interval {
  readonly #intervalMs: number;
  #laatste: number | null = null;

  constructor(intervalMs: number) {
    this.#intervalMs = intervalMs;
  }

  isAanDeBeurt(nu: Date): boolean {
    const tijd = nu.getTime();
    // A clock that jumps back also counts as due, so a wrong clock cannot stall the purge.
    if (this.#laatste !== null && tijd >= this.#laatste && tijd - this.#laatste < this.#intervalMs) return false;
    this.#laatste = tijd;
    return true;
  }
}

function serialiseer(antwoorden: unknown): string {
  const json = JSON.stringify(antwoorden);
  // JSON.stringify(undefined) and friends yield undefined at runtime despite the string type.
  if (typeof json !== "string") throw new TypeError("antwoorden zijn niet als JSON te bewaren");
  return json;
}
