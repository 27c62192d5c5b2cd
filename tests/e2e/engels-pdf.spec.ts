/**
 * The PDFs on the English site (docs/decisions/032-talen.md, addendum on the PDFs), from the
 * brochure's example case seeded after stap 3: the budgetplan is the Dutch form with one English
 * page at the end, the checklist for the zorgverlener is English. Read back with pdftotext, as the
 * budgetplan's own browser test does. The routes are fetched with the browser's cookies (its draft
 * and `taal=en`), without loading the pages that link to them: those are other tests' business.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { APIResponse } from "@playwright/test";
import { budgetplanPdf, budgetplanUitleg as uitlegNl } from "@/content/budgetplan-pdf";
import { budgetplanUitleg as uitlegEn } from "@/content/en/budgetplan-pdf";
import { checklist as checklistEn, pdf as checklistPdfEn } from "@/content/en/zorgovereenkomst-checklist";
import { zorgovereenkomstenTeksten } from "@/content/wizard/zorgovereenkomsten";
import { expect, test } from "./hulp/bezoeker";
import { BROCHURE_VOORBEELD } from "./hulp/brochure-voorbeeld";
import { alsEenRegel, BUDGETPLAN_PDF, MOEDER, MOEDER_PER_JAAR, MOEDER_PER_MAAND } from "./hulp/budgetplan";
import { zaaiDraft } from "./hulp/zaaien";

/** A PDF answer's pages as text, runs of spaces made one. */
async function paginas(antwoord: APIResponse): Promise<string[]> {
  expect(antwoord.status()).toBe(200);
  expect(antwoord.headers()["content-type"]).toBe("application/pdf");
  const bestand = path.join(mkdtempSync(path.join(tmpdir(), "engels-pdf-e2e-")), "bestand.pdf");
  writeFileSync(bestand, await antwoord.body());
  const tekst = execFileSync("pdftotext", ["-layout", bestand, "-"], { encoding: "utf8" });
  return tekst.replace(/\f$/, "").split("\f").map(alsEenRegel);
}

test("in English: the budgetplan PDF stays Dutch with an English page at the end, the checklist PDF is English", async ({ page, baseURL }) => {
  const context = page.context();
  await zaaiDraft(context, baseURL, BROCHURE_VOORBEELD);
  await context.addCookies([{ name: "taal", value: "en", url: baseURL ?? "" }]);

  const budgetplan = await paginas(await context.request.get(BUDGETPLAN_PDF));
  const formulier = budgetplan.slice(0, -1).join("\n");
  const uitleg = budgetplan.at(-1) ?? "";
  expect(formulier).toContain(budgetplanPdf.kop);
  expect(formulier).toContain(budgetplanPdf.secties.ondertekening);
  expect(formulier).not.toContain(uitlegEn.kop);
  expect(uitleg).toContain(uitlegEn.kop);
  expect(uitleg).toContain(budgetplanPdf.secties.bedragPerZorgverlener);
  expect(uitleg).toContain(MOEDER_PER_MAAND);
  expect(uitleg).toContain(MOEDER_PER_JAAR);
  expect(uitleg).not.toContain(uitlegNl.kop);

  const checklist = (await paginas(await context.request.get("/aanvraag/zorgovereenkomsten/moeder/pdf"))).join("\n");
  expect(checklist).toContain(checklistEn.titel(MOEDER.naam));
  expect(checklist).toContain(checklistPdfEn.helpt);
  expect(checklist).toContain(checklistEn.rol.opdrachtgever(MOEDER.naam));
  expect(checklist).not.toContain(zorgovereenkomstenTeksten.checklist.gegevensKop);
  expect(checklist).not.toContain(zorgovereenkomstenTeksten.pdf.helpt);
});
