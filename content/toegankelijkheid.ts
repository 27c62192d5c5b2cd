/**
 * The accessibility statement: the standard, how it is tested (tests/e2e: axe on every page and
 * state, with and without JavaScript; keyboard; narrow screens) and what does not meet it yet.
 * Dutch, B1.
 */
export const toegankelijkheid = {
  titel: "Toegankelijkheid",
  inleiding:
    "Iedereen moet deze website kunnen gebruiken. Ook met een schermlezer, alleen met het toetsenbord, met een vergroot scherm of op een kleine telefoon.",
  normKop: "Aan welke eisen wij ons houden",
  norm: "Wij houden ons aan de Web Content Accessibility Guidelines (WCAG) 2.2, niveau AA. Dat is de internationale standaard voor websites die iedereen moet kunnen gebruiken.",
  getestKop: "Hoe wij dat testen",
  getest: [
    "Bij elke wijziging testen wij de pagina's automatisch met axe. Dat is een programma dat fouten tegen WCAG vindt. Elke pagina moet zonder fouten zijn.",
    "Wij testen elke pagina met en zonder JavaScript. Alles werkt ook zonder JavaScript.",
    "Wij testen of u alles met alleen het toetsenbord kunt doen, en of u ziet waar u bent.",
    "Wij testen of de pagina's passen op een scherm van 360 en 320 pixels breed, en bij 200 procent zoomen, zonder dat u opzij hoeft te schuiven.",
    "Wij bekeken de website ook met de kleuren van de computer (hoog contrast) en afgedrukt op papier.",
  ],
  grenzenKop: "Wat nog niet goed is",
  grenzen: [
    "Sommige lange woorden in koppen kunnen op een heel smal scherm buiten de pagina vallen.",
    "Brede tabellen schuiven opzij. De eerste kolom en het totaal blijven dan niet altijd in beeld.",
    "De pagina's met de uitkomst zijn op een telefoon erg lang.",
    "Niet elk moeilijk woord heeft een uitleg op de plek waar het staat. Alle uitleg staat wel op de pagina Begrippen.",
    "De pdf van het budgetplan is niet gemaakt voor schermlezers. Wat erin staat, vult u in op de pagina's van de aanvraag. Daar kunt u het ook lezen.",
    "De knop 'Kopieer de link' werkt alleen met JavaScript. Zonder JavaScript kunt u de link selecteren of mailen.",
    "Wij hebben de website nog niet laten testen door mensen die zelf een schermlezer of andere hulpmiddelen gebruiken.",
  ],
  meldenKop: "Werkt iets niet voor u?",
  melden: "Laat het ons weten. Zeg op welke pagina het was en wat er niet werkte. Kijk op de pagina",
  meldenLink: "Contact",
  datum: (datum: string) => `Deze verklaring is voor het laatst bijgewerkt op ${datum}.`,
} as const;
