/** The English of content/toegankelijkheid.ts: the accessibility statement. */
import type { toegankelijkheid as nl } from "@/content/toegankelijkheid";
import type { Vertaling } from "@/content/vertaling";

export const toegankelijkheid: Vertaling<typeof nl> = {
  titel: "Accessibility",
  inleiding:
    "Everyone must be able to use this website. Also with a screen reader, with only the keyboard, with a magnified screen or on a small phone.",
  normKop: "Which standard we follow",
  norm: "We follow the Web Content Accessibility Guidelines (WCAG) 2.2, level AA. That is the international standard for websites that everyone must be able to use.",
  getestKop: "How we test that",
  getest: [
    "With every change we test the pages automatically with axe. That is a program that finds errors against WCAG. Every page must be free of errors.",
    "We test every page with and without JavaScript. Everything also works without JavaScript.",
    "We test that you can do everything with only the keyboard, and that you can see where you are.",
    "We test that the pages fit on a screen 360 and 320 pixels wide, and at 200 percent zoom, without you having to scroll sideways.",
    "We also looked at the website with the computer's own colours (high contrast) and printed on paper.",
  ],
  grenzenKop: "What is not right yet",
  grenzen: [
    "Some long words in headings can fall outside the page on a very narrow screen.",
    "Wide tables scroll sideways. The first column and the total do not always stay in view.",
    "The pages with the outcome are very long on a phone.",
    "Not every difficult word has an explanation where it is used. All explanations are on the page Words explained.",
    "The pdf of the budgetplan (budget plan) is not made for screen readers. What is in it, you fill in on the pages of the application. You can read it there too.",
    "The button 'Copy the link' only works with JavaScript. Without JavaScript you can select the link or email it.",
    "We have not yet had the website tested by people who use a screen reader or other aids themselves.",
  ],
  meldenKop: "Does something not work for you?",
  melden: "Let us know. Say which page it was and what did not work. Look at the page",
  meldenLink: "Contact",
  datum: (datum: string) => `This statement was last updated on ${datum}.`,
};
