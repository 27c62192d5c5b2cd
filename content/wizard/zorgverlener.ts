/**
 * The form for one zorgverlener of the budgetplan (Bijlage 3, 5 and 6): labels, hints, options
 * and error messages (BP-02, BP-03, BP-04; the live sum's words are in content/vraag-formulier.ts).
 * Dutch, B1. Error messages never say "u" or a name: one schema serves everyone, whoever fills
 * it in.
 */

export const zorgverlenerFormulier = {
  naam: {
    label: "Naam van de zorgverlener",
    hint: "De naam van de instelling, het bedrijf of de persoon.",
    leeg: "Vul de naam van de zorgverlener in.",
  },
  plaats: {
    label: "Plaats van de zorgverlener",
    hint: "De plaats waar de zorgverlener woont of het bedrijf zit.",
    leeg: "Vul de plaats van de zorgverlener in.",
  },
  soort: {
    label: "Wat voor zorgverlener is het?",
    hint: "Dit bepaalt welk nummer u invult: een KVK-nummer of een BSN.",
    leeg: "Kies wat voor zorgverlener het is.",
    opties: {
      instelling: {
        label: "Een instelling",
        hint: "Een organisatie met mensen in dienst. Bijvoorbeeld een thuiszorgorganisatie of zorgboerderij.",
      },
      zzp: {
        label: "Een zzp’er",
        hint: "Iemand met een eigen bedrijf, zonder mensen in dienst. Een zzp’er staat bij de KVK ingeschreven.",
      },
      persoon: {
        label: "Een persoon zonder eigen bedrijf",
        hint: "Bijvoorbeeld een familielid, een vriend of de buurvrouw. Dit heet een informele zorgverlener.",
      },
    },
  },
  relatie: {
    label: "Is de zorgverlener familie van de budgethouder?",
    hint: "De budgethouder is de persoon die het pgb krijgt.",
    leeg: "Kies of de zorgverlener familie is van de budgethouder.",
    opties: {
      partner: {
        label: "Ja, de partner",
        hint: "De man of vrouw, de geregistreerd partner of iemand met wie de budgethouder samenwoont.",
      },
      "familie-1e-graad": {
        label: "Ja, familie in de 1e graad",
        hint: "Een ouder of een kind. Ook een schoonouder, schoonzoon of schoondochter.",
      },
      "familie-2e-graad": {
        label: "Ja, familie in de 2e graad",
        hint: "Een broer, zus, opa, oma of kleinkind. Ook een zwager of schoonzus.",
      },
      overig: {
        label: "Nee, iemand anders",
        hint: "Bijvoorbeeld een neef of nicht, een vriend, de buurvrouw of een zorgorganisatie.",
      },
    },
  },
  registraties: {
    label: "Waar staat de zorgverlener ingeschreven? (niet verplicht)",
    hint: "Kruis aan wat klopt. Staat de zorgverlener in geen van beide? Laat dan alles leeg.",
    opties: {
      big: {
        label: "In het BIG-register",
        hint: "Daarin staan zorgverleners met een erkend zorgberoep. Bijvoorbeeld een verpleegkundige of een arts.",
      },
      kvk: {
        label: "Bij de KVK (Kamer van Koophandel)",
        hint: "Daar staan bedrijven ingeschreven. Ook zzp’ers en zorginstellingen.",
      },
    },
  },
  nummer: {
    label: "KVK-nummer of BSN",
    labelKvk: "KVK-nummer",
    labelBsn: "BSN (burgerservicenummer) van de zorgverlener",
    hint: "Een instelling of zzp’er: vul het KVK-nummer in (8 cijfers). Een persoon zonder eigen bedrijf: vul het BSN in (9 cijfers).",
    hintKvk: "Het KVK-nummer heeft 8 cijfers. U kunt het vragen aan de zorgverlener.",
    hintBsn: "Het BSN heeft 9 cijfers. U kunt het vragen aan de zorgverlener.",
    leeg: "Vul het KVK-nummer of het BSN van de zorgverlener in.",
    leegKvk: "Vul het KVK-nummer in: 8 cijfers.",
    leegBsn: "Vul het BSN van de zorgverlener in: 9 cijfers.",
    kvkFout: "Een KVK-nummer heeft 8 cijfers. Controleer het nummer.",
    bsnFout: "Dit BSN klopt niet. Controleer het nummer. Een BSN heeft 9 cijfers.",
    fout: "Dit nummer klopt niet. Een KVK-nummer heeft 8 cijfers. Een BSN heeft 9 cijfers.",
  },
  overeenkomst: {
    label: "Welke overeenkomst komt er met de zorgverlener?",
    hint: "Met elke zorgverlener sluit de budgethouder een zorgovereenkomst. Er zijn 2 soorten.",
    leeg: "Kies welke overeenkomst er komt met de zorgverlener.",
    opties: {
      arbeidsovereenkomst: {
        label: "Een arbeidsovereenkomst",
        hint: "De zorgverlener werkt in loondienst. De budgethouder is dan werkgever.",
      },
      opdracht: {
        label: "Een overeenkomst van opdracht",
        hint: "De zorgverlener doet een opdracht. Dat is meestal zo bij een instelling of zzp’er.",
      },
      "weet-niet": {
        label: "Weet ik nog niet",
        hint: "Dan gaan wij uit van wat het vaakst voorkomt.",
      },
    },
  },
  dagen: {
    label: "Op hoeveel dagen per week werkt de zorgverlener?",
    hint: "Een getal van 1 tot en met 7.",
    leeg: "Vul in op hoeveel dagen per week de zorgverlener werkt.",
    fout: "Vul een heel aantal dagen in, van 1 tot en met 7.",
  },
  uren: {
    label: "Hoeveel uur per week werkt de zorgverlener?",
    hint: "Bijvoorbeeld 25 of 7,5. Een half uur is 0,5.",
    leeg: "Vul in hoeveel uur per week de zorgverlener werkt.",
    fout: "Vul het aantal uren in als een getal, bijvoorbeeld 25 of 7,5.",
    bereik: "Een week heeft 168 uur. Vul een aantal uren in van meer dan 0 tot en met 168.",
    meerDanDagen: (dagen: number, uren: number): string =>
      `In ${dagen === 1 ? "1 dag" : `${dagen} dagen`} zitten ${uren} uur. Vul minder uren in, of meer dagen.`,
  },
  uurtarief: {
    label: "Uurtarief",
    hint: "Bijvoorbeeld 15 of 15,50. Het bruto bedrag per uur.",
    leeg: "Vul het uurtarief in.",
    fout: "Vul het uurtarief in als een bedrag, bijvoorbeeld 15 of 15,50.",
    punt: "Gebruik een komma voor de centen, bijvoorbeeld 15,50.",
    bereik: (max: string): string => `Vul een uurtarief in van meer dan € 0 tot en met ${max}. Dit is het bedrag voor 1 uur.`,
  },
} as const;
