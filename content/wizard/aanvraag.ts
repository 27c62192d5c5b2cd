/** Stap 3 of the wizard: the aanvraag at the zorgkantoor (AV-01 … AV-08). Dutch, B1. */
import { perSaldo } from "@/content/redenen/aanvraag";
import type { Aanspreking } from "@/lib/wizard/types";

export const aanvraagVragen = {
  vaardigheden: {
    titel: (a: Aanspreking): string => (a.zelf ? "Past een pgb bij u?" : `Past een pgb bij ${a.naam}?`),
    // AV-01 is a self-check: it helps, it never refuses.
    uitleg: (a: Aanspreking): string[] => [
      a.zelf
        ? "Met een pgb regelt u zelf uw zorg. Daar komt veel bij kijken. Hieronder staan 10 dingen die u moet weten en kunnen."
        : `Met een pgb regelt ${a.naam} zelf de zorg, of iemand helpt daarbij. Daar komt veel bij kijken. Hieronder staan 10 dingen die nodig zijn.`,
      "Dit is een test voor uzelf. Het zorgkantoor ziet uw antwoorden niet. Kunt u iets (nog) niet? Dat is niet erg. U krijgt dan advies over hulp.",
      `Meer weten? ${perSaldo.naam} helpt mensen met een pgb: ${perSaldo.website}.`,
    ],
    label: (a: Aanspreking): string => (a.zelf ? "Kruis aan wat bij u past" : `Kruis aan wat bij ${a.naam} past`),
    hint: (a: Aanspreking): string =>
      a.zelf
        ? "Kruis alles aan wat klopt. Klopt niets? Ga dan gewoon door."
        : `In de zinnen staat ‘u’. Daarmee bedoelen wij ${a.naam}, of wie ${a.naam} helpt met het pgb. Kruis alles aan wat klopt. Klopt niets? Ga dan gewoon door.`,
    antwoord: (aantal: number, totaal: number): string =>
      aantal === 0 ? "Niets aangekruist" : aantal === totaal ? `Alle ${totaal} punten aangekruist` : `${aantal} van de ${totaal} punten aangekruist`,
  },
  gewaarborgdeHulp: {
    titel: (a: Aanspreking): string =>
      a.zelf ? "Iemand die u helpt: de gewaarborgde hulp" : `Iemand die ${a.naam} helpt: de gewaarborgde hulp`,
    watKop: "Wat is een gewaarborgde hulp?",
    wat: (a: Aanspreking): string =>
      a.zelf
        ? "Een gewaarborgde hulp is iemand die u helpt met de zorg en de administratie van het pgb. Bijvoorbeeld een familielid, een vriend of een bewindvoerder."
        : `Een gewaarborgde hulp is iemand die ${a.naam} helpt met de zorg en de administratie van het pgb. Bijvoorbeeld een familielid, een vriend of een bewindvoerder.`,
    verplichtKop: "Is een gewaarborgde hulp verplicht?",
    zonderHulp:
      "Is er niemand die dit wil doen? U kunt de vragen wel afmaken. Maar het zorgkantoor wijst de aanvraag dan af.",
    zelfGewaarborgdeHulp: "U vult dit in als gewaarborgde hulp. Kies dan ja en vul uw eigen gegevens in.",
    vraag: (a: Aanspreking): string => (a.zelf ? "Heeft u een gewaarborgde hulp?" : `Heeft ${a.naam} een gewaarborgde hulp?`),
    vraagHint: "Kiest u ja? Vul dan hieronder de gegevens in.",
    leeg: "Kies ja of nee bij de vraag over de gewaarborgde hulp.",
    naamLabel: "Naam van de gewaarborgde hulp",
    naamLeeg: "Vul de naam van de gewaarborgde hulp in.",
    relatieLabel: (a: Aanspreking): string => (a.zelf ? "Wat is deze persoon van u?" : `Wat is deze persoon van ${a.naam}?`),
    relatieHint: "Bijvoorbeeld: dochter, buurman of bewindvoerder.",
    relatieLeeg: "Vul in wat de gewaarborgde hulp van de aanvrager is. Bijvoorbeeld: dochter.",
    wvLabel: (a: Aanspreking): string =>
      a.zelf ? "Is deze persoon ook uw wettelijk vertegenwoordiger?" : `Is deze persoon ook de wettelijk vertegenwoordiger van ${a.naam}?`,
    wvHint: "Een wettelijk vertegenwoordiger is bijvoorbeeld een ouder, curator, mentor of bewindvoerder.",
    wvLeeg: "Kies ja of nee bij de vraag over de wettelijk vertegenwoordiger.",
    telefoonLabel: "Telefoonnummer van de gewaarborgde hulp (niet verplicht)",
    telefoonFout: "Dit telefoonnummer klopt niet. Vul het in zoals 06 12345678 of +31 6 12345678.",
    emailLabel: "E-mailadres van de gewaarborgde hulp (niet verplicht)",
    emailFout: "Dit e-mailadres klopt niet. Vul het in zoals naam@voorbeeld.nl.",
    rijen: {
      naam: "Naam",
      relatie: "Relatie",
      wettelijkVertegenwoordiger: "Ook wettelijk vertegenwoordiger",
      telefoon: "Telefoonnummer",
      email: "E-mailadres",
    },
  },
  weigeringsgronden: {
    titel: "Vragen over schulden en wonen",
    // AV-06, AV-07: asked kindly, with why the zorgkantoor wants to know.
    uitleg: [
      "Het zorgkantoor controleert een paar dingen over geld en wonen. Soms kan een pgb dan niet. Daarom vragen wij het nu al. Dan weet u waar u aan toe bent.",
      "Uw antwoorden blijven bij u. Wij sturen niets door.",
    ],
    waaromKop: "Waarom vraagt het zorgkantoor dit?",
    failliet: {
      vraag: (a: Aanspreking): string => (a.zelf ? "Bent u failliet verklaard?" : `Is ${a.naam} failliet verklaard?`),
      hint: "Failliet verklaard betekent: de rechter heeft beslist dat de schulden niet meer betaald kunnen worden.",
      leeg: "Kies ja of nee bij de vraag over failliet verklaard.",
    },
    wsnp: {
      vraag: (a: Aanspreking): string =>
        a.zelf ? "Zit u in de schuldsanering (WSNP)?" : `Zit ${a.naam} in de schuldsanering (WSNP)?`,
      hint: "De WSNP is de Wet schuldsanering natuurlijke personen. De rechter beslist dan over een traject om van de schulden af te komen. Een betalingsregeling of schuldhulp van de gemeente is iets anders.",
      leeg: "Kies ja of nee bij de vraag over de schuldsanering (WSNP).",
    },
    vastWoonadres: {
      vraag: (a: Aanspreking): string => (a.zelf ? "Heeft u een vast woonadres?" : `Heeft ${a.naam} een vast woonadres?`),
      hint: "Een vast woonadres is een vaste plek waar iemand woont. Bijvoorbeeld een koophuis, een huurhuis of een woonvorm.",
      leeg: "Kies ja of nee bij de vraag over een vast woonadres.",
    },
    woontInNederland: {
      vraag: (a: Aanspreking): string => (a.zelf ? "Woont u in Nederland?" : `Woont ${a.naam} in Nederland?`),
      hint: "Op vakantie gaan telt niet. Dan woont iemand gewoon in Nederland.",
      leeg: "Kies ja of nee bij de vraag over wonen in Nederland.",
    },
  },
  gesprek: {
    titel: "Het gesprek met het zorgkantoor",
    watKop: "Wat is het bewuste-keuzegesprek?",
    wat: "In het gesprek bespreekt het zorgkantoor of een pgb een goede oplossing is.",
    wieKop: "Wie zijn er bij het gesprek?",
    wie: (a: Aanspreking, gewaarborgdeHulp: string | null): string[] => [
      a.zelf
        ? "Iemand van het zorgkantoor praat met u. Heeft u een gewaarborgde hulp? Dan is die er ook bij."
        : `Iemand van het zorgkantoor praat met ${a.naam}. Is er een gewaarborgde hulp? Dan is die er ook bij.`,
      ...(gewaarborgdeHulp === null ? [] : [`De gewaarborgde hulp is ${gewaarborgdeHulp}.`]),
    ],
    voorbereidenKop: "Zo bereidt u zich voor",
    voorbereiden: [
      "Lees de 10 punten over het regelen van een pgb nog eens. Bedenk waar u hulp bij nodig heeft.",
      "Schrijf op welke zorg nodig is. Bijvoorbeeld: wassen en aankleden, of samen boodschappen doen.",
      "Schrijf op wie de zorg gaat geven.",
      "Bedenk waarom u een pgb wilt en geen zorg in natura.",
      "Schrijf uw vragen op en neem ze mee.",
    ],
    documentenKop: "Deze papieren stuurt u naar het zorgkantoor",
    zorgkantoorKop: "Hier stuurt u de aanvraag heen",
  },
  /** ZK-01: which zorgkantoor handles the aanvraag. */
  zorgkantoor: {
    titel: (a: Aanspreking): string => (a.zelf ? "Waar woont u?" : `Waar woont ${a.naam}?`),
    uitleg:
      "Waar de aanvrager woont, bepaalt naar welk zorgkantoor de aanvraag gaat. In elke regio is 1 zorgkantoor.",
    label: "Postcode, woonplaats of gemeente",
    hint: "Bijvoorbeeld 5038 AB, Weesp of Tilburg.",
    leeg: "Vul de postcode, de woonplaats of de gemeente in.",
    niets: "Deze plaats kennen wij niet. Controleer de spelling, of vul de gemeente in.",
    postcodeOnbekend: "Deze postcode kennen wij niet. Vul de woonplaats of de gemeente in.",
    keuzes: (lijst: string): string => `Er zijn meer plaatsen met deze naam: ${lijst}. Vul de gemeente in.`,
    keuze: (naam: string, gemeente: string): string => `${naam} (gemeente ${gemeente})`,
    keuzeGemeente: (naam: string): string => `de gemeente ${naam}`,
    gevondenKop: "Uw zorgkantoor",
    naam: (regio: string, zorgverzekeraar: string): string => `Zorgkantoor ${regio} (${zorgverzekeraar})`,
    gevonden: (regio: string, zorgverzekeraar: string): string => `Zorgkantoor ${regio}, van ${zorgverzekeraar}.`,
    contact: (website: string, telefoon: string): string => `Website: ${website}. Telefoon: ${telefoon}.`,
    /** On the question's own page, with the field right under it. */
    postcodeControleren:
      "Wij vonden de gemeente via de postcode. Die gegevens zijn van 2014. Klopt de gemeente niet? Vul dan hieronder de gemeente in.",
    /** On pages without the field (the gesprek page, the results): where to change it. */
    postcodeControlerenElders:
      "Wij vonden de gemeente via de postcode. Die gegevens zijn van 2014. Klopt de gemeente niet? Ga dan in stap 3 naar de vraag over de woonplaats. Vul daar de gemeente in.",
    rij: "Zorgkantoor",
    rijWoonplaats: "Woonplaats of postcode",
    antwoord: (regio: string, gemeente: string | null): string =>
      gemeente === null ? `Zorgkantoor ${regio}` : `Zorgkantoor ${regio} (gemeente ${gemeente})`,
  },
} as const;
