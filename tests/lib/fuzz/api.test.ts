/**
 * Security (docs/decisions/024-foutpaden.md): fuzzing the public API's route handlers as Next calls them (the exported
 * POST/GET of app/api/v1/**\/route.ts with a Request), fast-check with a fixed seed and ≥ 1000
 * runs per property.
 *
 * The promise held: never a 500. Every answer is either 200 JSON of the documented shape or a
 * 4xx `application/problem+json` whose body says the same status. The route files catch every
 * exception and answer 500 through `interneFout`, which logs; so a 500 or a console.error in
 * any run is a bug the handler's own checks missed. (lib/beoordeling/verwerk.test.ts fuzzes the
 * handler's fields; this file fuzzes the transport: bodies, types, sizes, encodings, queries.)
 */
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as beoordelingen } from "@/app/api/v1/beoordelingen/route";
import { GET as zorgkantoren } from "@/app/api/v1/zorgkantoren/route";
import { GET as suggesties } from "@/app/api/v1/zorgkantoren/suggesties/route";
import { antwoordSchema } from "@/lib/beoordeling/antwoord";
import { verzoekSchema } from "@/lib/beoordeling/verzoek";
import { MAX_BODY_BYTES } from "@/lib/http/json-body";
import { zoekUitkomstSchema, zorgkantorenLijstSchema } from "@/lib/zorgkantoor/api";
import { MAX_UURTARIEF } from "@/rules/budgetplan";

const CONFIG = { seed: 20261124, numRuns: 1000 } as const;
vi.setConfig({ testTimeout: 120_000 });

const URL_BEOORDELINGEN = "http://localhost/api/v1/beoordelingen";

let fouten: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  // interneFout logs the stack; a property run that logs has hit the catch-all.
  fouten = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  fouten.mockRestore();
});

/** The envelope every answer must have; `schema200` checks a 200's body. */
async function controleer(antwoord: Response, schema200: { safeParse(x: unknown): { success: boolean; error?: unknown } }, invoer: () => string): Promise<void> {
  const type = antwoord.headers.get("content-type") ?? "";
  const tekst = await antwoord.text();
  const waar = () => `${antwoord.status} ${type} for ${invoer()}: ${tekst.slice(0, 300)} ${fouten.mock.calls.map(String).join(" ").slice(0, 1000)}`;
  expect(fouten, waar()).not.toHaveBeenCalled();
  expect(antwoord.status, waar()).not.toBe(500);
  if (antwoord.status === 200) {
    expect(type, waar()).toMatch(/^application\/json\b/);
    const uitslag = schema200.safeParse(JSON.parse(tekst));
    expect(uitslag.success, `${waar()} ${JSON.stringify(uitslag.error)?.slice(0, 500)}`).toBe(true);
    return;
  }
  expect(antwoord.status >= 400 && antwoord.status < 500, waar()).toBe(true);
  expect(type, waar()).toMatch(/^application\/problem\+json\b/);
  const probleem = JSON.parse(tekst) as Record<string, unknown>;
  expect(probleem, waar()).toMatchObject({ status: antwoord.status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
}

/** Counts the answers one property got, to show it reached 200s as well as each error. */
function telStatussen(): { tel: (s: number) => void; statussen: Map<number, number> } {
  const statussen = new Map<number, number>();
  return { statussen, tel: (s) => statussen.set(s, (statussen.get(s) ?? 0) + 1) };
}

// ---------------------------------------------------------------------------------------------
// POST /api/v1/beoordelingen

const VELDEN = Object.keys(verzoekSchema.shape);

/** Text with control characters, odd Unicode (lone surrogates too) and look-alikes of valid values. */
const vreemdeTekst = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.constantFrom("5VV", "ZZP 5 VV", " 5vv ", "5VV\u0000", "５ＶＶ", "\u202e5VV", "15.00", "15,00", "1e3", "-0", "0x10", "2026-11-24", "2026-02-29", "NL", "es", "__proto__", ""),
);
/** Numbers JSON can carry and JavaScript treats oddly. */
const vreemdGetal = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(-0, 0.1 + 0.2, 2 ** 53, 2 ** 53 + 2, -(2 ** 63), 1e308, 5e-324, Number.MAX_SAFE_INTEGER, 25, 7, 14, 130, 131),
);

