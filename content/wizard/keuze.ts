/** Stap 2 of the wizard: zorg in natura or pgb (LV-01 … LV-13). Dutch, B1. */
import type { Aanspreking } from "@/lib/wizard/types";
import type { AfgeleideLeveringsvorm, Leveringsvormen } from "@/rules/leveringsvorm";
import type { Antwoord } from "@/rules/types";

export const keuzeVragen = {
  woonwens: {
    titel: (a: Aanspreking): string => (a.zelf ? "Waar wilt u wonen?" : `Waar wil ${a.naam} wonen?`),
    opties: {
      thuis: "Thuis",
      instelling: "In een instelling",
      deeltijd: "Deels thuis en deels in een instelling",
    },
    hints: {
      instelling: "Bijvoorbeeld een verpleeghuis of een instelling voor gehandicaptenzorg. Dat heet een Wlz-instelling.",
      deeltijd: (dagen: string): string =>
        `Dat heet deeltijdverblijf: ${dagen} dagen per 14 dagen in een instelling, de andere dagen thuis.`,
    },
    leeg: "Kies thuis, in een instelling, of deels thuis en deels in een instelling.",
    dagenLabel: (a: Aanspreking): string =>
      a.zelf ? "Hoeveel dagen per 14 dagen wilt u in de instelling wonen?" : `Hoeveel dagen per 14 dagen wil ${a.naam} in de instelling wonen?`,
    dagenHint: "Alleen invullen als u deeltijd kiest. Bijvoorbeeld: 7.",
    dagenLeeg: "Vul in hoeveel dagen per 14 dagen in de instelling. Bijvoorbeeld: 7.",
    dagenGeenGetal: "Vul een heel getal in, bijvoorbeeld 7.",
    dagenBereik: (min: number, max: number): string => `Vul een getal in van ${min} tot en met ${max}.`,
    deeltijdAntwoord: (dagen: number): string =>
      `Deels thuis en deels in een instelling: ${dagen} ${dagen === 1 ? "dag" : "dagen"} per 14 dagen in de instelling`,
  },
  regie: {
    titel: (a: Aanspreking): string => (a.zelf ? "Wie gaat uw zorg regelen?" : `Wie gaat de zorg van ${a.naam} regelen?`),
    hint: "Het zorgkantoor regelt de zorg uit de Wlz. Elke regio heeft een eigen zorgkantoor. De zorg kan ook zelf geregeld worden.",
    opties: {
      zorgkantoor: "Het zorgkantoor",
      zelf: "Zelf regelen, met een pgb",
      allebei: "Allebei: een deel zelf, een deel via het zorgkantoor",
    },
    hints: {
      zorgkantoor: "Het zorgkantoor zorgt dat een zorgaanbieder de zorg geeft. Dat heet zorg in natura (zin).",
      zelf: (a: Aanspreking): string =>
        a.zelf
          ? "U koopt de zorg zelf in met een persoonsgebonden budget (pgb). U kiest zelf wie de zorg geeft, wanneer en waar."
          : `${a.naam} koopt de zorg zelf in met een persoonsgebonden budget (pgb), eventueel met hulp. Zo wordt zelf gekozen wie de zorg geeft, wanneer en waar.`,
      allebei: "Een deel van de zorg regelt u zelf met een pgb. Het andere deel regelt het zorgkantoor.",
    },
    leeg: "Kies wie de zorg gaat regelen.",
  },
  uitkomst: {
    titel: (a: Aanspreking): string =>
      a.zelf ? "Wat is mogelijk met uw zorgprofiel?" : `Wat is mogelijk met het zorgprofiel van ${a.naam}?`,
    keuzeKop: (a: Aanspreking): string => (a.zelf ? "Uw keuze" : `De keuze voor ${a.naam}`),
    zorgprofiel: (naam: string): string => `Zorgprofiel: ${naam}.`,
    gekozenNee: (a: Aanspreking): string =>
      a.zelf ? "Let op: uw keuze is niet mogelijk" : `Let op: de keuze voor ${a.naam} is niet mogelijk`,
    kiesOpnieuw: "Kies iets anders bij de vorige vragen. Of vraag het zorgkantoor wat wel kan.",
    gekozenVorm: (vorm: string, uitkomst: string): string => `${vorm}: ${uitkomst}.`,
    vormenKop: "Wat kan met dit zorgprofiel?",
    vormenUitleg:
      "Hieronder ziet u per vorm of die kan, en waarom. Een code zoals LV-02 is de regel waarop dat rust. Erachter staat waar u het in de brochure kunt nalezen.",
    vormKop: (vorm: string, uitkomst: string): string => `${vorm}: ${uitkomst}`,
    pakketKop: (pakket: string): string => `Wat zit in een ${pakket}?`,
    pgbPakketKop: "Waarvoor kunt u een pgb gebruiken?",
    // LV-10: the brochure says it in so many words (Stap 2, 3).
    geenBehandeling: "Met een pgb kunt u zelf uw zorg inkopen. Voor Wlz-behandeling kunt u geen pgb krijgen.",
  },
} as const;

/** The six forms of Stap 2, named as the brochure names them. */
export const vormNamen: Record<keyof Leveringsvormen, string> = {
  verblijf: "Wonen in een Wlz-instelling (zorg in natura)",
  vpt: "Volledig pakket thuis (vpt, zorg in natura)",
  mpt: "Modulair pakket thuis (mpt, zorg in natura)",
  pgb: "Persoonsgebonden budget (pgb)",
  pgbMetMpt: "Pgb samen met een modulair pakket thuis (mpt)",
  deeltijdverblijf: "Deeltijdverblijf (deels thuis, deels in een instelling)",
};

/** LV-01: the option the two questions lead to. */
export const leveringsvormNamen: Record<AfgeleideLeveringsvorm, string> = {
  pgb: "Persoonsgebonden budget (pgb)",
  "zin-thuis": "Zorg thuis via het zorgkantoor (vpt of mpt)",
  "pgb-met-mpt": "Pgb samen met een modulair pakket thuis (mpt)",
  verblijf: "Wonen in een Wlz-instelling (zorg in natura)",
  "pgb-in-instelling": "Wonen in een instelling, met een pgb voor dagbesteding",
  deeltijdverblijf: "Deeltijdverblijf (deels thuis, deels in een instelling)",
};

export const uitkomstLabels: Record<Antwoord, string> = {
  ja: "mogelijk",
  nee: "niet mogelijk",
  navragen: "vraag het zorgkantoor",
};

export const pakketNamen = {
  vpt: "volledig pakket thuis (vpt)",
  mpt: "modulair pakket thuis (mpt)",
} as const;
