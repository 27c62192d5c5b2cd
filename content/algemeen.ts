/** Words used on every page (header, footer, skip link). Dutch, B1. */
import serverpaginas from "./serverpaginas.json" with { type: "json" };

// The name and the footer also frame the pages the server builds without React (serverpaginas.json).
export const algemeen = {
  dienstnaam: serverpaginas.kader.dienstnaam,
  dienstOndertitel: "Hulp bij het persoonsgebonden budget uit de Wet langdurige zorg",
  naarInhoud: "Direct naar de inhoud",
  voetTekst: serverpaginas.kader.voetTekst,
  hoofdmenu: {
    label: "Hoofdmenu",
    begrippen: "Begrippen",
    zorgkantoor: "Vind uw zorgkantoor",
    contact: "Contact",
  },
  /** Also in the footer of the pages the server builds without React (lib/http/kale-pagina.mjs). */
  overDezeWebsite: serverpaginas.kader.overDezeWebsite,
  voetLinks: {
    zorgkantoor: "Vind uw zorgkantoor",
    staf: "Voor medewerkers van zorgkantoren",
    voorbeeld: "Voorbeeld van een beoordeling",
    profielen: "Zorgprofielen en leveringsvormen",
    parameters: "Jaarparameters",
  },
} as const;
