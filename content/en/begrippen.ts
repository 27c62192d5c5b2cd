/**
 * The English of content/begrippen.ts: the glossary. Each term stays the Dutch word the person
 * meets in letters and on forms (shown with lang="nl"); the explanation is in English
 * (docs/decisions/032-talen.md, addendum 2026-12-05). `herken` keeps the Dutch forms: English
 * text on this site writes these terms in Dutch, and lib/begrippen.ts finds them there.
 */
import type { begrippen as nl } from "@/content/begrippen";
import type { Vertaling } from "@/content/vertaling";

export const begrippen: Vertaling<typeof nl> = {
  titel: "Words explained",
  inleiding:
    "This website uses Dutch words for things in the Dutch care system. You will meet the same words in letters and on forms. Here you can read what they mean.",
  inhoudKop: "Which words are here?",
  startTekst: "Don't know a word, such as Wlz, zorgprofiel or gewaarborgde hulp? Then look at",
  startLinkTekst: "Words explained",
  linkUitleg: "Explanation of this word. Opens in a new tab.",
  lijst: [
    {
      id: "wlz",
      term: "Wlz (Wet langdurige zorg)",
      herken: ["Wet langdurige zorg (Wlz)", "Wet langdurige zorg", "Wlz"],
      uitleg: [
        "The Long-term Care Act. The law for people who need care or supervision close by all day. For example because of old age, a disability or an illness that does not go away.",
        "From the Wlz you can get care in an institution or at home.",
      ],
    },
    {
      id: "ciz",
      term: "CIZ (Centrum indicatiestelling zorg)",
      uitleg: [
        "The Care Needs Assessment Centre. The CIZ checks whether someone needs care from the Wlz. If so, the CIZ sends a letter: the indicatiebesluit.",
      ],
    },
    {
      id: "indicatiebesluit",
      term: "Indicatiebesluit",
      uitleg: ["The assessment decision: the letter from the CIZ. It says that you get Wlz care and which zorgprofiel you have."],
    },
    {
      id: "zorgprofiel",
      term: "Zorgprofiel (ZZP)",
      herken: ["zorgzwaartepakket (ZZP)", "zorgzwaartepakket", "zorgprofielen", "zorgprofiel", "ZZP"],
      uitleg: [
        "The care profile. It says which kind of care you need and how much. For example VV 5 or VG 3. It is in the indicatiebesluit from the CIZ, under ‘A Soort zorg’ (type of care).",
        "It used to be called a zorgzwaartepakket, ZZP for short. You may still hear that word. It has nothing to do with a zzp'er (a self-employed person without staff). A zzp'er can be your care provider, though.",
      ],
    },
    {
      id: "zorgkantoor",
      term: "Zorgkantoor",
      herken: ["zorgkantoren", "zorgkantoor"],
      uitleg: [
        "The care office of your region. The zorgkantoor arranges Wlz care in your region. You apply for the pgb at the zorgkantoor. The zorgkantoor decides whether you get the pgb and how much it is.",
        "Which zorgkantoor you have depends on where you live.",
      ],
    },
    {
      id: "zorg-in-natura",
      term: "Zorg in natura",
      uitleg: ["Care in kind. The zorgkantoor arranges the care for you, with care organisations it has agreements with. You then get care, not money."],
    },
    {
      id: "vpt",
      term: "Vpt (volledig pakket thuis)",
      herken: ["volledig pakket thuis (vpt)", "volledig pakket thuis", "vpt"],
      uitleg: [
        "The full package at home: zorg in natura in your own home. A care organisation gives you at home almost all the care you would get in an institution, such as personal care and support.",
      ],
    },
    {
      id: "mpt",
      term: "Mpt (modulair pakket thuis)",
      herken: ["modulair pakket thuis (mpt)", "modulair pakket thuis", "mpt"],
      uitleg: [
        "The modular package at home: zorg in natura in your own home, but only the parts you choose. For example only personal care. You can get an mpt together with a pgb.",
      ],
    },
    {
      id: "pgb",
      term: "Pgb (persoonsgebonden budget)",
      herken: ["persoonsgebonden budget (pgb)", "persoonsgebonden budget", "pgb"],
      uitleg: [
        "The personal budget: money to buy and arrange your care yourself. You choose who gives you care, and when.",
        "The money does not go to your own bank account. The SVB pays your care providers from your budget.",
      ],
    },
    {
      id: "budgethouder",
      term: "Budgethouder",
      herken: ["budgethouders", "budgethouder"],
      uitleg: [
        "The budget holder: the person who gets the pgb. The budgethouder or their representative makes agreements with the care providers and keeps an eye on the money.",
      ],
    },
    {
      id: "gewaarborgde-hulp",
      term: "Gewaarborgde hulp",
      herken: ["gewaarborgde hulp"],
      uitleg: [
        "A guaranteed helper: someone who helps the budgethouder with everything that comes with a pgb. Arranging the care, the agreements and the paperwork. For example a family member, a friend or an administrator (bewindvoerder).",
        "Sometimes a gewaarborgde hulp is required, for example if someone cannot do this themselves. The gewaarborgde hulp also signs the budgetplan (budget plan).",
      ],
    },
    {
      id: "svb",
      term: "SVB (Sociale Verzekeringsbank)",
      herken: ["Sociale Verzekeringsbank (SVB)", "Sociale Verzekeringsbank", "SVB"],
      uitleg: [
        "The Social Insurance Bank. The SVB manages the money of your pgb. Do you send a claim (declaratie)? Then the SVB pays your care provider. Is your care provider employed by you? Then the SVB does the payroll.",
      ],
    },
    {
      id: "cak",
      term: "CAK",
      uitleg: [
        "The CAK sets your personal contribution (eigen bijdrage). That is the money you pay yourself for care from the Wlz. You pay it to the CAK, not to the zorgkantoor.",
      ],
    },
  ],
};
