/**
 * Texts for a stay abroad (TK-06, TK-07; brochure Stap 4, Pgb in het buitenland). B1 Dutch, the
 * reader is "u". Country names and numbers arrive ready to print.
 */
export const buitenlandTeksten = {
  /** TK-06 */
  eer: (land: string, maxWeken: number) =>
    `${land} hoort bij de Europese Economische Ruimte (EER). Daar mag u met uw pgb maximaal 1 jaar (${maxWeken} weken) zorg inkopen.`,
  /** TK-06 */
  zwitserland: (maxWeken: number) =>
    `In Zwitserland mag u met uw pgb maximaal 1 jaar (${maxWeken} weken) zorg inkopen.`,
  /** TK-06 */
  elders: (land: string, maxWeken: number) =>
    `${land} hoort niet bij de Europese Economische Ruimte (EER) en is niet Zwitserland. Daar mag u met uw pgb maximaal ${maxWeken} weken zorg inkopen.`,
  /** TK-06 */
  palliatiefTerminaal: (land: string, maxWeken: number) =>
    `U koopt palliatief terminale zorg in. Dan mag u ook in ${land} maximaal 1 jaar (${maxWeken} weken) zorg inkopen met uw pgb.`,
  /** TK-06: said only when the answer would change the outcome. */
  palliatiefTerminaalVraag: (maxWeken: number, maxWekenJaar: number) =>
    `Uw verblijf duurt langer dan ${maxWeken} weken. Dat mag alleen als u palliatief terminale zorg inkoopt: dan mag u maximaal 1 jaar (${maxWekenJaar} weken) zorg inkopen met uw pgb. Wij weten niet of dat zo is. Vul het in, of vraag het uw zorgkantoor.`,
  /** TK-06 */
  binnenMaximum: (maxWeken: number) =>
    `Uw verblijf duurt niet langer dan ${maxWeken} weken. U kunt voor deze periode zorg inkopen met uw pgb.`,
  /** TK-06 */
  bovenMaximum: (maxWeken: number) =>
    `Uw verblijf duurt langer dan ${maxWeken} weken. Voor de weken daarna kunt u geen zorg inkopen met uw pgb. Overleg met uw zorgkantoor.`,
  /** TK-06 */
  onbekendLand: (code: string, maxWekenElders: number) =>
    `Wij kennen het land met code "${code}" niet. Vraag uw zorgkantoor hoe lang u daar zorg mag inkopen met uw pgb. Buiten de EER en Zwitserland is dat maximaal ${maxWekenElders} weken.`,
  /** TK-06 */
  nederland: "Nederland is geen buitenland. Kies het land waar u naartoe gaat.",
  /** TK-06 */
  onbekendeDuur:
    "Wij weten niet hoe lang u in het buitenland blijft. Vul het aantal weken in. Of vraag uw zorgkantoor wat voor u geldt.",

  /** TK-07 */
  meldplicht: (naWeken: number) =>
    `U gaat langer dan ${naWeken} weken naar het buitenland. Meld dit aan uw zorgkantoor.`,
  /** TK-07 */
  geenMeldplicht: (naWeken: number) =>
    `U gaat niet langer dan ${naWeken} weken naar het buitenland. U hoeft dit niet te melden aan uw zorgkantoor.`,
  /** TK-07 */
  verlaging: (land: string, percentage: number) =>
    `Uw zorgverleners vallen niet onder de Nederlandse belastingwetgeving. Daarom verlaagt het zorgkantoor uw pgb voor de hele periode in het buitenland. Voor ${land} is het aanvaardbaarheidspercentage ${percentage}%.`,
  /** TK-07 */
  verlagingPercentageOnbekend: (land: string) =>
    `Uw zorgverleners vallen niet onder de Nederlandse belastingwetgeving. Daarom verlaagt het zorgkantoor uw pgb voor de hele periode in het buitenland. Het aanvaardbaarheidspercentage voor ${land} staat niet in de brochure. Vraag het aan uw zorgkantoor. Het zorgkantoor beslist.`,
  /** TK-07 */
  verlagingMogelijk: (land: string, percentage: number) =>
    `Vallen uw zorgverleners niet onder de Nederlandse belastingwetgeving? Dan verlaagt het zorgkantoor uw pgb voor de hele periode in het buitenland. Voor ${land} is het aanvaardbaarheidspercentage ${percentage}%. Wij weten niet of dat voor u geldt. Vraag het na bij uw zorgkantoor.`,
  /** TK-07 */
  verlagingMogelijkPercentageOnbekend:
    "Vallen uw zorgverleners niet onder de Nederlandse belastingwetgeving? Dan verlaagt het zorgkantoor uw pgb voor de hele periode in het buitenland. Wij weten niet of dat voor u geldt. Vraag het na bij uw zorgkantoor. Het percentage voor dit land kunt u ook opvragen bij uw zorgkantoor.",
  /** TK-07 */
  geenVerlagingKort: (naWeken: number) =>
    `U blijft niet langer dan ${naWeken} weken weg. Het zorgkantoor verlaagt uw pgb daarom niet.`,
  /** TK-07 */
  geenVerlagingNederlandseZorgverleners:
    "Uw zorgverleners vallen onder de Nederlandse belastingwetgeving. Het zorgkantoor verlaagt uw pgb daarom niet.",

  /** TK-06: logeeropvang */
  logeeropvangBinnenEu: (land: string) =>
    `${land} hoort bij de Europese Unie. Daar mag u logeeropvang inkopen met uw pgb.`,
  /** TK-06: logeeropvang */
  logeeropvangBuitenEu: (land: string) =>
    `Logeeropvang kunt u alleen binnen de Europese Unie inkopen. ${land} hoort niet bij de Europese Unie.`,
  /** TK-06: logeeropvang */
  logeeropvangOnbekendLand:
    "Logeeropvang kunt u alleen binnen de Europese Unie inkopen. Wij weten niet of dit land daarbij hoort. Vraag het uw zorgkantoor.",
} as const;
