/**
 * The content modules that have English words (docs/decisions/032-talen.md), for the tests: the
 * shape check (content/talen.test.ts) and the English pages' check for Dutch left behind
 * (tests/e2e/engels.spec.ts).
 */
import { algemeen as algemeenNl } from "@/content/algemeen";
import { algemeen as algemeenEn } from "@/content/en/algemeen";
import { begrippen as begrippenNl } from "@/content/begrippen";
import { begrippen as begrippenEn } from "@/content/en/begrippen";
import { bronnen as bronnenNl } from "@/content/bronnen";
import { bronnen as bronnenEn } from "@/content/en/bronnen";
import { contact as contactNl } from "@/content/contact";
import { contact as contactEn } from "@/content/en/contact";
import { foutTeksten as foutenNl } from "@/content/fouten";
import { foutTeksten as foutenEn } from "@/content/en/fouten";
import { privacy as privacyNl } from "@/content/privacy";
import { privacy as privacyEn } from "@/content/en/privacy";
import { start as startNl } from "@/content/start";
import { start as startEn } from "@/content/en/start";
import { toegankelijkheid as toegankelijkheidNl } from "@/content/toegankelijkheid";
import { toegankelijkheid as toegankelijkheidEn } from "@/content/en/toegankelijkheid";
import { verwijderen as verwijderenNl } from "@/content/verwijderen";
import { verwijderen as verwijderenEn } from "@/content/en/verwijderen";
import { voorbereiden as voorbereidenNl } from "@/content/voorbereiden";
import { voorbereiden as voorbereidenEn } from "@/content/en/voorbereiden";
import * as zorgkantoorEn from "@/content/en/zorgkantoor";
import * as zorgkantoorStafEn from "@/content/en/zorgkantoor-staf";
import { voorbeeldPagina as zorgkantoorVoorbeeldEn } from "@/content/en/zorgkantoor-voorbeeld";
import * as zorgkantoorNl from "@/content/zorgkantoor";
import * as zorgkantoorStafNl from "@/content/zorgkantoor-staf";
import { voorbeeldPagina as zorgkantoorVoorbeeldNl } from "@/content/zorgkantoor-voorbeeld";

interface Paar {
  nl: unknown;
  en: unknown;
}

/** Named after the file: `content/<naam>.ts` and `content/en/<naam>.ts`. */
export const VERTAALDE_MODULES: Record<string, Paar> = {
  algemeen: { nl: algemeenNl, en: algemeenEn },
  begrippen: { nl: begrippenNl, en: begrippenEn },
  bronnen: { nl: bronnenNl, en: bronnenEn },
  contact: { nl: contactNl, en: contactEn },
  fouten: { nl: foutenNl, en: foutenEn },
  privacy: { nl: privacyNl, en: privacyEn },
  start: { nl: startNl, en: startEn },
  toegankelijkheid: { nl: toegankelijkheidNl, en: toegankelijkheidEn },
  verwijderen: { nl: verwijderenNl, en: verwijderenEn },
  voorbereiden: { nl: voorbereidenNl, en: voorbereidenEn },
  zorgkantoor: { nl: zorgkantoorNl, en: zorgkantoorEn },
  "zorgkantoor-staf": { nl: zorgkantoorStafNl, en: zorgkantoorStafEn },
  // Only the Dutch module's export: the English file also says that the staff reasons are Dutch.
  "zorgkantoor-voorbeeld": { nl: zorgkantoorVoorbeeldNl, en: zorgkantoorVoorbeeldEn },
};

/** What differs in shape between a Dutch value and its English, one line per place; [] when none. */
export function vergelijkVorm(nl: unknown, en: unknown, pad = ""): string[] {
  const plek = pad === "" ? "(geheel)" : pad;
  if (typeof nl === "string") return typeof en !== "string" ? [`${plek}: geen tekst`] : en.trim() === "" ? [`${plek}: leeg`] : [];
  if (typeof nl === "function") {
    if (typeof en !== "function") return [`${plek}: geen functie`];
    return nl.length === en.length ? [] : [`${plek}: ${en.length} in plaats van ${nl.length} parameters`];
  }
  if (Array.isArray(nl)) {
    if (!Array.isArray(en)) return [`${plek}: geen lijst`];
    if (en.length !== nl.length) return [`${plek}: ${en.length} in plaats van ${nl.length} items`];
    return nl.flatMap((item, i) => vergelijkVorm(item, en[i], `${pad}[${i}]`));
  }
  if (typeof nl === "object" && nl !== null) {
    if (typeof en !== "object" || en === null) return [`${plek}: geen object`];
    const nlObj = nl as Record<string, unknown>;
    const enObj = en as Record<string, unknown>;
    const sleutels = [...new Set([...Object.keys(nlObj), ...Object.keys(enObj)])].sort();
    return sleutels.flatMap((k) => {
      const sub = pad === "" ? k : `${pad}.${k}`;
      if (!(k in enObj)) return [`${sub}: ontbreekt in het Engels`];
      if (!(k in nlObj)) return [`${sub}: niet in het Nederlands`];
      return vergelijkVorm(nlObj[k], enObj[k], sub);
    });
  }
  return Object.is(nl, en) ? [] : [`${plek}: ${String(en)} in plaats van ${String(nl)}`];
}

/**
 * The Dutch sentences of the translated modules that an English page must not show: every
 * string of at least `minLengte` characters that differs from its English. Function results
 * are not known without their facts, so only fixed strings count.
 */
export function nederlandseTeksten(minLengte = 16): string[] {
  const uit = new Set<string>();
  const loop = (nl: unknown, en: unknown): void => {
    if (typeof nl === "string") {
      if (nl.length >= minLengte && nl !== en) uit.add(nl);
    } else if (Array.isArray(nl)) nl.forEach((x, i) => loop(x, Array.isArray(en) ? en[i] : undefined));
    else if (typeof nl === "object" && nl !== null) {
      for (const [k, v] of Object.entries(nl)) loop(v, typeof en === "object" && en !== null ? (en as Record<string, unknown>)[k] : undefined);
    }
  };
  for (const { nl, en } of Object.values(VERTAALDE_MODULES)) loop(nl, en);
  return [...uit];
}
