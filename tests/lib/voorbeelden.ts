/**
 * The request/answer examples of the beoordeling API (tests/voorbeelden, docs/api.md), and the
 * matcher their README defines. The folder is read at test time, so a new example is tested
 * without a code change; a missing folder throws, so no test passes by finding nothing.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface Voorbeeld {
  bestand: string;
  naam: string;
  regels: string[];
  verzoek: unknown;
  status: number;
  verwacht: unknown;
}

// A URL, not __dirname: Playwright loads this file as an ES module too (tests/e2e/api.spec.ts).
export const VOORBEELDEN_MAP = fileURLToPath(new URL("../voorbeelden/", import.meta.url));

export function leesVoorbeelden(map = VOORBEELDEN_MAP): Voorbeeld[] {
  return readdirSync(map)
    .filter((bestand) => bestand.endsWith(".json"))
    .sort()
    .map((bestand) => {
      const inhoud = JSON.parse(readFileSync(path.join(map, bestand), "utf8")) as Omit<Voorbeeld, "bestand" | "status"> & { status?: number };
      return { bestand, ...inhoud, status: inhoud.status ?? 200 };
    });
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/**
 * Differences between an answer and `verwacht`, as readable lines; empty when it matches.
 * Objects match on the keys `verwacht` names; arrays element by element with equal length;
 * `regels` in an Uitkomst means: `redenen[].regel` names each of them.
 */
export function verschillen(echt: unknown, verwacht: unknown, pad = "$"): string[] {
  if (Array.isArray(verwacht)) {
    if (!Array.isArray(echt)) return [`${pad}: verwacht een lijst, kreeg ${JSON.stringify(echt)}`];
    if (echt.length !== verwacht.length) return [`${pad}: verwacht ${verwacht.length} elementen, kreeg ${echt.length}`];
    return verwacht.flatMap((element, i) => verschillen(echt[i], element, `${pad}[${i}]`));
  }
  if (isObject(verwacht)) {
    if (!isObject(echt)) return [`${pad}: verwacht een object, kreeg ${JSON.stringify(echt)}`];
    const fouten: string[] = [];
    for (const [sleutel, waarde] of Object.entries(verwacht)) {
      if (sleutel === "regels" && Array.isArray(waarde)) {
        const genoemd = Array.isArray(echt.redenen)
          ? echt.redenen.map((reden) => (isObject(reden) ? reden.regel : undefined))
          : [];
        for (const regel of waarde) {
          if (!genoemd.includes(regel)) fouten.push(`${pad}.redenen: noemt ${String(regel)} niet (wel: ${genoemd.join(", ")})`);
        }
        continue;
      }
      if (!(sleutel in echt)) {
        fouten.push(`${pad}.${sleutel}: ontbreekt`);
        continue;
      }
      fouten.push(...verschillen(echt[sleutel], waarde, `${pad}.${sleutel}`));
    }
    return fouten;
  }
  return Object.is(echt, verwacht) ? [] : [`${pad}: verwacht ${JSON.stringify(verwacht)}, kreeg ${JSON.stringify(echt)}`];
}
