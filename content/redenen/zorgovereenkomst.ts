/**
 * Texts for the zorgovereenkomst rules (ZO-01..ZO-08, and LV-05 for logeeropvang). B1 Dutch,
 * the reader is "u". Amounts and dates arrive formatted ("€ 24,44", "01-01-2024").
 */
export const zorgovereenkomstTeksten = {
  /** ZO-01 */
  overeenkomst:
    "Met elke zorgverlener sluit u een zorgovereenkomst. Daarin staat welke zorg u afspreekt en welke prijs u betaalt. U en uw zorgverlener ondertekenen de zorgovereenkomst allebei.",
  zorgbeschrijving:
    "Met elke zorgverlener maakt u ook een zorgbeschrijving. Daarin staat welke zorg u nodig heeft, welke zorg de zorgverlener geeft en waarom die zorg nodig is. U en uw zorgverlener ondertekenen de zorgbeschrijving allebei.",
  akkoord:
    "Het zorgkantoor controleert of de zorg en de zorgverlener uit het pgb betaald mogen worden. U krijgt een akkoord van het zorgkantoor. Verandert de zorg of de zorgverlener? Dan maakt u een nieuwe zorgovereenkomst en zorgbeschrijving. Het zorgkantoor moet die weer goedkeuren.",

  /** ZO-02 */
  werkgever:
    "U sluit een arbeidsovereenkomst met de zorgverlener. Dan bent u werkgever en de zorgverlener uw werknemer. U krijgt te maken met het arbeidsrecht en de plichten van een werkgever.",
  opdrachtgever: "U sluit een overeenkomst van opdracht met de zorgverlener. Dan bent u opdrachtgever en de zorgverlener opdrachtnemer.",
  aangenomenOpdracht: (wie: string) =>
    `U heeft niet ingevuld welke overeenkomst u sluit. Met ${wie} is dat vaak een overeenkomst van opdracht. Daar gaan we van uit: dan bent u opdrachtgever. Klopt dat niet? Vul dan de soort overeenkomst in.`,
  aangenomenArbeid:
    "U heeft niet ingevuld welke overeenkomst u sluit. De zorgverlener is geen instelling, geen zzp'er en (voor zover wij weten) geen familie. Dan gaan we uit van een arbeidsovereenkomst: u bent werkgever. Klopt dat niet? Vul dan de soort overeenkomst in.",
  wieInstelling: "een zorginstelling",
  wieZzp: "een zzp'er",
  wieFamilie: "uw partner of een familielid",

  /** ZO-03 */
  professioneelInstelling:
    "De zorgverlener is een zorgorganisatie die bij de Kamer van Koophandel staat ingeschreven. Dat is een professionele zorgverlener.",
  aangenomenKvk:
    "U heeft niet ingevuld of de zorgverlener bij de Kamer van Koophandel staat ingeschreven. Een zorginstelling of zzp'er staat daar normaal ingeschreven. Daar gaan we van uit.",
  professioneelBig: "De zorgverlener staat in het BIG-register en is geen familie van u. Dat is een professionele zorgverlener.",
  professioneelZzp:
    "De zorgverlener staat als zorgverlener ingeschreven bij de Kamer van Koophandel en is geen familie van u. Dat is een professionele zorgverlener.",
  familieNietProfessioneel:
    "De zorgverlener is uw partner of een familielid. Dan is het geen professionele zorgverlener, ook niet met een inschrijving in het BIG-register of bij de Kamer van Koophandel.",
  relatieOnbekend:
    "U heeft niet ingevuld of de zorgverlener familie van u is. Een familielid is geen professionele zorgverlener. Zolang we het niet weten, rekenen we met een niet-professionele zorgverlener.",
  geenRegistratie:
    "De zorgverlener is geen zorginstelling. Hij of zij staat (voor zover wij weten) niet in het BIG-register en niet als zorgverlener bij de Kamer van Koophandel. Dat is een niet-professionele zorgverlener.",

  /** ZO-04 */
  geenUurtarief: "U heeft nog geen tarief ingevuld. Daarom kunnen we het maximumtarief niet controleren.",
  tariefOnbekend: (jaar: string) =>
    `Het maximumtarief voor ${jaar} is bij ons niet bekend. Kijk op de website van uw zorgkantoor. Daar staat het maximumtarief.`,
  binnenMaximum: (tarief: string, maximum: string, soort: string, vanaf: string) =>
    `Het tarief van ${tarief} is niet hoger dan het maximumtarief van ${maximum} ${soort}. Dat maximum geldt vanaf ${vanaf}.`,
  bovenMaximumProfessioneel: (tarief: string, maximum: string, vanaf: string) =>
    `Het tarief van ${tarief} is hoger dan het maximumtarief van ${maximum} per uur voor een professionele zorgverlener. Dat maximum geldt vanaf ${vanaf}. Meer betalen mag alleen met toestemming van het zorgkantoor. Dat kan alleen voor zorg waarvoor de Nederlandse Zorgautoriteit (NZa) een hoger tarief heeft vastgesteld. Vraag het zorgkantoor om toestemming, of spreek een lager tarief af.`,
  bovenMaximum: (tarief: string, maximum: string, soort: string, vanaf: string) =>
    `Het tarief van ${tarief} is hoger dan het maximumtarief van ${maximum} ${soort}. Dat maximum geldt vanaf ${vanaf}. U mag uw zorgverlener niet meer betalen dan het maximumtarief.`,
  tussenMaxima: (tarief: string, nietProfessioneel: string, professioneel: string) =>
    `Het tarief van ${tarief} is hoger dan het maximumtarief voor een niet-professionele zorgverlener (${nietProfessioneel} per uur). Het is niet hoger dan dat voor een professionele zorgverlener (${professioneel} per uur). Of het mag, hangt ervan af of de zorgverlener professioneel is. Vul in of de zorgverlener familie van u is, of vraag het na bij uw zorgkantoor.`,
  soortProfessioneel: "per uur voor een professionele zorgverlener",
  soortNietProfessioneel: "per uur voor een niet-professionele zorgverlener",
  soortBegeleidingGroep: "per dagdeel voor begeleiding groep",
  jaarlijks: "De maximumtarieven veranderen elk jaar. U vindt ze op de website van uw zorgkantoor.",

  /** ZO-05, LV-05, ZO-04 */
  logeerBinnen: (etmalen: number, maximum: number, jaar: string) =>
    `U wilt ${etmalen} etmalen logeeropvang inkopen in ${jaar}. Dat kan: het maximum is ${maximum} etmalen per kalenderjaar.`,
  logeerBoven: (etmalen: number, maximum: number, jaar: string) =>
    `U wilt ${etmalen} etmalen logeeropvang inkopen in ${jaar}. Dat is te veel. Met een pgb kunt u hoogstens ${maximum} etmalen logeeropvang per kalenderjaar inkopen.`,
  logeerDeeltijd: "U kiest voor deeltijdverblijf. Naast deeltijdverblijf kunt u geen logeeropvang inkopen.",
  logeerGeenDeeltijd: "Bij deeltijdverblijf kunt u geen logeeropvang inkopen. U kiest niet voor deeltijdverblijf, dus dat is geen bezwaar.",
  logeerGeenMaximumtarief: "Voor logeeropvang geldt geen maximumtarief.",

  /** ZO-06 */
  geenLoonbelastingInstelling:
    "De zorgverlener is een instelling. U hoeft geen loonbelasting in te houden. De zorgverlener regelt de loonbelasting zelf.",
  geenLoonbelastingFamilie:
    "De zorgverlener is uw partner of een eerste- of tweedegraads familielid. U hoeft geen loonbelasting in te houden. De zorgverlener regelt de loonbelasting zelf.",
  geenLoonbelastingZzp: "De zorgverlener is een zzp'er. U hoeft geen loonbelasting in te houden. De zorgverlener regelt de loonbelasting zelf.",
  geenLoonbelastingOpdracht:
    "U sluit geen arbeidsovereenkomst. Dan hoeft u geen loonbelasting in te houden. De zorgverlener regelt de loonbelasting zelf.",
  loonbelastingMeerDagen: (dagen: number, grens: number) =>
    `De zorgverlener werkt ${dagen} dagen per week voor u met een arbeidsovereenkomst. Dat is meer dan ${grens} dagen. Dan bent u werkgever en moet u loonbelasting en sociale premies inhouden.`,
  loonbelastingOptingIn: (dagen: number, grens: number) =>
    `De zorgverlener werkt ${dagen} ${dagen === 1 ? "dag" : "dagen"} per week voor u, niet meer dan ${grens}. Maar u heeft samen afgesproken dat u toch loonbelasting inhoudt (opting in). Dan moet u loonbelasting en sociale premies inhouden.`,
  geenLoonbelastingWeinigDagen: (dagen: number, grens: number) =>
    `De zorgverlener werkt ${dagen} ${dagen === 1 ? "dag" : "dagen"} per week voor u met een arbeidsovereenkomst. Dat is niet meer dan ${grens} dagen. U hoeft geen loonbelasting in te houden, tenzij u samen afspreekt dat u dat wel doet (opting in).`,
  loonbelastingDagenOnbekend: (grens: number) =>
    `U heeft niet ingevuld op hoeveel dagen per week de zorgverlener voor u werkt. Met een arbeidsovereenkomst van meer dan ${grens} dagen per week moet u loonbelasting inhouden. Daar gaan we van uit tot u het aantal dagen invult.`,
  svbBeoordeelt: "De SVB beoordeelt bij de registratie van de zorgovereenkomst of er loonbelasting ingehouden moet worden.",

  /** ZO-07 */
  portaal:
    "Werkt uw zorgkantoor met het PGB Portaal? Dan maakt u de zorgovereenkomst en zorgbeschrijving in het PGB Portaal. U logt in op www.mijnpgb.nl met uw DigiD. Liever op papier? Gebruik dan een modelzorgovereenkomst van www.mijnpgb.nl en stuur die naar het zorgkantoor.",
  svb:
    "Werkt uw zorgkantoor niet met het PGB Portaal? Gebruik dan een model-zorgovereenkomst van de SVB: www.svb.nl/pgb. U kunt die ook opvragen bij de SVB via 030-264 82 00. U stuurt de zorgovereenkomst en de zorgbeschrijving naar het zorgkantoor. Het zorgkantoor stuurt de zorgovereenkomst door naar de SVB. De SVB controleert de zorgovereenkomst op het arbeidsrecht.",
  welkeRoute: "Hoe u de zorgovereenkomst en zorgbeschrijving aanlevert, verschilt per zorgkantoor. Uw zorgkantoor kan u vertellen hoe het werkt.",

  /** ZO-08 */
  kwaliteit: "De zorg die u met uw pgb inkoopt, moet kwalitatief verantwoord zijn.",
} as const;
