"use client";
/**
 * One question page's form. Without JavaScript it is a plain `<form>` posting to a server action,
 * which validates, saves and redirects, or renders the page again with the errors and the typed
 * values. With JavaScript, react-hook-form runs the same zod schema first, so most mistakes are
 * shown without a round trip; the server still validates every submit.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useId, useRef, useState, type ReactNode } from "react";
import { useForm, type FieldValues, type Resolver } from "react-hook-form";
import type * as z from "zod";
import { vraagFormulier as vraagFormulierEn } from "@/content/en/vraag-formulier";
import type { Taal } from "@/content/taal";
import { inTaal } from "@/content/vertaling";
import { vraagFormulier as vraagFormulierNl } from "@/content/vraag-formulier";
import { normaliseerWaarden } from "@/lib/wizard/formulier";
import type { FormulierStatus } from "@/lib/wizard/formulier-status";
import type { VeldDefinitie, VeldFouten, Waarden } from "@/lib/wizard/types";
import { somTekst } from "@/lib/budgetplan/som";
import { laadSchema } from "@/lib/wizard/formulier-schemas";
import { FoutSamenvatting } from "./foutmelding-samenvatting";
import { Knop } from "./knoppen";
import { Melding } from "./melding";
import { DeelRegel, PaginaKop } from "./pagina-kop";
import { LiveSom } from "./live-som";
import { eenWaarde } from "./veld-onderdelen";
import type { StapDeel, StapSlug } from "@/lib/wizard/stappen";
import { Velden } from "./velden";
import { useComponentWoorden } from "./component-woorden";
import { useTaal } from "./taal";

type Actie = (vorige: FormulierStatus, formData: FormData) => Promise<FormulierStatus>;

export interface VraagFormulierProps {
  actie: Actie;
  /** Which shared schema validates in the browser: a form's name or a question's slug (lib/wizard/formulier-schemas.ts). */
  schema: string;
  /** The step the page belongs to, for "Stap n van 6". */
  stap?: StapSlug;
  /** "Pagina 4 van 12" under the h1 (lib/wizard/stappen.ts deelVanStap). */
  deel?: StapDeel | null;
  titel: string;
  velden: VeldDefinitie[];
  waarden: Waarden;
  /** Hidden fields the engine needs (step, question, draft version). */
  verborgen?: Record<string, string>;
  knop?: string;
  /** Explanation between the heading and the fields, rendered on the server. */
  children?: ReactNode;
  /** Without a heading of its own (the start page has one already). */
  zonderKop?: boolean;
  /**
   * The budgetplan's sum of two of the fields (hours × uurtarief), after the fields: worked out
   * from the values shown, so also from the posted ones after an error without JavaScript.
   */
  som?: { urenVeld: string; tariefVeld: string };
  /**
   * Link glossary terms in the fields' hints, after the terms the page linked above the form
   * (lib/begrippen.ts); not given: no links.
   */
  begrippenEerder?: readonly string[];
}

/**
 * react-hook-form's resolver for the form's shared zod schema, which is loaded on first use
 * (lib/wizard/formulier-schemas.ts), with its messages in the page's language, as the server's. react-hook-form hands over `null`/`false` for empty groups;
 * normalise as the server does. A schema that cannot be loaded (offline) checks nothing here:
 * the server still does.
 */
function maakResolver(naam: string, taal: Taal): { resolver: Resolver<FieldValues>; laad: () => Promise<unknown> } {
  let geladen: Promise<Resolver<FieldValues> | null> | undefined;
  const laad = () =>
    (geladen ??= laadSchema(naam, taal).then(
      (schema) => (schema === null ? null : (zodResolver(schema as z.ZodType<FieldValues, FieldValues>) as Resolver<FieldValues>)),
      () => null,
    ));
  const resolver: Resolver<FieldValues> = async (waarden, context, opties) => {
    const zod = await laad();
    return zod === null ? { values: waarden, errors: {} } : zod(normaliseerWaarden(waarden), context, opties);
  };
  return { resolver, laad };
}

/**
 * The values the fields hold when the form hydrates: the server's, or what the person already
 * chose while the script was loading. react-hook-form writes its default values into radio and
 * checkbox groups as it registers them, so they must be what the page shows, or an early choice
 * is undone. Outside hydration (no server HTML yet) the given values.
 */
function waardenInPagina(formulierId: string, velden: VeldDefinitie[], terugval: Waarden): Waarden {
  if (typeof document === "undefined") return terugval;
  const formulier = document.getElementById(formulierId);
  if (!(formulier instanceof HTMLFormElement)) return terugval;
  const data = new FormData(formulier);
  const tekst = (w: FormDataEntryValue): w is string => typeof w === "string";
  return Object.fromEntries(
    velden.map((veld) => [veld.naam, veld.soort === "checkboxes" ? data.getAll(veld.naam).filter(tekst) : data.getAll(veld.naam).filter(tekst)[0] ?? ""]),
  );
}