/** JSON values, with odd text and numbers inside, nested a few levels. */
const jsonWaarde: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  waarde: fc.oneof(
    { weight: 4, arbitrary: fc.oneof(vreemdeTekst, vreemdGetal, fc.boolean(), fc.constant(null)) },
    { weight: 1, arbitrary: fc.array(tie("waarde"), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...VELDEN, "naam", "land", "weken", "__proto__", "constructor"), vreemdeTekst), tie("waarde"), { maxKeys: 4 }) },
  ),
})).waarde;

/** An object with the API's own field names (and others), so the schema is exercised, not just the parser. */
const verzoekAchtig = fc.dictionary(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...VELDEN) }, { weight: 1, arbitrary: vreemdeTekst }), jsonWaarde, { maxKeys: 8 });

const twee = (n: number) => String(n).padStart(2, "0");
/**
 * Requests the schema accepts, with values at and near every bound (50 zorgverleners, 168 hours,
 * the highest tarief, any date from 0001 to 9999): these reach `beoordeel` itself.
 */
const geldigVerzoek = fc.record(
  {
    zorgprofiel: fc.constantFrom("5VV", "ZZP 5 VV", "VV 5", "5GGZ W", "SGLVG", "ZZP 3 VG", "9B VV", "GGZ-B", "10VV", "2ZGaud", "3LVG", "1VV", "8VG", "4LG", "5ZGvis"),
    leeftijd: fc.integer({ min: 0, max: 130 }),
    woontInNederland: fc.boolean(),
    vastWoonadres: fc.boolean(),
    failliet: fc.boolean(),
    wsnp: fc.boolean(),
    gewaarborgdeHulp: fc.boolean(),
    woonsituatie: fc.constantFrom("thuis", "wooninitiatief", "instelling"),
    dagenInInstellingPer14Dagen: fc.integer({ min: 0, max: 14 }),
    dagbestedingVanInstelling: fc.boolean(),
    zorgverleners: fc.array(
      fc.record(
        {
          naam: fc.oneof(fc.string({ maxLength: 150 }).map((n) => `Z ${n}`), fc.constant("Moeder")),
          urenPerWeek: fc.oneof(fc.integer({ min: 0, max: 16800 }).map((h) => h / 100), fc.integer({ min: 0, max: 16800 }).map((h) => (h / 100).toFixed(2))),
          uurtarief: fc.integer({ min: 0, max: MAX_UURTARIEF }).map((c) => (c / 100).toFixed(2)),
          soort: fc.constantFrom("instelling", "zzp", "persoon"),
          relatie: fc.constantFrom("partner", "familie-1e-graad", "familie-2e-graad", "overig"),
          bigGeregistreerd: fc.boolean(),
          kvkGeregistreerd: fc.boolean(),
          overeenkomst: fc.constantFrom("arbeidsovereenkomst", "opdracht"),
          dagenPerWeek: fc.integer({ min: 0, max: 7 }),
          optingIn: fc.boolean(),
        },
        { requiredKeys: ["naam", "urenPerWeek", "uurtarief"] },
      ),
      { maxLength: 50, size: "+1" },
    ),
    pgbJaarbedrag: fc.oneof(fc.integer({ min: 0, max: 99_999_999_999 }).map((c) => (c / 100).toFixed(2)), fc.constantFrom("0", "999999999.99", "1.5")),
    uitgavenAanZorg: fc.integer({ min: 0, max: 99_999_999_999 }).map((c) => (c / 100).toFixed(2)),
    logeeropvangEtmalen: fc.integer({ min: 0, max: 366 }),
    buitenland: fc.record(
      {
        land: fc.constantFrom("ES", "es", "MA", "JP", "NO", "BQ", "CW", "CH", "BE", "US", "TR"),
        weken: fc.oneof(fc.double({ min: Number.MIN_VALUE, max: 520, noNaN: true }), fc.integer({ min: 1, max: 520 })),
        palliatiefTerminaal: fc.boolean(),
        zorgverlenersBuitenNederlandseBelasting: fc.boolean(),
        logeeropvang: fc.boolean(),
      },
      { requiredKeys: ["land", "weken"] },
    ),
    peildatum: fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([j, m, d]) => `${String(j).padStart(4, "0")}-${twee(m)}-${twee(d)}`),
  },
  { requiredKeys: ["zorgprofiel"] },
);

