/**
 * Test data for the wizard's tests: answers built by walking the journey as a person would —
 * each page's form values through its schema and `verwerk`, `volgende` choosing the next page,
 * the check page confirming the step. Only the tests import this.
 */
import type { Antwoorden, Zorgverlener } from "../antwoorden";
import { bevestig, kanStapBeginnen, magBezoeken, startVanStap, volgende } from "../journey";
import { stappenVanSoort, type StapSlug } from "../stappen";
import type { Waarden } from "../types";
import { SERVER_STAPPEN } from "../server-stappen";
import { vraagVoor } from "./index";
import { PGB_VAARDIGHEDEN } from "@/rules/aanvraag";

export type Invoer = Partial<Record<string, Waarden>>;

const MAX_PAGINAS = 20;

/** Submits one page as a person would; throws with the Dutch errors when the values are invalid. */
export function beantwoord(a: Antwoorden, slug: string, waarden: Waarden): Antwoorden {
  const vraag = vraagVoor(slug);
  if (vraag === null) throw new Error(`Geen vraag ${slug}`);
  const resultaat = vraag.schema.safeParse(waarden);
  if (!resultaat.success) throw new Error(`${slug}: ${resultaat.error.issues.map((i) => i.message).join(" ")}`);
  const na = vraag.verwerk(resultaat.data, a);
  const serverStap = SERVER_STAPPEN[slug]?.(resultaat.data, na);
  if (serverStap !== undefined && "fouten" in serverStap) throw new Error(`${slug}: ${Object.values(serverStap.fouten).join(" ")}`);
  return serverStap === undefined ? na : serverStap.antwoorden;
}

/** Walks one step from its first open page to its check page; confirms it when `bevestigen`. */
export function doorloopStap(a: Antwoorden, stap: StapSlug, invoer: Invoer, bevestigen = true): Antwoorden {
  let antwoorden = a;
  let bestemming = startVanStap(stap, antwoorden);
  for (let i = 0; bestemming.soort === "vraag" && i < MAX_PAGINAS; i++) {
    const { slug } = bestemming;
    if (magBezoeken(antwoorden, stap, slug) !== true) throw new Error(`${slug} mag niet bezocht worden`);
    // The list of zorgverleners is filled on pages of their own; the journey adds the brochure's.
    if (slug === "zorgverleners" && (antwoorden.zorgverleners ?? []).length === 0) {
      antwoorden = { ...antwoorden, zorgverleners: [BROCHURE_ZORGVERLENER] };
    }
    antwoorden = beantwoord(antwoorden, slug, invoer[slug] ?? {});
    bestemming = volgende(antwoorden, stap, slug);
  }
  if (bestemming.soort !== "controleren") throw new Error(`Stap ${stap} eindigt bij ${bestemming.soort}`);
  return bevestigen ? bevestig(antwoorden, stap) : antwoorden;
}

/** Walks steps 1–3 as far as they can start. */
export function doorloop(invoer: Invoer, start: Antwoorden = { voorWie: "zelf" }): Antwoorden {
  let a = start;
  for (const { slug: stap } of stappenVanSoort("vragen")) {
    if (!kanStapBeginnen(stap, a)) break;
    a = doorloopStap(a, stap, invoer);
  }
  return a;
}

/** Bijlage 3, 6, Voorbeeld: a mother cares for her daughter 25 hours a week at € 15,- an hour. */
export const BROCHURE_ZORGVERLENER: Zorgverlener = {
  id: "moeder",
  naam: "Moeder",
  plaats: "Utrecht",
  soort: "persoon",
  relatie: "familie-1e-graad",
  registraties: [],
  nummer: "111222333",
  overeenkomst: "opdracht",
  dagenPerWeek: 5,
  urenPerWeek: 2500,
  uurtarief: 1500,
};

/** A neighbour employed 12 hours a week at € 16,50: werkgever and loonbelasting apply (ZO-02, ZO-06). */
export const BUURVROUW_ZORGVERLENER: Zorgverlener = {
  id: "buurvrouw",
  naam: "Buurvrouw Fatma",
  plaats: "Houten",
  soort: "persoon",
  relatie: "overig",
  registraties: [],
  nummer: "100000009",
  overeenkomst: "arbeidsovereenkomst",
  dagenPerWeek: 4,
  urenPerWeek: 1200,
  uurtarief: 1650,
};

export const ALLE_VAARDIGHEDEN: string[] = [...PGB_VAARDIGHEDEN];

/** Form values for a whole journey; override pages with `anders`. */
export function invoer(anders: Invoer = {}): Invoer {
  return {
    "heeft-indicatie": { heeftIndicatie: "ja" },
    zorgprofiel: { zorgprofiel: "ZZP 5 VV" },
    zorgbehoefte: { zorgbehoefte: "nee" },
    leeftijd: { jongerDan18: "nee" },
    woonwens: { woonwens: "thuis", dagenPer14: "" },
    regie: { regie: "zelf" },
    uitkomst: {},
    vaardigheden: { vaardigheden: ALLE_VAARDIGHEDEN },
    "gewaarborgde-hulp": {
      heeftGewaarborgdeHulp: "ja",
      ghNaam: "Ans de Vries",
      ghRelatie: "dochter",
      ghWettelijkVertegenwoordiger: "nee",
      ghTelefoon: "06 12345678",
      ghEmail: "ans@example.nl",
    },
    weigeringsgronden: { failliet: "nee", wsnp: "nee", vastWoonadres: "ja", woontInNederland: "ja" },
    persoonsgegevens: { achternaam: "Jansen", geboortedatum: "15-03-1948", bsn: "111222333" },
    "budgetplan-zorgprofiel": { budgetplanZorgprofiel: "ZZP 5 VV" },
    "reden-pgb": { redenKeuzePgb: "Ik wil zelf kiezen wie mij helpt." },
    "zorg-inkopen": { zorgInkopen: "Wassen en aankleden, samen boodschappen doen." },
    zorgverleners: {},
    bedragen: { verwachtJaarbudget: "" },
    ondertekening: { naam1: "Ans de Vries", relatie1: "dochter", datum1: "" },
    zorgkantoor: { woonplaats: "Tilburg" },
    gesprek: {},
    ...anders,
  };
}
