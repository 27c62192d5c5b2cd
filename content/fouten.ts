/**
 * Words of the error pages. Dutch, B1. The pages the server builds without React (a broken
 * address or form, too big, too slow: proxy.ts and server.mjs) take theirs from
 * serverpaginas.json, which plain Node reads too (docs/decisions/024-foutpaden.md).
 */
import serverpaginas from "./serverpaginas.json" with { type: "json" };

export const foutTeksten = {
  nietGevonden: {
    titel: "Deze pagina bestaat niet",
    tekst: "Wij kunnen deze pagina niet vinden. Misschien is het adres niet goed overgenomen, of bestaat de pagina niet meer.",
    getypt: "Heeft u het adres zelf getypt? Kijk dan of het goed gespeld is.",
  },
  fout: {
    titel: "Er ging iets mis",
    tekst: "Er ging bij ons iets mis. Dat ligt niet aan u.",
    bewaard: "Wat u eerder met Doorgaan heeft bewaard, is niet verloren.",
    opnieuw: "Probeer het opnieuw",
  },
  /** /storing, where a button's action lands when the database failed. */
  storing: {
    titel: "Dit is niet gelukt",
    tekst: "Er is bij ons iets misgegaan. Er is niets veranderd: niets bewaard en niets gewist. Probeer het over een paar minuten opnieuw.",
    terug: "Terug naar uw aanvraag",
  },
  home: serverpaginas.kader.home,
  serverpaginas,
} as const;
