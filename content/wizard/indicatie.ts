/** Stap 1 of the wizard: the indicatiebesluit of the CIZ (IND-01 … IND-05). Dutch, B1. */
import { ciz } from "@/content/redenen/indicatie";
import type { Aanspreking } from "@/lib/wizard/types";

/** Where the indicatiebesluit names the zorgprofiel (Bijlage 3, 2. Mijn indicatie). */
const WAAR_ZORGPROFIEL = "Het staat in het indicatiebesluit van het CIZ, onder ‘A Soort zorg’.";

export const indicatieVragen = {
  heeftIndicatie: {
    titel: (a: Aanspreking): string =>
      a.zelf ? "Heeft u een indicatiebesluit van het CIZ?" : `Heeft ${a.naam} een indicatiebesluit van het CIZ?`,
    hint: `Het ${ciz.naam} kijkt of iemand zorg uit de Wet langdurige zorg (Wlz) nodig heeft. Is dat zo? Dan stuurt het CIZ een brief: het indicatiebesluit. Daarin staat het zorgprofiel. Dat is de soort zorg die iemand nodig heeft.`,
    leeg: "Kies ja of nee bij de vraag over het indicatiebesluit.",
  },
  zorgprofiel: {
    titel: (a: Aanspreking): string =>
      a.zelf ? "Welk zorgprofiel staat in uw indicatiebesluit?" : `Welk zorgprofiel staat in het indicatiebesluit van ${a.naam}?`,
    label: "Zorgprofiel",
    hint: `${WAAR_ZORGPROFIEL} Bijvoorbeeld: ZP 5 VV. U mag het schrijven zoals u wilt: 5VV en VV 5 is ook goed.`,
    leeg: `Vul het zorgprofiel in. ${WAAR_ZORGPROFIEL} Bijvoorbeeld: ZP 5 VV.`,
    // IND-05: the rules' own text, plus where to look.
    onbekend: "Wij herkennen dit zorgprofiel niet. Neem het over uit het indicatiebesluit van het CIZ, onder ‘A Soort zorg’. Bijvoorbeeld: ZP 5 VV, ZP 3 VG of ZP 2 ZGaud.",
    hulpKop: "Welke zorgprofielen zijn er?",
    hulpTekst:
      "In bijlage 4 van de brochure staan de zorgprofielen die toegang geven tot het pgb. Het zorgkantoor noemt een zorgprofiel ook wel een zorgzwaartepakket (ZZP). Staat het zorgprofiel hier niet bij? Vul het dan toch in.",
    rij: (code: string, omschrijving: string): string => `${code} – ${omschrijving}`,
    // IND-04: the texts themselves are the reasons' (content/redenen/indicatie.ts).
    besluitKop: "Wat moet u nog meer weten over het indicatiebesluit?",
  },
  zorgbehoefte: {
    titel: (a: Aanspreking): string =>
      a.zelf
        ? "Heeft u de hele dag zorg of toezicht in de buurt nodig?"
        : `Heeft ${a.naam} de hele dag zorg of toezicht in de buurt nodig?`,
    // IND-01 in plain words, with the brochure's own examples (Stap 1).
    hint: "De Wet langdurige zorg (Wlz) is voor mensen die altijd toezicht nodig hebben. Of zorg die dag en nacht dichtbij moet zijn. Bijvoorbeeld ouderen met vergevorderde dementie. Of mensen met een ernstige verstandelijke, lichamelijke of zintuiglijke beperking.",
    opties: { ja: "Ja", nee: "Nee", "weet-niet": "Ik weet het niet" },
    leeg: "Kies ja, nee of ‘Ik weet het niet’ bij de vraag over zorg en toezicht.",
  },
  leeftijd: {
    titel: (a: Aanspreking): string => (a.zelf ? "Bent u jonger dan 18 jaar?" : `Is ${a.naam} jonger dan 18 jaar?`),
    hint: "Wij vragen dit om te zeggen waar u terecht kunt. Voor jongeren is er het loket voor jeugdzorg van de gemeente. Voor volwassenen is er het Wmo-loket.",
    leeg: "Kies ja of nee bij de vraag over de leeftijd.",
  },
} as const;
