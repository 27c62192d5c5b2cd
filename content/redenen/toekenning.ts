/**
 * Texts for the toekenning (TK-01..TK-05; brochure Stap 4). B1 Dutch, the reader is "u".
 * Amounts, years and percentages arrive ready to print ("€ 5.326,00", "2026", "10%").
 */
export const toekenningTeksten = {
  /** TK-01 */
  beschikking:
    "Keurt het zorgkantoor uw aanvraag goed? Dan krijgt u een toekenningsbeschikking. Daarin staat hoe hoog uw pgb is.",
  /** TK-01 */
  svb: "Het zorgkantoor maakt uw budget over naar de SVB. De SVB beheert uw budget. De SVB betaalt uw zorgverleners volgens de afspraken in uw zorgovereenkomsten.",
  /** TK-01 */
  looptijd: (jaar: string) => `Het zorgkantoor kent uw pgb toe tot uiterlijk 31 december ${jaar}.`,
  /** TK-01 */
  nieuweBeschikking: (volgendJaar: string) =>
    `In december krijgt u een nieuwe toekenningsbeschikking. Daarin staat hoe hoog uw pgb in ${volgendJaar} is.`,

  /** TK-02 */
  hoogte: "Het zorgkantoor bepaalt hoe hoog uw pgb is. Dat hangt af van de zorg die u nodig heeft.",
  /** TK-02 */
  wooninitiatief:
    "U woont in een wooninitiatief. Dat is een woonvorm waar meer budgethouders samen wonen. U krijgt daarom een extra toeslag op uw pgb.",
  /** TK-02 */
  wooninitiatiefMogelijk:
    "Woont u in een wooninitiatief? Dat is een woonvorm waar meer budgethouders samen wonen. Dan krijgt u een extra toeslag op uw pgb.",
  /** TK-02 */
  geenWooninitiatief: "U woont niet in een wooninitiatief. Daarom krijgt u geen toeslag voor een wooninitiatief.",
  /** TK-02 */
  kwaliteitVV:
    "U heeft een zorgprofiel VV en u woont in een wooninitiatief. Daarom krijgt u ook de toeslag Kwaliteit V&V.",
  /** TK-02 */
  kwaliteitVVMogelijk: "Heeft u een zorgprofiel VV? Dan krijgt u ook de toeslag Kwaliteit V&V.",
  /** TK-02 */
  geenKwaliteitVV: "De toeslag Kwaliteit V&V is alleen voor budgethouders met een zorgprofiel VV.",
  /** TK-02 */
  toeslagBedrag: (toeslag: string, jaar: string, bedrag: string, bron: string) =>
    `De ${toeslag} is in ${jaar} ${bedrag} per jaar (bron: ${bron}). Het bedrag dat voor u geldt, staat op de website van uw zorgkantoor.`,
  /** TK-02 */
  toeslagOnbekend: (toeslag: string, jaar: string) =>
    `Wij weten niet hoe hoog de ${toeslag} in ${jaar} is. Het bedrag staat op de website van uw zorgkantoor.`,
  toeslagWooninitiatiefNaam: "toeslag voor een wooninitiatief",
  toeslagKwaliteitVVNaam: "toeslag Kwaliteit V&V",

  /** TK-03 */
  eigenBijdrageVerschuldigd: (vanafLeeftijd: number) =>
    `U bent ${vanafLeeftijd} jaar of ouder. Dan betaalt u een eigen bijdrage voor het pgb.`,
  /** TK-03 */
  eigenBijdrageNietVerschuldigd: (vanafLeeftijd: number) =>
    `U bent jonger dan ${vanafLeeftijd} jaar. Dan betaalt u geen eigen bijdrage voor het pgb.`,
  /** TK-03 */
  cakRekening: "U krijgt iedere maand een rekening van het CAK. U mag de eigen bijdrage niet betalen uit uw pgb.",
  /** TK-03 */
  inkomensafhankelijk: "De eigen bijdrage hangt af van uw inkomen. Niet van de hoogte van uw pgb.",
  /** TK-03 */
  metMpt:
    "U gebruikt naast het pgb ook het modulair pakket thuis (mpt). De eigen bijdrage voor het pgb wordt daardoor niet lager. Voor het mpt betaalt u geen eigen bijdrage.",
  /** TK-03 */
  ingangsdatum:
    "U betaalt de eigen bijdrage vanaf de ingangsdatum van uw pgb. Maak daarom goede afspraken over die datum met het zorgkantoor. Anders betaalt u misschien al een eigen bijdrage terwijl u nog geen zorg inkoopt.",
  /** TK-03 */
  cak: "Het CAK stelt de eigen bijdrage vast. Op www.hetcak.nl staat een rekenprogramma. Vragen? Bel gratis met het CAK: 0800 – 0087.",

  /** TK-03: estimate of the lage eigen bijdrage */
  schattingInleiding: (jaar: string) =>
    `Dit is een schatting van de lage eigen bijdrage in ${jaar}. Het echte bedrag stelt het CAK vast.`,
  /** TK-03 */
  schattingAanname:
    "De schatting gaat uit van iemand zonder partner. Heeft u een partner? Dan kan het bedrag anders zijn. Het CAK kijkt naar uw inkomen van 2 jaar eerder.",
  /** TK-03 */
  schattingBerekening: (inkomen: string, aftrek: string, grondslag: string, percentage: string, perMaand: string) =>
    `Uw bijdrageplichtig inkomen is ${inkomen} per jaar. Omdat u een pgb heeft, gaat daar ${aftrek} af. Over de rest (${grondslag}) betaalt u ${percentage} per jaar. Dat is ${perMaand} per maand (afgerond op hele centen).`,
  /** TK-03 */
  schattingMinimum: (minimum: string) => `Dat is minder dan het minimum. U betaalt dan het minimum van ${minimum} per maand.`,
  /** TK-03 */
  schattingMaximum: (maximum: string) => `Dat is meer dan het maximum. U betaalt dan het maximum van ${maximum} per maand.`,
  /** TK-03 */
  schattingKorting: (korting: string, perMaand: string) =>
    `Met een pgb krijgt u een korting van ${korting} per maand. Uw eigen bijdrage is dan ongeveer ${perMaand} per maand.`,

  /** TK-04: one sentence per ground, keys are the stable `grond` keys. */
  eindgronden: {
    permanenteOpname: "Het pgb stopt als u blijvend wordt opgenomen in een Wlz-instelling.",
    opnameLangerDanTweeMaanden: "Het pgb stopt als u langer dan 2 maanden bent opgenomen in een Wlz-instelling of ziekenhuis.",
    eigenVerzoek: "Het pgb stopt als u zelf vraagt om het pgb te stoppen.",
    zorgInNatura: "Het pgb stopt als u de zorg liever in natura krijgt. Dan regelt het zorgkantoor de zorg.",
    faillietOfWsnp: "Het pgb stopt als u failliet bent verklaard of als u in de schuldsanering (WSNP) zit.",
    geenVastWoonadres: "Het pgb stopt als u geen vast woonadres meer heeft.",
    verplichtingenNietNagekomen: "Het pgb stopt als u zich niet houdt aan de verplichtingen.",
    overlijden: "Het pgb stopt als u overlijdt.",
    ondersteuningNietGoedGeregeld:
      "Het pgb stopt als het zorgkantoor vindt dat de ondersteuning door uw gewaarborgde hulp niet meer goed geregeld is.",
    geenGewaarborgdeHulpMeer: "Het pgb stopt als u geen gewaarborgde hulp meer heeft.",
  },
  /** TK-04 */
  wijzigingenMelden:
    "Verandert er iets in uw situatie dat invloed heeft op uw pgb? Dan moet u dat zelf aan het zorgkantoor laten weten.",
  /** TK-05 */
  opzegtermijnen:
    "Stopt uw pgb? Dan mag u uw pgb nog gebruiken voor het loon dat u uw zorgverleners moet betalen tijdens de wettelijke opzegtermijn. Ook voor vakantiegeld en vakantiedagen.",
} as const;
