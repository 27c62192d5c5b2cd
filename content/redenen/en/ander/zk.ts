/**
 * English words for which zorgkantoor (ZK-01, ZK-02) for every reader but the applicant: the
 * applicant as a third person (../persoon.ts). Names from the tables stay as written.
 */
import { getal, tekst } from "../../gegevens";
import { naam, Naam, van } from "../persoon";
import { EN_ZK } from "../zk";
import type { FamilieAnderEn } from "../typen";

export const EN_ZK_ANDER = {
  "zk.regio-bepaalt": (_, p) => `Where ${naam(p)} lives decides which zorgkantoor to go to. There is 1 zorgkantoor in each region.`,
  "zk.regio": (g, p) =>
    `${Naam(p)} lives in the zorgkantoor region ${tekst(g, "regio")}. There is 1 zorgkantoor there. It belongs to the health insurer ${tekst(g, "zorgverzekeraar")}.`,
  "zk.bron": (g, p) =>
    `The website and phone number come from: ${tekst(g, "bron")}. Check on the website of ${van(p)} zorgkantoor that they are still right.`,
  // The page's title is quoted in Dutch, its gloss speaks to no one.
  "zk.aantal": (g) =>
    `The brochure lists ${getal(g, "aantalRegios")} regions with a zorgkantoor. Coöperatie VGZ has ${getal(g, "aantalVgz")} of them. The page "Vind uw zorgkantoor" (find a zorgkantoor) shows 32 zorgkantoren. In 2014 there were 32 regions. Two of them later merged into the region Westland Schieland Delfland.`,
  "zk.gemeente": (g, p) =>
    `${Naam(p)} lives in the municipality of ${tekst(g, "gemeente")}. That municipality is in the zorgkantoor region ${tekst(g, "regio")}.`,
  "zk.woonplaats": EN_ZK["zk.woonplaats"],
  "zk.woonplaats-vroeger": EN_ZK["zk.woonplaats-vroeger"],
  "zk.woonplaats-was-gemeente": EN_ZK["zk.woonplaats-was-gemeente"],
  "zk.woonplaats-gesplitst": EN_ZK["zk.woonplaats-gesplitst"],
  "zk.ook-elders": (g, p) =>
    `There is also a ${tekst(g, "woonplaats")} in the municipality of ${tekst(g, "gemeente")}. Does ${naam(p)} live there? Then fill in the municipality ${tekst(g, "gemeente")}. That municipality is in the zorgkantoor region ${tekst(g, "regio")}.`,
  "zk.postcode": (g, p) =>
    `Postcode ${tekst(g, "postcode")} is probably in the municipality of ${tekst(g, "gemeente")}. Is that right? Then ${naam(p)} belongs to the zorgkantoor region ${tekst(g, "regio")}.`,
  "zk.postcode-vroeger": (g, p) =>
    `Postcode ${tekst(g, "postcode")} is probably in the municipality of ${tekst(g, "vroegereGemeente")} (now ${tekst(g, "gemeente")}). Is that right? Then ${naam(p)} belongs to the zorgkantoor region ${tekst(g, "regio")}.`,
  "zk.postcode-gesplitst": (g, p) =>
    `Postcode ${tekst(g, "postcode")} is probably in ${tekst(g, "woonplaats")}. That used to be in the municipality of ${tekst(g, "vroegereGemeente")}. That municipality has been divided between other municipalities. Does ${naam(p)} live in ${tekst(g, "woonplaats")}? Then ${naam(p)} belongs to the zorgkantoor region ${tekst(g, "regio")}.`,
  "zk.postcode-lijst": (g, p) =>
    `We look up postcodes in a list from ${getal(g, "jaar")}. New postcodes are not in it. Sometimes a postcode is in 2 municipalities. Is the municipality not right? Then fill in the name of ${van(p)} municipality.`,
  "zk.postcode-onbekend": (g, p) => `Postcode ${tekst(g, "postcode")} is not in our list. Fill in the name of ${van(p)} municipality.`,
  "zk.niets-gevonden": (_, p) =>
    `We cannot find a municipality or town with that name. Check that the name is spelled correctly. The 4 digits of ${van(p)} postcode also work.`,
  "zk.indeling": EN_ZK["zk.indeling"],
} satisfies FamilieAnderEn<"zk">;
