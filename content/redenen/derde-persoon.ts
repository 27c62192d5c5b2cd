/**
 * The fallback of docs/decisions/028: a sentence written for the applicant ("u") rewritten to speak
 * about the applicant as a third person, for a reason that has no words of its own yet for that
 * reader. Word by word, so it stays simple: "u" becomes the name, "uw" its possessive, and the four
 * verbs whose "u" form differs from the third person change with it (bent, kunt, wilt, zult).
 * Imperatives ("Vul het in") stay: they speak to whoever fills in.
 */

/** The applicant as a third person: a name ("Riet") or a neutral term ("de aanvrager"). */
export interface Persoon {
  naam: string;
  /** A term, not a name: "de aanvrager". Possessive "zijn of haar", capital at a sentence start. */
  neutraal?: boolean;
}

const WERKWOORDEN: Readonly<Record<string, string>> = { bent: "is", kunt: "kan", wilt: "wil", zult: "zal" };

/** "Riets", "Kees'", "Anna's"; for a term: "zijn of haar". */
export function bezittelijk(persoon: Persoon): string {
  if (persoon.neutraal) return "zijn of haar";
  const { naam } = persoon;
  if (/[sxz]$/i.test(naam)) return `${naam}'`;
  if (/[aiouyé]$/i.test(naam)) return `${naam}'s`;
  return `${naam}s`;
}

function hoofdletter(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const WOORD = /(?<![\p{L}\p{N}])(U|u|Uw|uw|Uzelf|uzelf)(?![\p{L}\p{N}])/gu;

export function derdePersoon(tekst: string, persoon: Persoon): string {
  const hoofd = (woord: string, vervanging: string) => (woord[0] === "U" ? hoofdletter(vervanging) : vervanging);
  const verbogen = tekst
    // "U bent", "kunt u": the verb first, while the "u" still shows where the subject is.
    .replace(/(?<![\p{L}])([Uu]) (bent|kunt|wilt|zult)(?![\p{L}])/gu, (_, u: string, ww: string) => `${u} ${WERKWOORDEN[ww]}`)
    .replace(/(?<![\p{L}])(Bent|Kunt|Wilt|Zult|bent|kunt|wilt|zult) u(?![\p{L}])/gu, (_, ww: string) => {
      const nieuw = WERKWOORDEN[ww.toLowerCase()] ?? ww;
      return `${ww[0] === ww[0]?.toUpperCase() ? hoofdletter(nieuw) : nieuw} u`;
    });
  return verbogen.replace(WOORD, (woord: string) => {
    const klein = woord.toLowerCase();
    if (klein === "uw") return hoofd(woord, bezittelijk(persoon));
    return hoofd(woord, persoon.naam);
  });
}
