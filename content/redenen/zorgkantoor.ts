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
} as const;