/** JSON text the way a sloppy or hostile client writes it. */
const jsonTekst = fc.oneof(
  { weight: 6, arbitrary: geldigVerzoek.map((v) => JSON.stringify(v)) },
  { weight: 6, arbitrary: verzoekAchtig.map((v) => JSON.stringify(v)) },
  { weight: 2, arbitrary: jsonWaarde.map((v) => JSON.stringify(v) ?? "") },
  // Numbers JSON.stringify never writes: beyond double range, long integers, exponents.
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom("leeftijd", "dagenInInstellingPer14Dagen", "logeeropvangEtmalen", "zorgprofiel", "pgbJaarbedrag"), fc.constantFrom("1e400", "-1e400", "123456789012345678901234567890", "1E2", "0.0000001e7", "-0", "25.0"))
      .map(([veld, getal]) => `{"zorgprofiel":"5VV","${veld}":${getal}}`),
  },
  // Broken: truncated, a BOM, comments, trailing commas, NaN, single quotes, duplicate keys.
  { weight: 2, arbitrary: verzoekAchtig.chain((v) => fc.nat(JSON.stringify(v).length).map((n) => JSON.stringify(v).slice(0, n))) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "\ufeff{\"zorgprofiel\":\"5VV\"}",
      "{\"zorgprofiel\":\"5VV\",}",
      "{\"zorgprofiel\":\"5VV\"} // x",
      "{\"leeftijd\":NaN,\"zorgprofiel\":\"5VV\"}",
      "{'zorgprofiel':'5VV'}",
      "{\"zorgprofiel\":\"5VV\",\"zorgprofiel\":\"hallo\"}",
      "{\"__proto__\":{\"leeftijd\":5},\"zorgprofiel\":\"5VV\"}",
      "{\"constructor\":{\"prototype\":{\"x\":1}},\"zorgprofiel\":\"5VV\"}",
      "{\"zorgprofiel\":\"5VV\"}\u0000",
      "null",
      "[]",
    ),
  },
  // Deep nesting, within the size limit: a recursive parser or validator would overflow its stack.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 100, max: 30_000 }), fc.constantFrom("[", "{\"zorgverleners\":[", "{\"buitenland\":{\"land\":", "{\"a\":"))
      .map(([n, open]) => {
        const sluit = open === "[" ? "]" : open.endsWith("[") ? "]}" : "}";
        return `${open.repeat(n)}1${sluit.repeat(n)}`;
      }),
  },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
);

const JSON_TYPES = ["application/json", "application/json; charset=utf-8", "APPLICATION/JSON", "application/problem+json", "application/vnd.pgb+json; v=1", " application/json "];
const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...JSON_TYPES) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/jsonx",
      "application/json-patch+jsonx",
      "json",
      "application/",
      "*/*",
      "application/json; charset=latin1",
      "application/json;;;",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** Bytes: invalid UTF-8, a UTF-16 encoding, NUL bytes. */
const vreemdeBytes = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  jsonTekst.map((t) => Buffer.from(t, "utf16le")),
  fc.constantFrom(new Uint8Array([0x7b, 0xff, 0x7d]), new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), new Uint8Array([0xc0, 0xaf]), new Uint8Array([0xed, 0xa0, 0x80])),
);

interface Verzoek {
  beschrijving: string;
  maak: () => Request;
}

function verzoek(body: BodyInit | null, type: string | null, extra: Record<string, string> = {}, beschrijving = ""): Verzoek | null {
  const headers = new Headers();
  try {
    if (type !== null) headers.set("content-type", type);
    for (const [naam, waarde] of Object.entries(extra)) headers.set(naam, waarde);
  } catch {
    // A header value no HTTP client can send (a newline, a NUL): Node's parser refuses it first.
    return null;
  }
  return {
    beschrijving: beschrijving || `${type} ${typeof body === "string" ? JSON.stringify(body.slice(0, 200)) : String(body)} ${JSON.stringify(extra)}`,
    maak: () => new Request(URL_BEOORDELINGEN, { method: "POST", body, headers, ...(body instanceof ReadableStream && { duplex: "half" }) } as RequestInit),
  };
}

