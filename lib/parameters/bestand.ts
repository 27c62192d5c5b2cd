/**
 * The yearly file of `PARAMETERS_BESTAND` (docs/decisions/025-opslag.md): JSON with any of the
 * four dated lists of rules/data/parameters.ts, checked with lib/parameters/schema.ts. A bad file
 * is refused with every problem listed, each with its line and its path in the file (in Dutch
 * and English, for whoever runs the server), so it can be fixed without reading code.
 */
import { readFileSync } from "node:fs";
import * as z from "zod";
import { parameterBestandSchema, type ParameterBestand } from "./schema";

const NL = z.locales.nl();

export class ParameterBestandFout extends Error {
  override name = "ParameterBestandFout";
}

/** Reads and checks the file at `pad`. Throws {@link ParameterBestandFout} with a readable message. */
export function leesParameterBestand(pad: string): ParameterBestand {
  let tekst: string;
  try {
    tekst = readFileSync(pad, "utf8");
  } catch (fout) {
    const reden = fout instanceof Error ? fout.message : String(fout);
    throw new ParameterBestandFout(`${kop(pad)}\n  kan niet gelezen worden / cannot be read: ${reden}`);
  }
  return controleerParameterTekst(tekst, pad);
}

/** Pure, for tests: the file's text, checked. `naam` is only used in the message. */
export function controleerParameterTekst(tekst: string, naam: string): ParameterBestand {
  let json: unknown;
  try {
    json = JSON.parse(tekst);
  } catch (fout) {
    const bericht = fout instanceof Error ? fout.message : String(fout);
    const positie = /position (\d+)/.exec(bericht);
    const plaats = positie ? `regel ${regelVan(tekst, Number(positie[1]))} (line ${regelVan(tekst, Number(positie[1]))}): ` : "";
    throw new ParameterBestandFout(`${kop(naam)}\n  ${plaats}geen geldige JSON / not valid JSON: ${bericht}`);
  }
  const nl = parameterBestandSchema.safeParse(json, { error: NL.localeError });
  if (nl.success) return nl.data;
  const en = parameterBestandSchema.safeParse(json);
  const regels = regelsPerPad(tekst);
  const problemen = nl.error.issues.map((issue, i) => {
    const engels = en.success ? undefined : en.error.issues[i]?.message;
    const paden = issue.code === "unrecognized_keys" ? issue.keys.map((sleutel) => [...issue.path, sleutel]) : [issue.path];
    return paden
      .map((pad) => {
        const tekstPad = padTekst(pad);
        const regel = regelVoor(regels, pad);
        const uitleg = issue.code === "unrecognized_keys" ? "onbekend veld / unknown field" : engels === undefined || engels === issue.message ? issue.message : `${issue.message} / ${engels}`;
        return `  regel ${regel} (line ${regel}), ${tekstPad || "(het hele bestand / the whole file)"}: ${uitleg}`;
      })
      .join("\n");
  });
  throw new ParameterBestandFout(`${kop(naam)}\n${problemen.join("\n")}`);
}

function kop(naam: string): string {
  return `PARAMETERS_BESTAND ${naam}: ongeldig parameterbestand, de server start niet / invalid parameters file, the server does not start:`;
}

/** `maximumtarieven[0].professioneelPerUur`, as the README and the message name entries. */
export function padTekst(pad: readonly PropertyKey[]): string {
  return pad.reduce<string>((tekst, deel) => (typeof deel === "number" ? `${tekst}[${deel}]` : tekst === "" ? String(deel) : `${tekst}.${String(deel)}`), "");
}

function regelVan(tekst: string, positie: number): number {
  let regel = 1;
  for (let i = 0; i < positie && i < tekst.length; i++) if (tekst[i] === "\n") regel++;
  return regel;
}

/** The line of `pad`, or of its nearest ancestor that is in the file (a missing field: its object). */
function regelVoor(regels: ReadonlyMap<string, number>, pad: readonly PropertyKey[]): number {
  for (let lengte = pad.length; lengte >= 0; lengte--) {
    const regel = regels.get(padTekst(pad.slice(0, lengte)));
    if (regel !== undefined) return regel;
  }
  return 1;
}

/**
 * The line each value starts on, by its path. Only run on text JSON.parse accepted, so it may be
 * lenient: it follows the structure and never validates.
 */
function regelsPerPad(tekst: string): Map<string, number> {
  const regels = new Map<string, number>();
  let i = 0;
  let regel = 1;
  const spatie = (): void => {
    while (i < tekst.length && /\s/.test(tekst.charAt(i))) {
      if (tekst.charAt(i) === "\n") regel++;
      i++;
    }
  };
  const tekenreeks = (): string => {
    const begin = i;
    i++;
    while (i < tekst.length && tekst.charAt(i) !== '"') i += tekst.charAt(i) === "\\" ? 2 : 1;
    i++;
    return JSON.parse(tekst.slice(begin, i)) as string;
  };
  const waarde = (pad: PropertyKey[]): void => {
    spatie();
    regels.set(padTekst(pad), regel);
    const teken = tekst.charAt(i);
    if (teken === "{" || teken === "[") {
      const sluit = teken === "{" ? "}" : "]";
      i++;
      spatie();
      for (let n = 0; i < tekst.length && tekst.charAt(i) !== sluit; n++) {
        if (teken === "{") {
          const sleutel = tekenreeks();
          spatie();
          i++; // ':'
          waarde([...pad, sleutel]);
        } else {
          waarde([...pad, n]);
        }
        spatie();
        if (tekst.charAt(i) === ",") i++;
        spatie();
      }
      i++;
    } else if (teken === '"') {
      tekenreeks();
    } else {
      while (i < tekst.length && !/[\s,\]}]/.test(tekst.charAt(i))) i++;
    }
  };
  waarde([]);
  return regels;
}
