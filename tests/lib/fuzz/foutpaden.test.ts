/**
 * Odd input an attacker sends by hand, fuzzed in-process (fast-check, fixed seed): prototype
 * names (`toString`, `__proto__`, `constructor`…) as query values and route parameters, raw
 * paths with broken percent-escapes, broken multipart and server-action bodies. The promise: a
 * 4xx or the page's own answer, never a 5xx and never a tree React cannot send. The same shapes
 * go to the production server over HTTP in tests/e2e/foutpaden.spec.ts
 * (docs/decisions/024-foutpaden.md).
 */
import fc from "fast-check";
import { readdirSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
// The harness first: it registers the mocks before any module below imports Next or the store.
import * as h from "@/tests/lib/acties";
import { NextRequest } from "next/server";
import { foutTeksten } from "@/content/fouten";
import { ACTIE_MAX_BYTES } from "@/lib/http/grenzen";
import { doorloop, invoer } from "@/lib/wizard/vragen/testhulp";
import { aanvraag } from "@/content/aanvraag";
import { delen } from "@/content/delen";
import { loopBoom } from "@/tests/lib/boom";
import { flightWaarde, multipart, PROTOTYPE_NAMEN, segment } from "@/tests/lib/vreemde-invoer";

const { proxy } = await import("@/proxy");
const { STAPPEN } = await import("@/lib/wizard/stappen");
const { VRAGEN } = await import("@/lib/wizard/vragen");
const HervatMislukt = (await import("@/app/hervat/mislukt/page")).default;
const GedeeldMislukt = (await import("@/app/gedeeld/mislukt/page")).default;

const wizard = await import("@/app/aanvraag/acties");
const budgetplan = await import("@/app/aanvraag/budgetplan/acties");
const delenActies = await import("@/app/aanvraag/delen/acties");
const gedeeld = await import("@/app/gedeeld/acties");

const CONFIG = { seed: 20261203, numRuns: 1000 } as const;
vi.setConfig({ testTimeout: 120_000 });


/** A value for a query parameter or a route segment: a prototype name, any text, or a known value. */
function sleutel(bekend: readonly string[]): fc.Arbitrary<string | string[] | undefined> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...PROTOTYPE_NAMEN) },
    { weight: 2, arbitrary: fc.constantFrom(...bekend) },
    { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...PROTOTYPE_NAMEN, ...bekend), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

describe("the pages that explain a failed link: any reden", () => {
  const paginas = [
    { naam: "/hervat/mislukt", pagina: HervatMislukt, redenen: aanvraag.hervat.redenen },
    { naam: "/gedeeld/mislukt", pagina: GedeeldMislukt, redenen: delen.mislukt.redenen },
  ];

  for (const { naam, pagina, redenen } of paginas) {
    it(`${naam}?reden=toString, __proto__, constructor…: the page names a known reason`, async () => {
      for (const reden of PROTOTYPE_NAMEN) {
        const boom = await loopBoom(await pagina({ searchParams: Promise.resolve({ reden }) }));
        expect(boom.teksten, reden).toContain(redenen["niet-gevonden"]);
      }
    });

    it(`${naam}: any query, one of its own reasons, nothing React cannot send`, async () => {
      const alle = Object.values(redenen) as string[];
      await fc.assert(
        fc.asyncProperty(sleutel(Object.keys(redenen)), fc.dictionary(fc.constantFrom(...PROTOTYPE_NAMEN, "x"), fc.string({ maxLength: 5 })), async (reden, rest) => {
          const boom = await loopBoom(await pagina({ searchParams: Promise.resolve({ ...rest, reden }) }));
          expect(boom.teksten.filter((t) => alle.includes(t))).toHaveLength(1);
        }),
        CONFIG,
      );
    });
  }
});