export function VraagFormulier(props: VraagFormulierProps) {
  const { actie, schema, stap, deel = null, titel, velden, verborgen = {}, knop, children, zonderKop = false, som, begrippenEerder } = props;
  const taal = useTaal();
  const woorden = useComponentWoorden();
  const formulierWoorden = inTaal(taal, vraagFormulierNl, vraagFormulierEn);
  const [status, formActie, bezig] = useActionState(actie, { fouten: {}, waarden: props.waarden });
  const [clientFouten, zetClientFouten] = useState<VeldFouten | null>(null);
  const formulier = useRef<HTMLFormElement>(null);
  // The error summary takes focus (GOV.UK); react-hook-form must not move it to the field after.
  const formulierId = useId();
  const [beginWaarden] = useState(() => waardenInPagina(formulierId, velden, status.waarden));
  const [{ resolver, laad }] = useState(() => maakResolver(schema, taal));
  const vorm = useForm<FieldValues>({ defaultValues: beginWaarden, resolver, shouldFocusError: false });

  const fouten = clientFouten ?? status.fouten;
  const lijst = velden.filter((veld) => fouten[veld.naam] !== undefined).map((veld) => ({ naam: veld.naam, tekst: fouten[veld.naam] ?? "" }));
  // With an explanation above the fields the h1 must come first, so no group becomes the heading.
  const kopInLegend = !zonderKop && children === undefined && velden.some((veld) => "alsKop" in veld && veld.alsKop);
  const getoondeVelden = kopInLegend || zonderKop ? velden : velden.map((veld) => ("alsKop" in veld ? { ...veld, alsKop: false } : veld));
  const kop = <PaginaKop stap={stap} titel={titel} alsLegend />;

  return (
    <>
      <FoutSamenvatting fouten={lijst} />
      {status.nietBewaard && (
        <Melding soort="waarschuwing" titel={formulierWoorden.nietBewaard.titel}>
          <p>{formulierWoorden.nietBewaard.tekst}</p>
        </Melding>
      )}
      {status.gewijzigd && (
        <Melding soort="waarschuwing" titel={formulierWoorden.gewijzigd.titel}>
          <p>{formulierWoorden.gewijzigd.tekst}</p>
          <p>
            <a href="">{formulierWoorden.gewijzigd.herladen}</a>
          </p>
        </Melding>
      )}
      {!kopInLegend && !zonderKop && <PaginaKop stap={stap} titel={titel} deel={deel} />}
      {children}
      <form
        id={formulierId}
        ref={formulier}
        action={formActie}
        noValidate
        // The schema is fetched when the person first works in the form (focus, pointer), not at
        // hydration: on a phone its chunks (zod and the questions, some 90 kB gzip) otherwise
        // download and run while the page is still loading (docs/decisions/030-snelheid.md,
        // addendum 2026-12-05). A submit without either still waits for it in the resolver.
        onFocus={() => void laad()}
        onPointerDown={() => void laad()}
        onSubmit={(gebeurtenis) => {
          gebeurtenis.preventDefault();
          void vorm.handleSubmit(
            () => {
              zetClientFouten(null);
              const element = formulier.current;
              if (element) startTransition(() => formActie(new FormData(element)));
            },
            (rhfFouten) => {
              const nieuw: VeldFouten = {};
              for (const [naam, fout] of Object.entries(rhfFouten)) nieuw[naam] = String(fout?.message ?? "");
              zetClientFouten(nieuw);
            },
          )(gebeurtenis);
        }}
      >
        {Object.entries(verborgen).map(([naam, waarde]) => (
          <input key={naam} type="hidden" name={naam} value={waarde} />
        ))}
        <Velden
          velden={getoondeVelden}
          waarden={status.waarden}
          fouten={fouten}
          invoerProps={(naam) => vorm.register(naam)}
          kop={kopInLegend ? kop : undefined}
          naKop={kopInLegend && deel !== null ? <DeelRegel deel={deel} className="mt-0 mb-4" /> : undefined}
          begrippenEerder={begrippenEerder}
        />
        {som && <LiveSom {...som} begin={somTekst(eenWaarde(status.waarden[som.urenVeld]) ?? "", eenWaarde(status.waarden[som.tariefVeld]) ?? "")} />}
        <Knop disabled={bezig}>{knop ?? woorden.knoppen.doorgaan}</Knop>
      </form>
    </>
  );
}