/** A body that arrives in chunks without a length, as a streaming client sends it. */
function stroom(delen: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      const deel = delen[i++];
      if (deel === undefined) controller.close();
      else controller.enqueue(deel);
    },
  });
}

const verzoeken: fc.Arbitrary<Verzoek | null> = fc.oneof(
  { weight: 10, arbitrary: fc.tuple(jsonTekst, contentType).map(([body, type]) => verzoek(body, type)) },
  { weight: 2, arbitrary: fc.tuple(vreemdeBytes, contentType).map(([bytes, type]) => verzoek(new Blob([new Uint8Array(bytes)]), type, {}, `${type} bytes ${Buffer.from(bytes).toString("hex").slice(0, 200)}`)) },
  // Multipart and urlencoded: the types browsers send from forms (with and without a JSON type claimed).
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.array(fc.tuple(fc.oneof(fc.constantFrom(...VELDEN), vreemdeTekst), fc.oneof(vreemdeTekst, fc.constant("5VV"))), { maxLength: 6 }), fc.boolean(), fc.boolean())
      .map(([velden, multipart, claimJson]) => {
        const body = multipart ? new FormData() : new URLSearchParams();
        for (const [naam, waarde] of velden) body.append(naam, waarde);
        if (multipart && velden.length > 0) (body as FormData).append("bestand", new File([new Uint8Array([1, 2, 3])], "x.json", { type: "application/json" }));
        return verzoek(body, claimJson ? "application/json" : null, {}, `${multipart ? "multipart" : "urlencoded"} ${JSON.stringify(velden)} claimJson=${claimJson}`);
      }),
  },
  // Sizes around the limit, and a Content-Length that lies either way.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(0, MAX_BODY_BYTES - 30, MAX_BODY_BYTES - 20, MAX_BODY_BYTES + 1, 4 * MAX_BODY_BYTES, 1024 * 1024), fc.constantFrom("a", "é", "😀"))
      .map(([n, teken]) => {
        const vulling = teken.repeat(Math.max(0, Math.floor(n / Buffer.byteLength(teken))));
        return verzoek(`{"zorgprofiel":"5VV","x":"${vulling}"}`, "application/json", {}, `${n} bytes of ${teken}`);
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(jsonTekst, fc.constantFrom("0", "1", "-1", "abc", "1e10", "99999999999999999999", String(MAX_BODY_BYTES + 1), " 12 ", "0x10"))
      .map(([body, lengte]) => verzoek(body, "application/json", { "content-length": lengte })),
  },
  // Streamed: many small chunks, or chunks that add up past the limit.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(fc.uint8Array({ minLength: 1, maxLength: 20_000 }), { maxLength: 8 }), fc.boolean())
      .map(([delen, geldigBegin]) => {
        const alle = geldigBegin ? [new TextEncoder().encode('{"zorgprofiel":"5VV","x":"'), ...delen] : delen;
        return verzoek(stroom(alle), "application/json", {}, `stream of ${alle.map((d) => d.length).join("+")} bytes`);
      }),
  },
  { weight: 1, arbitrary: fc.constant(verzoek(null, "application/json", {}, "no body")) },
);

describe("fuzzing POST /api/v1/beoordelingen (route handler)", () => {
  it("any body, type, size or encoding: 200 JSON or a 4xx problem+json, never a 500", async () => {
    const { tel, statussen } = telStatussen();
    await fc.assert(
      fc.asyncProperty(verzoeken, async (v) => {
        fc.pre(v !== null);
        const antwoord = await beoordelingen(v.maak());
        tel(antwoord.status);
        await controleer(antwoord, antwoordSchema, () => v.beschrijving);
      }),
      CONFIG,
    );
    // The fuzz reached every kind of answer: a valid request, bad JSON or fields, too big, wrong type.
    for (const status of [200, 400, 413, 415]) expect(statussen.get(status), `${status} in ${JSON.stringify([...statussen])}`).toBeGreaterThan(10);
  });

  it("any request the schema accepts, values at every bound, any date 0001–9999: 200 with the documented answer", async () => {
    await fc.assert(
      fc.asyncProperty(geldigVerzoek, fc.constantFrom(...JSON_TYPES), async (body, type) => {
        const v = verzoek(JSON.stringify(body), type);
        fc.pre(v !== null);
        const antwoord = await beoordelingen(v.maak());
        await controleer(antwoord, antwoordSchema, () => v.beschrijving);
        expect(antwoord.status, v.beschrijving).toBe(200);
      }),
      CONFIG,
    );
  });

  it("the catch-all is not needed for a body the client aborts", async () => {
    // A stream that errors half way (the client went away): an answer, no 500, nothing logged.
    const kapot = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"zorgprofiel":'));
        controller.error(new Error("verbinding verbroken"));
      },
    });
    const request = new Request(URL_BEOORDELINGEN, { method: "POST", body: kapot, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    await controleer(await beoordelingen(request), antwoordSchema, () => "aborted stream");
  });
});