describe("every page and GET route of the app: prototype names as route parameters and query", () => {
  // Every page module, found on disk, so a new one is fuzzed too.
  const bestanden = (map: string): string[] =>
    readdirSync(map, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? bestanden(`${map}/${d.name}`) : /^(page\.tsx|route\.ts)$/.test(d.name) ? [`${map}/${d.name}`] : []));
  const MODULES = bestanden("app").filter((b) => !b.startsWith("app/api/"));
  const QUERY_NAMEN = ["reden", "nieuw", "sector", "datum", "budget", "etmalen", "zoek", "gewijzigd", "opgeslagen", "verwijderd", "leeg", "vol", "ondertekend", "land", "zorgprofiel", "peildatum", "sleutel", "ingangsdatum"];
  const PARAMS: Record<string, readonly string[]> = {
    stap: [...STAPPEN.map((st) => st.slug), "controleren"],
    pagina: [...VRAGEN.map((v) => v.slug), "controleren"],
    id: ["nieuw", "moeder", "buurvrouw"],
  };
  const waarde = sleutel(["1", "ja", "", "7", "VV", "01-01-2026"]);
  // Each name the pages read, present about half the time, and prototype names as names too.
  const query = fc
    .tuple(fc.record(Object.fromEntries(QUERY_NAMEN.map((n) => [n, waarde])), { requiredKeys: [] }), fc.dictionary(fc.constantFrom(...PROTOTYPE_NAMEN), waarde, { maxKeys: 3 }))
    .map(([bekend, vreemd]) => ({ ...vreemd, ...bekend }) as Record<string, string | string[] | undefined>);

  beforeAll(async () => {
    await h.nieuweOpslag();
  });

  it("a page renders (nothing React cannot send) or redirects; a route answers below 500", async () => {
    const alle = await Promise.all(MODULES.map(async (pad) => ({ pad, module: (await import(`@/${pad.replace(/\.tsx?$/, "")}`)) as Record<string, unknown> })));
    // Routes that answer only POST (a link page's button) are fuzzed with the actions; here the GETs.
    const geladen = alle.filter(({ pad, module }) => !pad.endsWith("route.ts") || typeof module.GET === "function");
    const statussen = { pagina: 0, doorverwezen: 0, route: 0 };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...geladen), fc.record({ stap: sleutel(PARAMS.stap ?? []), pagina: sleutel(PARAMS.pagina ?? []), id: sleutel(PARAMS.id ?? []) }), query, fc.boolean(), async ({ pad, module }, ruweParams, q, metDraft) => {
        h.nieuwVerzoek();
        if (metDraft) await h.zetDraft(doorloop(invoer()));
        // Route parameters are always text (Next decodes the segment); only the ones this path has.
        const params = Object.fromEntries(Object.entries(ruweParams).filter(([naam]) => pad.includes(`[${naam}]`)).map(([naam, w]) => [naam, [w].flat()[0] ?? "x"]));
        const props = { params: Promise.resolve(params), searchParams: Promise.resolve(q) };
        if (pad.endsWith("route.ts")) {
          const url = new URL(`${BASIS}/${pad}`);
          for (const [naam, w] of Object.entries(q)) for (const x of [w ?? ""].flat()) url.searchParams.append(naam, x);
          const get = module.GET as (r: Request, c: unknown) => Promise<Response>;
          const antwoord = await h.roep(() => get(new NextRequest(url), props));
          if (antwoord.soort === "status") expect(antwoord.status.status, `${pad} ${JSON.stringify(params)} ${url.search}`).toBeLessThan(500);
          statussen.route++;
          return;
        }
        const metadata = module.generateMetadata as ((p: typeof props) => Promise<unknown>) | undefined;
        if (metadata !== undefined) await h.roep(() => metadata(props));
        const Pagina = module.default as (p: typeof props) => unknown;
        const uitkomst = await h.roep(async () => loopBoom(await Pagina(props)));
        if (uitkomst.soort === "doorverwezen") statussen.doorverwezen++;
        else statussen.pagina++;
      }),
      { ...CONFIG, numRuns: 1500 },
    );
    expect(statussen.pagina, JSON.stringify(statussen)).toBeGreaterThan(150);
    expect(statussen.route, JSON.stringify(statussen)).toBeGreaterThan(20);
  });
});

