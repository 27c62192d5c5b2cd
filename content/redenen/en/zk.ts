/**
 * English words for the reasons about which zorgkantoor (ZK-01, ZK-02), for the applicant: the
 * Dutch `u` texts of content/redenen/zorgkantoor.ts, with the same facts. Names of regions,
 * gemeenten, woonplaatsen, insurers and the source stay as the tables write them; the page title
 * "Vind uw zorgkantoor" is quoted as the brochure names it.
 */
import { getal, tekst } from "../gegevens";
import type { FamilieEn } from "./typen";

export const EN_ZK = {
  "zk.regio-bepaalt": () => "Where you live decides which zorgkantoor you go to. There is 1 zorgkantoor in each region.",
  "zk.regio": (g) =>
    `You live in the zorgkantoor region ${tekst(g, "regio")}. There is 1 zorgkantoor there. It belongs to the health insurer ${tekst(g, "zorgverzekeraar")}.`,
  "zk.bron": (g) =>
    `The website and phone number come from: ${tekst(g, "bron")}. Check on the website of your zorgkantoor that they are still right.`,
  "zk.aantal": (g) =>
    `The brochure lists ${getal(g, "aantalRegios")} regions with a zorgkantoor. Coöperatie VGZ has ${getal(g, "aantalVgz")} of them. The page "Vind uw zorgkantoor" (find your zorgkantoor) shows 32 zorgkantoren. In 2014 there were 32 regions. Two of them later merged into the region Westland Schieland Delfland.`,

  "zk.gemeente": (g) =>
    `You live in the municipality of ${tekst(g, "gemeente")}. That municipality is in the zorgkantoor region ${tekst(g, "regio")}.`,
  "zk.woonplaats": (g) =>
    `${tekst(g, "woonplaats")} is in the municipality of ${tekst(g, "gemeente")}. That municipality is in the zorgkantoor region ${tekst(g, "regio")}.`,
  "zk.woonplaats-vroeger": (g) =>
    `${tekst(g, "woonplaats")} used to be in the municipality of ${tekst(g, "vroegereGemeente")}. Now ${tekst(g, "woonplaats")} belongs to the municipality of ${tekst(g, "gemeente")}. That municipality is in the zorgkantoor region ${tekst(g, "regio")}.`,
  "zk.woonplaats-was-gemeente": (g) =>
    `${tekst(g, "woonplaats")} used to be a municipality of its own. Now ${tekst(g, "woonplaats")} belongs to the municipality of ${tekst(g, "gemeente")}. That municipality is in the zorgkantoor region ${tekst(g, "regio")}.`,
  "zk.woonplaats-gesplitst": (g) =>
    `${tekst(g, "woonplaats")} used to be in the municipality of ${tekst(g, "vroegereGemeente")}. That municipality has been divided between other municipalities. We do not know for sure which municipality ${tekst(g, "woonplaats")} belongs to now. But ${tekst(g, "woonplaats")} is in the zorgkantoor region ${tekst(g, "regio")}.`,
  "zk.ook-elders": (g) =>
    `There is also a ${tekst(g, "woonplaats")} in the municipality of ${tekst(g, "gemeente")}. Do you live there? Then fill in the municipality ${tekst(g, "gemeente")}. That municipality is in the zorgkantoor region ${tekst(g, "regio")}.`,

  "zk.postcode": (g) =>
    `Postcode ${tekst(g, "postcode")} is probably in the municipality of ${tekst(g, "gemeente")}. Is that right? Then you belong to the zorgkantoor region ${tekst(g, "regio")}.`,
  "zk.postcode-vroeger": (g) =>
    `Postcode ${tekst(g, "postcode")} is probably in the municipality of ${tekst(g, "vroegereGemeente")} (now ${tekst(g, "gemeente")}). Is that right? Then you belong to the zorgkantoor region ${tekst(g, "regio")}.`,
  "zk.postcode-gesplitst": (g) =>
    `Postcode ${tekst(g, "postcode")} is probably in ${tekst(g, "woonplaats")}. That used to be in the municipality of ${tekst(g, "vroegereGemeente")}. That municipality has been divided between other municipalities. Do you live in ${tekst(g, "woonplaats")}? Then you belong to the zorgkantoor region ${tekst(g, "regio")}.`,
  "zk.postcode-lijst": (g) =>
    `We look up postcodes in a list from ${getal(g, "jaar")}. New postcodes are not in it. Sometimes a postcode is in 2 municipalities. Is the municipality not right? Then fill in the name of your municipality.`,
  "zk.postcode-onbekend": (g) => `Postcode ${tekst(g, "postcode")} is not in our list. Fill in the name of your municipality.`,
  "zk.niets-gevonden": () =>
    "We cannot find a municipality or town with that name. Check that the name is spelled correctly. You can also fill in the 4 digits of your postcode.",
  // The table's date is always a 1 January (rules/data/gemeenten.ts); the words name its year.
  "zk.indeling": (g) =>
    `Which municipality belongs to which zorgkantoor region comes from the division of 1 January ${tekst(g, "datum").slice(0, 4)}.`,
} satisfies FamilieEn<"zk">;
