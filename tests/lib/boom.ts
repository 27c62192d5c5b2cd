/**
 * What a server component page returned, checked the way React's server renderer would: every
 * child is text, a number, an element or a list of those. A function or a plain object as a child
 * is what made `/hervat/mislukt?reden=toString` a 500 (React refuses to send it to the browser);
 * here it fails the test with the path to it. Async components (server components) are run with
 * their props and their result walked too; other components are not called (client components
 * need a React renderer for their hooks), only their props.
 */
import { isValidElement, type ReactElement } from "react";

export interface Boom {
  /** Every text of the tree, in order. */
  teksten: string[];
}

type Component = (props: unknown) => unknown;

function isAsyncFunctie(waarde: unknown): waarde is Component {
  return typeof waarde === "function" && waarde.constructor.name === "AsyncFunction";
}

/** Walks `knoop`; throws with the path to the first child React could not send. */
export async function loopBoom(knoop: unknown): Promise<Boom> {
  const teksten: string[] = [];
  await loop(knoop, "pagina", teksten);
  return { teksten };
}

async function loop(knoop: unknown, pad: string, teksten: string[]): Promise<void> {
  if (knoop === null || knoop === undefined || typeof knoop === "boolean") return;
  if (typeof knoop === "string" || typeof knoop === "number" || typeof knoop === "bigint") {
    teksten.push(String(knoop));
    return;
  }
  if (Array.isArray(knoop)) {
    for (const [i, kind] of knoop.entries()) await loop(kind, `${pad}[${i}]`, teksten);
    return;
  }
  if (isValidElement(knoop)) {
    const element = knoop as ReactElement<Record<string, unknown>>;
    const naam = typeof element.type === "string" ? element.type : ((element.type as { name?: string }).name ?? "?");
    if (isAsyncFunctie(element.type)) {
      await loop(await element.type(element.props), `${pad} > ${naam}`, teksten);
      return;
    }
    for (const [prop, waarde] of Object.entries(element.props ?? {})) {
      if (prop === "children" || isValidElement(waarde)) await loop(waarde, `${pad} > ${naam}.${prop}`, teksten);
    }
    return;
  }
  const soort = typeof knoop === "function" ? `function ${(knoop as { name?: string }).name ?? ""}` : Object.prototype.toString.call(knoop);
  throw new Error(`${pad}: React cannot render ${soort} as a child`);
}
