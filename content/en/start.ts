/**
 * The English of content/start.ts: the start page. Plain English (B1), "you". The names of the
 * Dutch system stay Dutch and are explained where the page first uses them
 * (docs/decisions/032-talen.md). The form's words (`voorWie`) are here because the shape is one
 * module; the form itself is built by lib/wizard/start.ts.
 */
import type { start as nl } from "@/content/start";
import type { Vertaling } from "@/content/vertaling";

export const start: Vertaling<typeof nl> = {
  titel: "Arrange your own care with a pgb from the Wlz",
  inleiding: [
    "Do you need long-term care? Then you usually get that care through the zorgkantoor (the care office of your region). This is called zorg in natura (care in kind).",
    "You can also arrange and pay for the care yourself, with a personal budget. In Dutch this is a persoonsgebonden budget, or pgb. The money comes from the Wlz (Wet langdurige zorg, the Long-term Care Act).",
    "Applying for a pgb takes 6 steps. Below you can read what happens in each step, and who does what.",
  ],
  stappenKop: "The 6 steps",
  stappen: [
    {
      titel: "The CIZ looks at the care you need",
      tekst:
        "The CIZ (the Care Needs Assessment Centre) checks whether you need care from the Wlz. You then get a letter: the indicatiebesluit (the assessment decision). It states your zorgprofiel (care profile), for example VV 5 or VG 3.",
      bron: "Step 1",
    },
    {
      titel: "You choose: zorg in natura or a pgb",
      tekst:
        "You choose where you want to live: at home or in an institution. And who arranges the care: the zorgkantoor or you yourself. With some care profiles a pgb is not possible.",
      bron: "Step 2",
    },
    {
      titel: "You apply for the pgb at the zorgkantoor",
      tekst:
        "You fill in an application and a budgetplan (budget plan). It says which care you want to buy, from whom and what it costs. Sometimes there must be someone who helps you: a gewaarborgde hulp (a guaranteed helper). The zorgkantoor talks with you about your choice.",
      bron: "Step 3",
    },
    {
      titel: "The zorgkantoor grants the pgb",
      tekst:
        "Does the zorgkantoor say yes? Then you get a letter with the amount of your budget. The money goes to the SVB (Sociale Verzekeringsbank, the Social Insurance Bank). You often pay a personal contribution to the CAK.",
      bron: "Step 4",
    },
    {
      titel: "You make agreements with your care providers",
      tekst:
        "With each care provider you make a zorgovereenkomst (care agreement). It says which care you get and what it costs. Sometimes this makes you an employer.",
      bron: "Step 5",
    },
    {
      titel: "You claim the costs",
      tekst:
        "After the care, you send on the bill (the declaratie). The SVB pays your care provider from your budget. After the year, the zorgkantoor checks that everything is right.",
      bron: "Step 6",
    },
  ],
  bronKop: "Where does this information come from?",
  bronTekst:
    "Everything on this website comes from public sources. Does an outcome show a code such as LV-02? That is the rule the outcome rests on. Each rule names the part of the brochure where you can read it yourself.",
  bronBrochure: "Brochure (in Dutch)",
  bronPagina: "Web page (in Dutch)",
  ontwikkelaarsKop: "For developers and zorgkantoren",
  ontwikkelaarsTekst: "The same rules can also be used through an open interface (API). It is described in",
  ontwikkelaarsLink: "the OpenAPI document",
  beginKop: "Start",
  watNodigKop: "What do you need?",
  hoeLangKop: "How long does it take?",
  gegevensKop: "What happens to your data?",
  gegevens: [
    "Your answers are stored encrypted. Only you have the key: in this browser, or in the link you keep yourself.",
    "After 30 days your answers are deleted automatically. You can also delete them yourself straight away.",
    "We do not send anything on. You send your application to the zorgkantoor yourself.",
  ],
  voorWie: {
    vraag: "Are you filling this in for yourself, or for someone else?",
    opties: {
      zelf: "For myself",
      "gewaarborgde-hulp": "For someone else, as their gewaarborgde hulp (guaranteed helper)",
      "wettelijk-vertegenwoordiger": "For someone else, as their legal representative",
      familie: "For someone else, as a family member or someone close",
    },
    hints: {
      "gewaarborgde-hulp": "A gewaarborgde hulp helps the applicant with the care and the paperwork of the pgb.",
      "wettelijk-vertegenwoordiger": "For example a parent, curator, mentor or administrator (bewindvoerder).",
    },
    naamLabel: "First name of the applicant (optional)",
    naamHint: "If you fill this in, we use that name in the questions. Are you filling this in for yourself? Then leave this empty.",
    fout: "Choose who you are filling this in for.",
    naamTeLang: "The name cannot be longer than 200 characters.",
    knop: "Start",
  },
  verwijderd: "Your data has been deleted.",
  stapLabel: (nummer: number) => `Step ${nummer}`,
  brochureDeel: (deel: string) => `Brochure: ${deel}`,
};