describe("every server action, called with any arguments (a hand-made Next-Action post)", () => {
  // React decodes the arguments from the request: with a forged body they need not be
  // (previous state, FormData) at all. Whatever they are, the action ends as Next expects.
  const ACTIES: Record<string, (...args: never[]) => Promise<unknown>> = {
    ...wizard,
    ...budgetplan,
    ...delenActies,
    ...gedeeld,
  };
  const geldigFormulier = () => h.formData([["voorWie", "zelf"], ["stap", "indicatie"], ["vraag", "heeft-indicatie"], ["heeftIndicatie", "ja"], ["versie", "1"]]);
  const argument = fc.oneof(
    { weight: 3, arbitrary: fc.anything({ maxDepth: 2 }) },
    { weight: 2, arbitrary: fc.constantFrom(undefined, null, "", "$K1", [], {}, { fouten: {}, waarden: {} }, 0, Number.NaN) },
    { weight: 2, arbitrary: fc.constant("formulier") },
  );

  beforeAll(async () => {
    await h.nieuweOpslag();
  });

  it("ends in a status or a redirect, never an exception", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(ACTIES)), fc.array(argument, { maxLength: 4 }), fc.boolean(), async (naam, args, metDraft) => {
        h.nieuwVerzoek();
        if (metDraft) await h.zetDraft(doorloop(invoer()));
        const echt = args.map((a) => (a === "formulier" ? geldigFormulier() : a)) as never[];
        const actie = ACTIES[naam];
        if (actie === undefined) throw new Error(naam);
        const uitkomst = await h.roep(() => actie(...echt));
        if (uitkomst.soort === "status" && uitkomst.status !== undefined) expect(h.isFormulierStatus(uitkomst.status), `${naam}: ${JSON.stringify(uitkomst.status)}`).toBe(true);
      }),
      CONFIG,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// proxy.ts: what Next would turn into a 500 before our code runs gets a 4xx from the proxy.

const BASIS = "http://localhost:3000";
const pagina = foutTeksten.serverpaginas;

/** Whether the proxy let the request through to Next (NextResponse.next()). */
const doorgelaten = (antwoord: Response) => antwoord.headers.get("x-middleware-next") === "1";

/** A 4xx page of the proxy: Dutch, the title of `soort`, no script. */
async function verwachtFoutpagina(antwoord: Response, status: number, titel: string, waar: string): Promise<void> {
  expect(antwoord.status, waar).toBe(status);
  expect(antwoord.headers.get("content-type"), waar).toMatch(/^text\/html/);
  const html = await antwoord.text();
  expect(html, waar).toContain(`<h1>${titel}</h1>`);
  expect(html, waar).toContain('<html lang="nl">');
  expect(html, waar).not.toContain("<script");
}

const pad = fc.array(segment, { minLength: 1, maxLength: 5 }).map((delen) => `/${delen.join("/")}`);

function verzoek(rauwPad: string, init: RequestInit & { headers?: Record<string, string> } = {}): NextRequest | null {
  try {
    return new NextRequest(`${BASIS}${rauwPad}`, init as ConstructorParameters<typeof NextRequest>[1]);
  } catch {
    return null; // not a URL at all: Node's HTTP parser refuses it before Next
  }
}

describe("proxy.ts: raw paths with broken percent-escapes", () => {
  it("the paths the attacker tried get 400 with the Dutch page", async () => {
    for (const p of ["/aanvraag/indicatie/%ff", "/aanvraag/zorgovereenkomsten/%ff/pdf", "/aanvraag/budgetplan/zorgverlener/%ff", "/hervat/mislukt/%ff", "/%ff", "/aanvraag/%C0%80/x"]) {
      const r = verzoek(p);
      if (r === null) throw new Error(p);
      await verwachtFoutpagina(await proxy(r), 400, pagina.ongeldigAdres.titel, p);
    }
  });

  it("any path, GET or POST: 400 exactly when a segment does not decode, never a 5xx", async () => {
    const statussen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(pad, fc.constantFrom("GET", "HEAD", "POST"), async (p, methode) => {
        const r = verzoek(p, { method: methode, headers: { origin: BASIS, host: "localhost:3000" } });
        fc.pre(r !== null);
        const antwoord = await proxy(r);
        statussen.set(antwoord.status, (statussen.get(antwoord.status) ?? 0) + 1);
        expect(antwoord.status, p).toBeLessThan(500);
        const leesbaar = r.nextUrl.pathname.split("/").every((d) => {
          try {
            decodeURIComponent(d);
            return true;
          } catch {
            return false;
          }
        });
        if (!leesbaar) await verwachtFoutpagina(antwoord, 400, pagina.ongeldigAdres.titel, p);
        else expect(antwoord.status === 400 && (await antwoord.clone().text()).includes(pagina.ongeldigAdres.titel), p).toBe(false);
      }),
      CONFIG,
    );
    // Both kinds were reached.
    expect(statussen.get(400), JSON.stringify([...statussen])).toBeGreaterThan(100);
  });
});

// ---------------------------------------------------------------------------------------------
// proxy.ts: form posts whose body Next or React cannot read.

