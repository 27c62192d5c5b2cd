/**
 * The English of content/privacy.ts. Every sentence must stay true to the code, as the Dutch
 * (see there for where each fact lives). Names on the screen ('Verwijder mijn gegevens') are the
 * English labels the person sees on an English page.
 */
import type { privacy as nl } from "@/content/privacy";
import type { Vertaling } from "@/content/vertaling";

export const privacy: Vertaling<typeof nl> = {
  titel: "Privacy: what we do with your data",
  inleiding:
    "On this website you fill in data about yourself or about someone you care for. This includes information about health. Here you can read what we keep, how we protect it and how you delete it.",
  watKop: "What we keep",
  wat: [
    "The answers you fill in. For example names, address, BSN (citizen service number), the zorgprofiel (care profile), the care providers and the budgetplan (budget plan).",
    "The signatures on the budgetplan.",
    "The links you make to let someone look along or sign.",
    "When your application was made and until when we keep it.",
  ],
  nietKop: "What we do not keep",
  niet: [
    "We have no account and no password of yours.",
    "We do not put your answers in our log files.",
    "We use no cookies to follow you, and no adverts or statistics from other companies.",
    "We send your data to no one. Not to the zorgkantoor (the care office of your region) either. You do that yourself, when you send the application.",
  ],
  versleuteldKop: "How we protect your answers",
  versleuteld: [
    "We encrypt your answers with AES-256-GCM. Each application has its own random key.",
    "We do not keep that key. It is only in a cookie in your browser and in your personal link. Without that key no one can read your answers, not even us.",
    "A link you share with someone has its own key. We make that key from your key, and we do not keep it either.",
    "We pad everything we encrypt to a fixed size. So the size shows little of what is inside.",
  ],
  wieKop: "Who can read your answers",
  wie: [
    "You, in the browser where you started, and with your personal link.",
    "Anyone who has a link from you: your personal link or a link you shared. So only give links to people you trust. You can always withdraw a shared link straight away.",
    "No one else. The people who run this website cannot read your answers either.",
  ],
  hoeLangKop: "How long we keep your data",
  hoeLang: (dagen: number) => [
    `We keep your application for ${dagen} days, counted from the day you started. If you change something, that time does not get longer. The page 'Save and continue later' shows the exact date.`,
    "After that no one can open your application. We then delete it, with all the links you made.",
    "A shared link works for 7 or 14 days, or for as long as the application is kept. You choose that yourself.",
  ],
  cookieKop: "The cookies",
  cookie: [
    "This website only sets functional cookies. The most important one keeps the key of your application. Without that cookie you cannot carry on where you were. We do not ask permission for functional cookies.",
    "The cookie is called pgb-aanvraag. Scripts on the page cannot read it. It expires on the same day as your application.",
    "Do you open a link someone shared with you? Then the website sets a cookie of the same kind: pgb-gedeeld. It only counts for the pages of that shared application.",
    "Do you choose another language at the top? Then the cookie taal remembers that choice, for a year. It only holds nl or en.",
  ],
  adresKop: "Your internet address",
  adres:
    "For each internet address we count how often a link is wrong and how many applications are made. This way we stop misuse. That count is only in the server's memory and is gone after 15 minutes.",
  wissenKop: "How to delete your data",
  wissen: [
    "Go to your application and choose 'Delete my data'. We first ask if you are sure. Then we delete your answers and all your links straight away.",
    "You delete a shared link with 'Withdraw the link' on the page 'Share and sign'.",
    "Do you do nothing? Then we delete everything by itself after the keeping time.",
  ],
  kopieKop: "Backups",
  kopie:
    "Does the person who runs the website make a backup of the database? Then your application is in it, encrypted, until that backup itself is deleted. There too, no one can read it without your link.",
  vragenKop: "Questions about privacy",
  vragen: "Do you have a question or a complaint about your data? Then look at the page",
  vragenLink: "Contact",
};
