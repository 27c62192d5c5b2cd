/**
 * Share links ("deellinken"): let a second person open one draft, with a role.
 *
 * - Every link has its own random 16-byte id and its own 32-byte key K_s, DERIVED from the draft
 *   key: `K_s = HKDF-SHA256(K_draft, salt = empty, info = "pgb-deellink/v1/" + linkId)`. Only the
 *   owner (who holds K_draft) can derive it, so the owner can show a link again while the server
 *   stores no link key.
 * - Per link the server stores id, draft id, timestamps and a blob:
 *   `versleutel(K_s, {"v":1,"rol":…,"draftSleutel":base64url(K_draft)}, "pgb-deellink/v1/<linkId>/<draftId>")`.
 *   The role is therefore not readable in the database, and a blob moved to another row or draft
 *   fails authentication.
 * - A link token has the draft token format (`<22>.<43>`, {@link formatToken}/{@link parseToken}).
 *   Used as a DRAFT token it finds nothing: link ids and draft ids live in different tables.
 * - A link expires with its draft or earlier; revoking deletes the row, and with it the only copy
 *   of the wrapped draft key, so a revoked link is dead cryptographically, not just by a flag.
 *
 * What the role allows ("meekijken" reads, "gewaarborgde-hulp" may also sign) is enforced by the
 * pages, not by cryptography: a link unwraps K_draft itself. `open` hands that key to the server
 * code so it can call Drafts.open; it must never be sent to the link holder's browser.
 *
 * Nothing here reads the clock: `nu` is always passed in.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { deellinkAad, deellinkSleutel, draftAad, ontsleutel, SLEUTEL_BYTES, versleutel } from "./crypto";
import { formatToken, ID_BYTES, type DraftToegang } from "./drafts";
import type { DraftStore, OpgeslagenDeellink } from "./store";

export const DEEL_ROLLEN = ["meekijken", "gewaarborgde-hulp"] as const;

/**
 * Working (unexpired, unrevoked) links one draft may have. Bounds what one draft holds and what
 * its page lists: a client once made 2,000 (docs/decisions/023-grenzen.md).
 */
export const MAX_ACTIEVE_DEELLINKEN = 20;
export type DeelRol = (typeof DEEL_ROLLEN)[number];

export interface DeellinkInfo {
  id: string;
  rol: DeelRol;
  aangemaaktOp: Date;
  verlooptOp: Date;
  /** `formatToken({ id, sleutel: K_s })`: what the owner passes on. Re-derivable, so not stored. */
  token: string;
}

export type DeellinkMaakResultaat = { status: "ok"; link: DeellinkInfo } | { status: "niet-gevonden" | "verlopen" | "sleutel-onjuist" | "te-veel" };
export type DeellinkOpenResultaat =
  | { status: "ok"; rol: DeelRol; draft: DraftToegang; verlooptOp: Date }
  | { status: "niet-gevonden" | "verlopen" | "sleutel-onjuist" };
export type DeellinkIntrekResultaat = "ok" | "niet-gevonden" | "sleutel-onjuist";

/** The plaintext inside a link blob. `v` names the layout so a later one cannot be misread. */
interface LinkInhoud {
  v: 1;
  rol: DeelRol;
  draftSleutel: string;
}

export class Deellinken {
  readonly #store: DraftStore;

  constructor(store: DraftStore) {
    this.#store = store;
  }