const ACTIE_ID = "6091bcf97fd37b8ab36567477bc68bae4c21154fb2";
const EIGEN = { origin: BASIS, host: "localhost:3000" };

function post(body: BodyInit | null, headers: Record<string, string>, p = "/"): NextRequest {
  return new NextRequest(`${BASIS}${p}`, { method: "POST", body, headers: { ...EIGEN, ...headers } });
}

/** What a browser sends: with JavaScript (Next-Action, the arguments in "0") and without ($ACTION_ fields). */
const EERLIJK = {
  metScript: () =>
    post(multipart([["0", '[{"fouten":{},"waarden":{"naam":"$$100"}},"$K1"]'], ["1_voorWie", "zelf"], ["1_versie", "3"]]), {
      "next-action": ACTIE_ID,
      "content-type": "multipart/form-data; boundary=grens",
    }),
  metScriptTekst: () => post('["$K1"]', { "next-action": ACTIE_ID, "content-type": "text/plain;charset=UTF-8" }),
  zonderScript: () =>
    post(
      multipart([
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", JSON.stringify({ id: ACTIE_ID, bound: "$@1" })],
        ["$ACTION_1:1", '[{"fouten":{},"waarden":{},"gewijzigd":"$undefined"}]'],
        ["$ACTION_KEY", "k123"],
        ["voorWie", "zelf"],
      ]),
      { "content-type": "multipart/form-data; boundary=grens" },
    ),
  knop: () => post(multipart([[`$ACTION_ID_${ACTIE_ID}`, ""], ["stap", "indicatie"]]), { "content-type": "multipart/form-data; boundary=grens" }),
  geenActie: () => post("a=b", { "content-type": "application/x-www-form-urlencoded" }),
};

const kapotLichaam: fc.Arbitrary<{ beschrijving: string; maak: () => NextRequest }> = fc.oneof(
  // Next-Action with a JSON (or not) text body.
  fc.oneof(flightWaarde.map((w) => JSON.stringify(w)), fc.string({ maxLength: 30 }), fc.constantFrom("[".repeat(40) + "]".repeat(40), JSON.stringify(Array(1001).fill(0)), "\uFEFF[]", "[]\u0000")).map((tekst) => ({
    beschrijving: `Next-Action text ${tekst.slice(0, 80)}`,
    maak: () => post(tekst, { "next-action": ACTIE_ID, "content-type": "text/plain;charset=UTF-8" }),
  })),
  // Next-Action with a multipart body: field "0" anything.
  fc.tuple(fc.oneof(flightWaarde.map((w) => JSON.stringify(w)), fc.string({ maxLength: 20 })), fc.boolean()).map(([nul, metNul]) => ({
    beschrijving: `Next-Action multipart 0=${nul.slice(0, 80)}`,
    maak: () => post(multipart(metNul ? [["0", nul], ["1_voorWie", "zelf"]] : [["1_voorWie", "zelf"]]), { "next-action": ACTIE_ID, "content-type": "multipart/form-data; boundary=grens" }),
  })),
  // Without JavaScript: the $ACTION_ fields tampered with.
  fc.tuple(fc.oneof(flightWaarde.map((w) => JSON.stringify(w)), fc.constantFrom(JSON.stringify({ id: ACTIE_ID, bound: "$@1" }), JSON.stringify({ id: ACTIE_ID, bound: null }), JSON.stringify({ id: ACTIE_ID, bound: "$@2" }), "{rommel")), fc.option(fc.oneof(flightWaarde.map((w) => JSON.stringify(w)), fc.constant("{rommel")), { nil: undefined }), fc.constantFrom("1", "zz", "")).map(([meta, gebonden, n]) => ({
    beschrijving: `zonder script $ACTION_${n}:0=${meta.slice(0, 60)} :1=${gebonden?.slice(0, 60)}`,
    maak: () =>
      post(multipart([[`$ACTION_REF_${n}`, ""], [`$ACTION_${n}:0`, meta], ...(gebonden === undefined ? [] : [[`$ACTION_${n}:1`, gebonden] as const]), ["voorWie", "zelf"]]), {
        "content-type": "multipart/form-data; boundary=grens",
      }),
  })),
  // Broken multipart: no boundary, another boundary, cut short, garbage, a part without a name.
  fc.tuple(fc.constantFrom("multipart/form-data", "multipart/form-data; boundary=grens", "multipart/form-data; boundary=ander", "multipart/form-data; boundary="), fc.constantFrom(multipart([["a", "b"]]), multipart([["a", "b"]]).slice(0, 30), "rommel", "", "--grens\r\n\r\nzonder naam\r\n--grens--\r\n", "--grens\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nzonder einde"), fc.boolean()).map(([type, lichaam, actie]) => ({
    beschrijving: `multipart ${type} ${JSON.stringify(lichaam.slice(0, 40))} ${actie ? "met" : "zonder"} Next-Action`,
    maak: () => post(lichaam, { "content-type": type, ...(actie ? { "next-action": ACTIE_ID } : {}) }),
  })),
  // Around the 64 KB limit, with and without Content-Length.
  fc.tuple(fc.integer({ min: ACTIE_MAX_BYTES - 300, max: ACTIE_MAX_BYTES + 300 }), fc.boolean()).map(([n, stroom]) => ({
    beschrijving: `${n} bytes${stroom ? " as a stream" : ""}`,
    maak: () => {
      const tekst = multipart([["0", `["${"x".repeat(Math.max(n - 90, 0))}"]`]]);
      const body = stroom ? new Blob([tekst]).stream() : tekst;
      return new NextRequest(`${BASIS}/`, { method: "POST", body, headers: { ...EIGEN, "next-action": ACTIE_ID, "content-type": "multipart/form-data; boundary=grens" }, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]);
    },
  })),
);