// ---------------------------------------------------------------------------------------------
// GET /api/v1/zorgkantoren and /api/v1/zorgkantoren/suggesties

/** A query string: real encodings, raw characters, broken percent-escapes, invalid UTF-8. */
const queryDeel = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constant("zoek") }, { weight: 1, arbitrary: vreemdeTekst }), fc.oneof(vreemdeTekst, fc.constantFrom("Tilburg", "den bosch", "1381 AB", "0999", "Berg", "'s-Hertogenbosch", "%%%", "5038"))).map(([n, w]) => new URLSearchParams([[n, w]]).toString()) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 30 }).map((b) => `zoek=${[...b].map((x) => `%${x.toString(16).padStart(2, "0")}`).join("")}`) },
  { weight: 1, arbitrary: fc.string({ unit: "binary-ascii", maxLength: 40 }).map((s) => `zoek=${s}`) },
  { weight: 1, arbitrary: fc.constantFrom("zoek", "zoek=", "=", "&&", "zoek=%", "zoek=%zz", "zoek=%e2%82", "zoek=+", "zoek=a+b", "zoek=%00", "zoek[]=x", "ZOEK=Tilburg") },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 90, max: 5000 }), fc.constantFrom("a", "%C3%A9", "+", "%F0%9F%98%80")).map(([n, t]) => `zoek=${t.repeat(n)}`) },
);
const query = fc.array(queryDeel, { maxLength: 3 }).map((delen) => delen.join("&"));

function getVerzoek(pad: string, q: string): Request | null {
  try {
    return new Request(`http://localhost${pad}${q === "" ? "" : `?${q}`}`);
  } catch {
    return null;
  }
}

describe("fuzzing GET /api/v1/zorgkantoren (route handlers)", () => {
  it("?zoek=… with any query string: 200 JSON or a 400 problem+json, never a 500", async () => {
    const { tel, statussen } = telStatussen();
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const request = getVerzoek("/api/v1/zorgkantoren", q);
        fc.pre(request !== null);
        const heeftZoek = new URL(request.url).searchParams.has("zoek");
        const antwoord = zorgkantoren(request);
        tel(antwoord.status);
        await controleer(antwoord, heeftZoek ? zoekUitkomstSchema : zorgkantorenLijstSchema, () => q);
      }),
      CONFIG,
    );
    expect(statussen.get(200)).toBeGreaterThan(100);
    expect(statussen.get(400)).toBeGreaterThan(10);
  });

  it("/suggesties?… with any query string: 200 JSON (at most 8) or a 400 problem+json, never a 500", async () => {
    const { z } = await import("zod");
    const suggestiesSchema = z.strictObject({
      suggesties: z
        .array(
          z.strictObject({
            naam: z.string().min(1),
            soort: z.string().min(1),
            gemeente: z.strictObject({ code: z.string().regex(/^GM\d{4}$/), naam: z.string() }).nullable(),
            regio: z.string().min(1),
            postcode: z.string().regex(/^\d{4}$/).optional(),
          }),
        )
        .max(8),
    });
    const { tel, statussen } = telStatussen();
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const request = getVerzoek("/api/v1/zorgkantoren/suggesties", q);
        fc.pre(request !== null);
        const antwoord = suggesties(request);
        tel(antwoord.status);
        await controleer(antwoord, suggestiesSchema, () => q);
      }),
      CONFIG,
    );
    expect(statussen.get(200)).toBeGreaterThan(100);
    expect(statussen.get(400)).toBeGreaterThan(10);
  });
});