  /**
   * Makes a link for the draft the owner holds. The owner's key is checked by decrypting the
   * current draft blob (as Drafts.bewaar does), so a draft id alone cannot mint links.
   * `gevraagdTot`: an earlier end than the draft's; null means "as long as the draft". A link never
   * outlives its draft. A `gevraagdTot` at or before `nu` (or an unknown role) is a programming
   * error, thrown as RangeError: the page validates what the person chose. "te-veel" when the
   * draft already has {@link MAX_ACTIEVE_DEELLINKEN} working links.
   */
  async maak(draft: DraftToegang, rol: DeelRol, gevraagdTot: Date | null, nu: Date): Promise<DeellinkMaakResultaat> {
    if (!isDeelRol(rol)) throw new RangeError(`onbekende rol ${String(rol)}`);
    // `!(a > b)` also catches an invalid gevraagdTot (NaN).
    if (gevraagdTot !== null && !(gevraagdTot.getTime() > ms(nu))) throw new RangeError("gevraagdTot moet na nu liggen");

    const huidig = await this.#store.lees(draft.id, nu);
    if (huidig === null) return { status: (await this.#store.isVerlopen(draft.id, nu)) ? "verlopen" : "niet-gevonden" };
    if (ontsleutel(draft.sleutel, huidig.blob, draftAad(huidig.id, huidig.versie)) === null) return { status: "sleutel-onjuist" };

    const verlooptOp = new Date(Math.min(gevraagdTot?.getTime() ?? Infinity, huidig.verlooptOp.getTime()));
    const id = randomBytes(ID_BYTES).toString("base64url");
    const sleutel = deellinkSleutel(draft.sleutel, id);
    const inhoud: LinkInhoud = { v: 1, rol, draftSleutel: draft.sleutel.toString("base64url") };
    const blob = versleutel(sleutel, JSON.stringify(inhoud), deellinkAad(id, huidig.id));
    // "te-veel": the draft has MAX_ACTIEVE_DEELLINKEN working links; the store counts atomically.
    if ((await this.#store.maakDeellink(id, huidig.id, blob, verlooptOp, nu, MAX_ACTIEVE_DEELLINKEN)) === "vol") return { status: "te-veel" };
    return { status: "ok", link: { id, rol, aangemaaktOp: new Date(nu.getTime()), verlooptOp, token: formatToken({ id, sleutel }) } };
  }

  /**
   * Opens a link token. "verlopen" is told before the key is checked, as Drafts.open does for an
   * expired draft; everything else about a wrong key is one "sleutel-onjuist". On "ok" the caller
   * opens the draft itself with `Drafts.open(result.draft, nu)` and applies `rol`.
   */
  async open(link: DraftToegang, nu: Date): Promise<DeellinkOpenResultaat> {
    const rij = await this.#store.leesDeellink(link.id);
    if (rij === null) return { status: "niet-gevonden" };
    if (rij.verlooptOp.getTime() <= ms(nu)) return { status: "verlopen" };
    const draftRij = await this.#store.lees(rij.draftId, nu);
    if (draftRij === null && (await this.#store.isVerlopen(rij.draftId, nu))) return { status: "verlopen" };

    const inhoud = pakUit(link.sleutel, rij);
    if (inhoud === null) return { status: "sleutel-onjuist" };
    // A link row whose draft was removed (and not yet purged) leads nowhere.
    if (draftRij === null) return { status: "niet-gevonden" };
    return { status: "ok", rol: inhoud.rol, draft: { id: rij.draftId, sleutel: inhoud.draftSleutel }, verlooptOp: rij.verlooptOp };
  }

  /**
   * The owner's unexpired links, oldest first, each with a token that opens it. Empty when the key
   * does not open the draft (a link token presented as a draft token gets nothing). A row that
   * does not unwrap under the derived key (tampered, moved) is left out rather than failing all.
   */
  async lijst(draft: DraftToegang, nu: Date): Promise<DeellinkInfo[]> {
    const huidig = await this.#store.lees(draft.id, nu);
    if (huidig === null || ontsleutel(draft.sleutel, huidig.blob, draftAad(huidig.id, huidig.versie)) === null) return [];
    const links: DeellinkInfo[] = [];
    for (const rij of await this.#store.deellinksVan(huidig.id, nu)) {
      const sleutel = deellinkSleutel(draft.sleutel, rij.id);
      const inhoud = pakUit(sleutel, rij);
      if (inhoud === null || !timingSafeEqual(inhoud.draftSleutel, draft.sleutel)) continue;
      links.push({ id: rij.id, rol: inhoud.rol, aangemaaktOp: rij.aangemaaktOp, verlooptOp: rij.verlooptOp, token: formatToken({ id: rij.id, sleutel }) });
    }
    return links;
  }

  /**
   * Revokes one link of the draft the owner holds. The owner's key is checked against the draft
   * blob first; then only a link of THAT draft is deleted, so a valid key for one draft cannot
   * revoke another draft's link. An expired (not yet purged) draft answers "niet-gevonden": its
   * links are already dead.
   */
  async trekIn(draft: DraftToegang, linkId: string, nu: Date): Promise<DeellinkIntrekResultaat> {
    const huidig = await this.#store.lees(draft.id, nu);
    if (huidig === null) return "niet-gevonden";
    if (ontsleutel(draft.sleutel, huidig.blob, draftAad(huidig.id, huidig.versie)) === null) return "sleutel-onjuist";
    return (await this.#store.verwijderDeellink(linkId, huidig.id)) ? "ok" : "niet-gevonden";
  }
}

export function isDeelRol(waarde: unknown): waarde is DeelRol {
  return typeof waarde === "string" && (DEEL_ROLLEN as readonly string[]).includes(waarde);
}

/**
 * Unwraps a link blob with `sleutel`. Null for every failure: GCM rejects a wrong key, a tampered
 * blob or a blob under another link id or draft id; the shape check rejects anything this code
 * did not write. As a last check, `sleutel` must be the key derived from the unwrapped draft key
 * for this link id, so a link always satisfies K_s = HKDF(K_draft, linkId). Byte comparisons of
 * keys use timingSafeEqual.
 */
function pakUit(sleutel: Buffer, rij: OpgeslagenDeellink): { rol: DeelRol; draftSleutel: Buffer } | null {
  const json = ontsleutel(sleutel, rij.blob, deellinkAad(rij.id, rij.draftId));
  if (json === null) return null;
  let inhoud: unknown;
  try {
    inhoud = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof inhoud !== "object" || inhoud === null) return null;
  const { v, rol, draftSleutel } = inhoud as Partial<Record<keyof LinkInhoud, unknown>>;
  if (v !== 1 || !isDeelRol(rol) || typeof draftSleutel !== "string") return null;
  const draftSleutelBytes = Buffer.from(draftSleutel, "base64url");
  if (draftSleutelBytes.length !== SLEUTEL_BYTES || draftSleutelBytes.toString("base64url") !== draftSleutel) return null;
  if (!timingSafeEqual(deellinkSleutel(draftSleutelBytes, rij.id), sleutel)) return null;
  return { rol, draftSleutel: draftSleutelBytes };
}

function ms(datum: Date): number {
  const tijd = datum.getTime();
  // NaN compares false both ways and would let an expired link through.
  if (!Number.isFinite(tijd)) throw new RangeError("ongeldige datum");
  return tijd;
}
