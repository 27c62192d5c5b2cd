/**
 * Authenticated encryption for draft answers: AES-256-GCM with a key the server never stores.
 * The key lives only in the user's cookie and resume link, so the database alone reveals nothing.
 *
 * Blob layout: iv (12 bytes) ‖ ciphertext ‖ tag (16 bytes). What is encrypted is padded
 * ({@link vulAan}), so a blob's length tells only its size bucket (docs/decisions/025-opslag.md).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

export const SLEUTEL_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const ALGORITME = "aes-256-gcm";

/**
 * The padded plaintext: `0x01 ‖ length (uint32, big-endian) ‖ UTF-8 text ‖ zeros`, in total the
 * next power of two of at least {@link KLEINSTE_EMMER} bytes. The first byte names the format:
 * blobs written before the padding hold bare JSON, whose first byte is never 0x01 (`{`, `[`, `"`,
 * a digit or a letter), so they still open without a migration; the byte is inside the
 * ciphertext, so nobody can flip it without failing authentication. Every draft and link blob is
 * JSON that fits 256 bytes when it is new, so a fresh draft or a link tells neither who fills it in
 * nor which role it grants; a larger draft says only its power of two.
 */
const OPGEVULD_V1 = 0x01;
const KOP_BYTES = 5;
export const KLEINSTE_EMMER = 256;

export function emmerVoor(bytes: number): number {
  let emmer = KLEINSTE_EMMER;
  while (emmer < bytes) emmer *= 2;
  return emmer;
}

function vulAan(klaretekst: string): Buffer {
  const tekst = Buffer.from(klaretekst, "utf8");
  const opgevuld = Buffer.alloc(emmerVoor(KOP_BYTES + tekst.length));
  opgevuld[0] = OPGEVULD_V1;
  opgevuld.writeUInt32BE(tekst.length, 1);
  tekst.copy(opgevuld, KOP_BYTES);
  return opgevuld;
}

/** The text inside a decrypted plaintext: padded (format 0x01) or, from before the padding, bare. */
function haalUit(klaretekst: Buffer): string | null {
  if (klaretekst[0] !== OPGEVULD_V1) return klaretekst.toString("utf8");
  if (klaretekst.length < KOP_BYTES) return null;
  const lengte = klaretekst.readUInt32BE(1);
  if (KOP_BYTES + lengte > klaretekst.length) return null;
  return klaretekst.subarray(KOP_BYTES, KOP_BYTES + lengte).toString("utf8");
}

export function nieuweSleutel(): Buffer {
  return randomBytes(SLEUTEL_BYTES);
}

/**
 * The associated data that binds a blob to one draft and one version: a blob copied to another
 * row, or replayed as another version of the same row, fails authentication. The prefix names
 * the format, so a future layout can never be confused with this one.
 */
export function draftAad(id: string, versie: number): string {
  return `pgb-draft/v1/${id}/${versie}`;
}

/**
 * The key of one share link: `HKDF-SHA256(ikm = K_draft, salt = empty, info = "pgb-deellink/v1/" +
 * linkId, 32 bytes)`. Derived rather than random so the owner, who holds K_draft, can show a link
 * again later while the server stores no link key at all; one-way, so a link holder cannot get
 * from K_s back to K_draft or to any other link's key. The info prefix separates these keys from
 * any other use of K_draft. Changing this formula breaks every link already handed out.
 */
export function deellinkSleutel(draftSleutel: Buffer, linkId: string): Buffer {
  // Programming error, as in versleutel: callers derive only after the draft key was verified.
  if (!Buffer.isBuffer(draftSleutel) || draftSleutel.length !== SLEUTEL_BYTES) throw new RangeError(`sleutel moet ${SLEUTEL_BYTES} bytes zijn`);
  return Buffer.from(hkdfSync("sha256", draftSleutel, Buffer.alloc(0), Buffer.from(`pgb-deellink/v1/${linkId}`, "utf8"), SLEUTEL_BYTES));
}

/**
 * Associated data of a link blob: binds it to its link id and its draft, so a blob moved to
 * another link row, or a row pointed at another draft, fails authentication. The prefix differs
 * from {@link draftAad}, so a link blob can never pass as a draft blob or the other way round.
 */
export function deellinkAad(linkId: string, draftId: string): string {
  return `pgb-deellink/v1/${linkId}/${draftId}`;
}

export function versleutel(sleutel: Buffer, klaretekst: string, aad: string): Buffer {
  // A wrong key length is a programming error, not user input: fail loudly.
  if (sleutel.length !== SLEUTEL_BYTES) throw new RangeError(`sleutel moet ${SLEUTEL_BYTES} bytes zijn`);
  // A fresh random IV per encryption: GCM breaks down completely when an IV repeats under one key,
  // and one key encrypts every version of a draft.
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITME, sleutel, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const ciphertekst = Buffer.concat([cipher.update(vulAan(klaretekst)), cipher.final()]);
  return Buffer.concat([iv, ciphertekst, cipher.getAuthTag()]);
}

/**
 * Null for every way the blob can be wrong (tampered, truncated, wrong key, wrong AAD): the
 * caller cannot tell these apart and must not try, so one typed "no" is the whole answer.
 */
export function ontsleutel(sleutel: Buffer, blob: Buffer, aad: string): string | null {
  if (!Buffer.isBuffer(sleutel) || sleutel.length !== SLEUTEL_BYTES) return null;
  if (!Buffer.isBuffer(blob) || blob.length < IV_BYTES + TAG_BYTES) return null;
  const iv = blob.subarray(0, IV_BYTES);
  const tag = blob.subarray(blob.length - TAG_BYTES);
  const ciphertekst = blob.subarray(IV_BYTES, blob.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv(ALGORITME, sleutel, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, "utf8"));
    decipher.setAuthTag(tag);
    // final() throws when the tag does not verify; that failure is exactly the null we return.
    return haalUit(Buffer.concat([decipher.update(ciphertekst), decipher.final()]));
  } catch {
    return null;
  }
}
