/**
 * POST /api/v1/beoordelingen in English (docs/decisions/028-redenen-als-gegevens.md, addendum
 * 2026-12-05): with Accept-Language: en every reason's `tekst` is English and nothing else changes;
 * without it the answer is the Dutch one, byte for byte as before.
 */
import { describe, expect, it } from "vitest";
import { REDEN_WOORDEN_EN } from "@/content/redenen/en";
import type { Reden } from "@/rules/redenen";
import { leesVoorbeelden } from "@/tests/lib/voorbeelden";
import { antwoordSchema } from "./antwoord";
import { maakOpenApiDocument } from "./openapi";
import { verwerkBeoordeling } from "./verwerk";

const PEILDATUM = "2026-11-24";
const VOORBEELD = leesVoorbeelden().find((v) => v.bestand === "bp-03-moeder-zorgt-voor-dochter.json");

function post(headers: Record<string, string>, body: unknown = VOORBEELD?.verzoek): Promise<Response> {
  const request = new Request("http://localhost/api/v1/beoordelingen", {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json", ...headers },
  });
  return verwerkBeoordeling(request, () => PEILDATUM);
}

type MetTekst = Reden & { tekst: string };

/** Every reason of an answer, in order. */
function redenenIn(waarde: unknown, uit: MetTekst[] = []): MetTekst[] {
  if (Array.isArray(waarde)) for (const w of waarde) redenenIn(w, uit);
  else if (typeof waarde === "object" && waarde !== null) {
    if ("tekst" in waarde && "code" in waarde) uit.push(waarde as MetTekst);
    else for (const w of Object.values(waarde)) redenenIn(w, uit);
  }
  return uit;
}

/** The answer with every reason's tekst left out. */
function zonderTekst(waarde: unknown): unknown {
  return JSON.parse(JSON.stringify(waarde, (k, w: unknown) => (k === "tekst" ? undefined : w)));
}

describe("POST /api/v1/beoordelingen with Accept-Language", () => {
  it("the example exists", () => {
    expect(VOORBEELD?.status).toBe(200);
  });

  it("without the header: the Dutch answer as it was, byte for byte", async () => {
    const antwoord = await post({});
    expect(antwoord.headers.get("content-language")).toBe("nl");
    expect(antwoord.headers.get("vary")).toMatch(/Accept-Language/i);
    await expect(await antwoord.text()).toMatchFileSnapshot("./__snapshots__/bp-03-nl.json");
  });

  it.each(["nl", "nl-NL,nl;q=0.9,en;q=0.8", "*", "de, fr;q=0.5", "en;q=2", "en;q=0", `en,${"x;q=0.1,".repeat(60)}`, "en\u00a0"])(
    "Dutch for %j, the same bytes",
    async (header) => {
      const [zonder, met] = await Promise.all([post({}), post({ "accept-language": header })]);
      expect(met.status).toBe(200);
      expect(met.headers.get("content-language")).toBe("nl");
      expect(await met.text()).toBe(await zonder.text());
    },
  );

  it.each(["en", "en-GB,en;q=0.9,nl;q=0.8", "nl;q=0.1, en-US"])("English tekst for %j, everything else the same", async (header) => {
    const [nl, en] = await Promise.all([post({}), post({ "accept-language": header })]);
    expect(en.status).toBe(200);
    expect(en.headers.get("content-language")).toBe("en");
    expect(en.headers.get("vary")).toMatch(/Accept-Language/i);
    expect(en.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const [nlBody, enBody]: unknown[] = [await nl.json(), await en.json()];
    expect(antwoordSchema.safeParse(enBody).success).toBe(true);
    expect(zonderTekst(enBody)).toEqual(zonderTekst(nlBody));

    const nlRedenen = redenenIn(nlBody);
    const enRedenen = redenenIn(enBody);
    expect(enRedenen.length).toBeGreaterThan(5);
    enRedenen.forEach((r, i) => {
      expect(r.tekst).toBe(REDEN_WOORDEN_EN[r.code](r.gegevens));
      expect(r.tekst, r.code).not.toBe(nlRedenen[i]?.tekst);
    });
    expect(enRedenen.map((r) => r.tekst)).toContain("You have 1 care provider. The total per year is € 19.488,00.");
  });

  it("a problem stays Dutch, and says so", async () => {
    const antwoord = await post({ "accept-language": "en" }, { zorgprofiel: "hallo" });
    expect(antwoord.status).toBe(400);
    expect(antwoord.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(antwoord.headers.get("content-language")).toBe("nl");
    expect(antwoord.headers.get("vary")).toMatch(/Accept-Language/i);
    const body = (await antwoord.json()) as { title: string };
    expect(body.title).toBe((await (await post({}, { zorgprofiel: "hallo" })).json() as { title: string }).title);
  });

  it("the OpenAPI document names the header and the answer's language", () => {
    const post = maakOpenApiDocument().paths["/api/v1/beoordelingen"].post;
    expect(post.parameters.map((p) => [p.name, p.in])).toEqual([["Accept-Language", "header"]]);
    expect(Object.keys(post.responses["200"].headers)).toEqual(["Content-Language", "Vary"]);
    expect(post.responses["200"].headers["Content-Language"].schema.enum).toEqual(["nl", "en"]);
    expect(post.responses["400"].headers?.["Content-Language"]?.schema).toEqual({ type: "string", const: "nl" });
  });
});
