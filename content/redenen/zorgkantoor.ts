/** Texts about the zorgkantoor (ZK-01, ZK-02). B1 Dutch, the reader is "u". */
export const zorgkantoorTeksten = {
  /** ZK-01 */
  regio: (regio: string, zorgverzekeraar: string) =>
    `U woont in de zorgkantoorregio ${regio}. Daar is 1 zorgkantoor. Het hoort bij zorgverzekeraar ${zorgverzekeraar}.`,
  /** ZK-01 */
  waarUWoont: "Waar u woont, bepaalt bij welk zorgkantoor u terecht kunt. In elke regio is 1 zorgkantoor.",
  /** ZK-02 */
  bron: (bron: string) =>
    `Website en telefoonnummer komen uit: ${bron}. Kijk op de website van uw zorgkantoor of ze nog kloppen.`,
  /** ZK-02 */
  aantal: (aantalRegios: number, aantalVgz: number) =>
    `In de brochure staan ${aantalRegios} regio's met een zorgkantoor. Coöperatie VGZ heeft er ${aantalVgz}. Op de pagina "Vind uw zorgkantoor" staat 32 zorgkantoren. In 2014 waren er 32 regio's. Twee daarvan zijn later samengegaan in de regio Westland Schieland Delfland.`,

  // Finding the zorgkantoor from a gemeente, woonplaats or postcode (ZK-01, rules/zorgkantoor-zoeken.ts)
  /** ZK-01 */
  gemeente: (gemeente: string, regio: string) =>
    `U woont in de gemeente ${gemeente}. Die valt onder zorgkantoorregio ${regio}.`,
  /** ZK-01 */
  woonplaats: (woonplaats: string, gemeente: string, regio: string) =>
    `${woonplaats} ligt in de gemeente ${gemeente}. Die valt onder zorgkantoorregio ${regio}.`,
  /** ZK-01: a woonplaats whose gemeente merged into another since 2014 */
  woonplaatsVroeger: (woonplaats: string, vroeger: string, gemeente: string, regio: string) =>
    `${woonplaats} lag in de gemeente ${vroeger}. Nu hoort ${woonplaats} bij de gemeente ${gemeente}. Die valt onder zorgkantoorregio ${regio}.`,
  /** ZK-01: a woonplaats that was a gemeente itself (Weesp → Amsterdam) */
  woonplaatsWasGemeente: (woonplaats: string, gemeente: string, regio: string) =>
    `${woonplaats} was vroeger een eigen gemeente. Nu hoort ${woonplaats} bij de gemeente ${gemeente}. Die valt onder zorgkantoorregio ${regio}.`,
  /** ZK-01: a woonplaats of a gemeente that was split up */
  woonplaatsGesplitst: (woonplaats: string, vroeger: string, regio: string) =>
    `${woonplaats} lag in de gemeente ${vroeger}. Die gemeente is verdeeld over andere gemeenten. Wij weten niet zeker bij welke gemeente ${woonplaats} nu hoort. ${woonplaats} valt wel onder zorgkantoorregio ${regio}.`,
  /** ZK-01: a second place of the same name, when the first was a gemeente itself (Vianen) */
  ookElders: (woonplaats: string, gemeente: string, regio: string) =>
    `Er is ook een ${woonplaats} in de gemeente ${gemeente}. Woont u daar? Vul dan de gemeente ${gemeente} in. Die valt onder zorgkantoorregio ${regio}.`,
  /** ZK-01 */
  postcode: (postcode: string, gemeente: string, regio: string) =>
    `Postcode ${postcode} ligt waarschijnlijk in de gemeente ${gemeente}. Klopt dat? Dan valt u onder zorgkantoorregio ${regio}.`,
  /** ZK-01 */
  postcodeVroeger: (postcode: string, vroeger: string, gemeente: string, regio: string) =>
    `Postcode ${postcode} ligt waarschijnlijk in de gemeente ${vroeger} (nu ${gemeente}). Klopt dat? Dan valt u onder zorgkantoorregio ${regio}.`,
  /** ZK-01 */
  postcodeGesplitst: (postcode: string, woonplaats: string, vroeger: string, regio: string) =>
    `Postcode ${postcode} ligt waarschijnlijk in ${woonplaats}. Dat lag in de gemeente ${vroeger}. Die gemeente is verdeeld over andere gemeenten. Klopt het dat u in ${woonplaats} woont? Dan valt u onder zorgkantoorregio ${regio}.`,
  /** ZK-01: the PC4 table is of 2014 and only suggests */
  postcodeLijst: (jaar: number) =>
    `Wij zoeken postcodes op in een lijst uit ${jaar}. Nieuwe postcodes staan daar niet in. Soms ligt een postcode in 2 gemeenten. Klopt de gemeente niet? Vul dan de naam van uw gemeente in.`,
  /** ZK-01 */
  postcodeOnbekend: (postcode: string) =>
    `Postcode ${postcode} staat niet in onze lijst. Vul de naam van uw gemeente in.`,
  /** ZK-01 */
  nietsGevonden:
    "Wij vinden geen gemeente of woonplaats met die naam. Kijk of de naam goed geschreven is. U kunt ook de 4 cijfers van uw postcode invullen.",
  /** ZK-01: the date of the gemeente → region table */
  indeling: (jaar: string) =>
    `Welke gemeente bij welke zorgkantoorregio hoort, komt uit de indeling van 1 januari ${jaar}.`,
} as const;

/** Problem answers of `GET /api/v1/zorgkantoren` (titles come from content/api.ts). */
export const zorgkantoorApiTeksten = {
  zoekTeLang: (max: number) => `De zoekterm is te lang. Gebruik hoogstens ${max} tekens.`,
  zoekDubbel: "Geef de zoekterm zoek maar 1 keer mee.",
} as const;