describe("proxy.ts: form posts Next or React cannot read", () => {
  it("what a browser sends goes through", async () => {
    for (const [naam, maak] of Object.entries(EERLIJK)) {
      const antwoord = await proxy(maak());
      expect(doorgelaten(antwoord), `${naam}: ${antwoord.status}`).toBe(true);
    }
  });

  it("the attacker's posts: broken multipart 400, an unreadable Next-Action body 400, more than 64 KB 413", async () => {
    const mp = { "content-type": "multipart/form-data; boundary=grens" };
    const actie = { "next-action": ACTIE_ID, "content-type": "text/plain;charset=UTF-8" };
    await verwachtFoutpagina(await proxy(post("rommel", { "content-type": "multipart/form-data" })), 400, pagina.onleesbaar.titel, "geen boundary");
    await verwachtFoutpagina(await proxy(post(multipart([["a", "b"]]).slice(0, 40), mp)), 400, pagina.onleesbaar.titel, "afgebroken");
    await verwachtFoutpagina(await proxy(post("{{{rommel", actie)), 400, pagina.onleesbaar.titel, "Next-Action rommel");
    await verwachtFoutpagina(await proxy(post('"$@1"', actie)), 400, pagina.onleesbaar.titel, "Next-Action belofte");
    await verwachtFoutpagina(await proxy(post(new Uint8Array([0x5b, 0xff, 0x5d]), actie)), 400, pagina.onleesbaar.titel, "geen UTF-8");
    await verwachtFoutpagina(await proxy(post(JSON.stringify(["x".repeat(ACTIE_MAX_BYTES)]), actie)), 413, pagina.teGroot.titel, "te groot");
  });

  it("any body: through, 400 or 413, never a 5xx; what goes through parses as Next will parse it", async () => {
    const statussen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(kapotLichaam, async ({ beschrijving, maak }) => {
        const r = maak();
        const kopie = r.clone();
        const antwoord = await proxy(r);
        const uitkomst = doorgelaten(antwoord) ? "door" : String(antwoord.status);
        statussen.set(uitkomst, (statussen.get(uitkomst) ?? 0) + 1);
        expect(["door", "400", "413"], beschrijving).toContain(uitkomst);
        if (uitkomst === "400") await verwachtFoutpagina(antwoord, 400, pagina.onleesbaar.titel, beschrijving);
        if (uitkomst === "413") expect((await kopie.arrayBuffer()).byteLength, beschrijving).toBeGreaterThan(ACTIE_MAX_BYTES);
        if (uitkomst === "door" && (kopie.headers.get("content-type") ?? "").startsWith("multipart/form-data")) await expect(kopie.formData(), beschrijving).resolves.toBeInstanceOf(FormData);
      }),
      CONFIG,
    );
    for (const uitkomst of ["door", "400", "413"]) expect(statussen.get(uitkomst), JSON.stringify([...statussen])).toBeGreaterThan(20);
  });
});
