/** Texts for rules/indicatie.ts (IND-01, IND-02, IND-04). B1 Dutch; the reader is "u". */
export const ciz = {
  naam: "Centrum indicatiestelling zorg (CIZ)",
  telefoon: "088 – 789 10 00",
  website: "www.ciz.nl",
};

export const indicatieTeksten = {
  geenWlz:
    "De Wlz is voor mensen die altijd toezicht nodig hebben, of zorg die 24 uur per dag dichtbij moet zijn. Dat is bij u niet zo. Heeft u wel zorg nodig? Dan kunt u op een andere plek terecht.",
  verwijzingVolwassene: "Ga naar het Wmo-loket van uw gemeente, of bespreek uw zorgvraag met uw huisarts.",
  verwijzingJeugd: "Ga naar het loket voor jeugdzorg van uw gemeente, of bespreek uw zorgvraag met uw huisarts.",
  verwijzingLeeftijdOnbekend:
    "Ga naar het Wmo-loket of het loket voor jeugdzorg van uw gemeente (jeugdzorg is voor wie jonger is dan 18). Of bespreek uw zorgvraag met uw huisarts.",
  wlzPastMisschien:
    "U heeft altijd toezicht nodig, of zorg die 24 uur per dag dichtbij moet zijn. Dan past de Wlz misschien bij u.",
  wlzOnbekend:
    "De Wlz is voor mensen die altijd toezicht nodig hebben, of zorg die 24 uur per dag dichtbij moet zijn. Wij weten nog niet of dat bij u zo is.",
  cizBeslist: (weken: number): string =>
    `Alleen het ${ciz.naam} beslist of u Wlz-zorg krijgt. Vraag een indicatie aan: bel ${ciz.telefoon} of ga naar ${ciz.website}. Het CIZ beslist binnen ${weken} weken. U krijgt dan een brief: het indicatiebesluit. Daarin staat uw zorgprofiel.`,
  geenEinddatum: "Uw indicatiebesluit geldt meestal voor onbepaalde tijd. Er staat dan geen einddatum in.",
  wijzigingMelden:
    "Verandert uw situatie? Meld dat aan het CIZ. Als het nodig is, krijgt u een nieuw indicatiebesluit.",
  intrekken:
    "Het CIZ kan het indicatiebesluit intrekken. Dat kan als u bij de aanvraag verkeerde of onvolledige informatie gaf. Of als u de zorg niet meer nodig heeft.",
};
