/**
 * Text for the PDFs (lib/budgetplan/pdf.ts, lib/zorgovereenkomst/pdf.ts) and their file names.
 * The PDFs use the 14 standard fonts (Helvetica): real text that the zorgkantoor can search and
 * copy, in a small file. Those fonts speak WinAnsi only: `veiligeTekst` maps every other
 * character to a close one instead of letting pdf-lib throw on a name such as "Erdős" or "张伟";
 * `wrap` breaks text into lines that fit.
 */
import type { PDFFont } from "pdf-lib";
import { eigenWaarde } from "@/lib/eigen-sleutel";

/**
 * Letters that Unicode does not decompose into a base letter plus accent (so NFKD alone cannot
 * simplify them), and punctuation outside WinAnsi with an obvious equivalent.
 */
const VERVANGINGEN: Readonly<Record<string, string>> = {
  ł: "l", Ł: "L", đ: "d", Đ: "D", ı: "i", ħ: "h", Ħ: "H", ŧ: "t", Ŧ: "T", ŋ: "n", Ŋ: "N", ə: "e", Ə: "E",
  ß: "ss", æ: "ae", Æ: "AE", ø: "o", Ø: "O", œ: "oe", Œ: "OE", þ: "th", Þ: "TH", ð: "d", Ð: "D",
  "ʼ": "’", "ʻ": "‘", "‐": "-", "‑": "-", "‒": "-", "―": "—", "−": "-", "′": "'", "″": '"',
};

/**
 * One character that `past` rejects, as close as we can get: NFKD without its accents
 * ("ő" → "o", "ş" → "s", "ĳ" → "ij"), a fixed replacement ("ł" → "l"), or "?" when nothing
 * is close (Chinese, emoji). Invisible joiners and lone accents simply disappear.
 */
export function benaderTeken(teken: string, past: (teken: string) => boolean): string {
  const vast = eigenWaarde(VERVANGINGEN, teken);
  if (vast !== undefined && [...vast].every(past)) return vast;
  const delen = [...teken.normalize("NFKD").replace(/\p{M}/gu, "")];
  if (delen.length === 0 || /^[\p{Cc}\p{Cf}]$/u.test(teken)) return "";
  return delen.map((deel) => (past(deel) ? deel : (eigenWaarde(VERVANGINGEN, deel) ?? "?"))).join("");
}

/** "Özdemir-Şahin de Vries" → "ozdemir-sahin-de-vries": safe in a file name and an HTTP header. */
export function slug(tekst: string, maxLengte = 60): string {
  const ascii = [...tekst.normalize("NFC")].map((t) => benaderTeken(t, (d) => /^[A-Za-z0-9]$/.test(d))).join("");
  return ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, maxLengte)
    .replace(/^-+|-+$/g, "");
}

const tekensets = new WeakMap<PDFFont, ReadonlySet<number>>();

function tekenset(font: PDFFont): ReadonlySet<number> {
  let set = tekensets.get(font);
  if (set === undefined) {
    set = new Set(font.getCharacterSet());
    tekensets.set(font, set);
  }
  return set;
}

/**
 * `tekst` with only characters `font` can encode (WinAnsi for the standard fonts, "€" included),
 * plus "\n". Others get a close equivalent ("ő" → "o", "ş" → "s") or "?"; tabs and exotic spaces
 * become a space. So user text can never make the PDF fail.
 */
export function veiligeTekst(tekst: string, font: PDFFont): string {
  const set = tekenset(font);
  const past = (teken: string): boolean => {
    const code = teken.codePointAt(0);
    return code !== undefined && set.has(code);
  };
  let uit = "";
  for (const teken of tekst.normalize("NFC").replace(/\r\n?/g, "\n")) {
    if (teken === "\n" || past(teken)) uit += teken;
    else if (/^\s$/u.test(teken)) uit += " ";
    else uit += benaderTeken(teken, past);
  }
  return uit;
}

/** For one-line fields (names, places): line breaks and runs of spaces become one space. */
export function eenRegel(tekst: string): string {
  return tekst.replace(/\s+/g, " ").trim();
}

/**
 * `text` broken into lines no wider than `width` at `size`: on spaces, and inside a word only
 * when the word alone is wider than the line (so nothing runs past the edge or is cut off).
 * "\n" starts a new line; an empty line between paragraphs stays (more are collapsed to one).
 * Empty text gives no lines.
 */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const schoon = veiligeTekst(text, font)
    .split("\n")
    .map((regel) => regel.replace(/ +/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (schoon === "") return [];
  const past = (s: string): boolean => font.widthOfTextAtSize(s, size) <= width;
  const regels: string[] = [];
  for (const alinea of schoon.split("\n")) {
    let regel = "";
    for (const woord of alinea.split(" ").filter((w) => w !== "")) {
      const langer = regel === "" ? woord : `${regel} ${woord}`;
      if (past(langer)) {
        regel = langer;
        continue;
      }
      if (regel !== "") regels.push(regel);
      let rest = woord;
      // Safe to cut by UTF-16 unit: after veiligeTekst every character is in WinAnsi (one unit).
      while (rest.length > 1 && !past(rest)) {
        let n = rest.length - 1;
        while (n > 1 && !past(rest.slice(0, n))) n--;
        regels.push(rest.slice(0, n));
        rest = rest.slice(n);
      }
      regel = rest;
    }
    regels.push(regel);
  }
  return regels;
}

/** Largest size ≤ `grootte` at which `tekst` fits in `breedte`: amounts never wrap. */
export function pasGrootte(tekst: string, font: PDFFont, grootte: number, breedte: number): number {
  const nodig = font.widthOfTextAtSize(tekst, grootte);
  return nodig <= breedte ? grootte : Math.max(4, (grootte * breedte) / nodig);
}
