/**
 * Buttons and button-like links, GOV.UK style: a flat button with a darker bottom edge, yellow
 * with a black edge on focus. Server components: a submit button needs no script to post a form.
 */
import Link from "@/components/link";
import type { ReactNode } from "react";
import { KnopWoord } from "./component-woorden";

export type KnopVariant = "primair" | "secundair" | "waarschuwing";

// The bottom edge is a box-shadow, moved into the margin so buttons do not jump when pressed.
const BASIS =
  "relative mb-[22px] inline-block w-full cursor-pointer rounded-none border-2 border-transparent px-3 pt-2 pb-[7px] " +
  "text-center text-[1.1875rem] leading-tight font-bold no-underline sm:w-auto " +
  "active:top-0.5 active:shadow-none disabled:cursor-not-allowed disabled:opacity-50 " +
  "focus-visible:border-focus focus-visible:bg-focus focus-visible:text-inkt focus-visible:shadow-[0_2px_0_var(--color-inkt)] " +
  "focus-visible:outline-3 focus-visible:outline-offset-0 focus-visible:outline-transparent";

const VARIANT: Record<KnopVariant, string> = {
  primair: "bg-goed text-white visited:text-white shadow-[0_2px_0_#002d18] hover:bg-[#005a30]",
  secundair: "bg-vlak text-inkt visited:text-inkt shadow-[0_2px_0_#858686] hover:bg-[#dbdad9]",
  waarschuwing: "bg-fout text-white visited:text-white shadow-[0_2px_0_#55150b] hover:bg-[#8e0b18]",
};

export function knopKlassen(variant: KnopVariant = "primair"): string {
  return `${BASIS} ${VARIANT[variant]}`;
}

export interface KnopProps {
  /** Defaults to "Doorgaan", the wizard's usual submit. */
  children?: ReactNode;
  variant?: KnopVariant;
  type?: "submit" | "button";
  id?: string;
  name?: string;
  value?: string;
  /** A URL, or a React 19 server action for this button only. */
  formAction?: string | ((formData: FormData) => void | Promise<void>);
  formNoValidate?: boolean;
  disabled?: boolean;
}

export function Knop({ children, variant = "primair", type = "submit", ...rest }: KnopProps) {
  return (
    <button type={type} className={knopKlassen(variant)} {...rest}>
      {children ?? <KnopWoord knop="doorgaan" />}
    </button>
  );
}

export interface KnopLinkProps {
  href: string;
  /** Defaults to "Start nu". */
  children?: ReactNode;
  variant?: KnopVariant;
  /** The GOV.UK start button: larger, with an arrow. */
  start?: boolean;
}

/** A link that looks like a button, for navigation ("Start nu"); it stays a link for assistive tech. */
export function KnopLink({ href, children, variant = "primair", start = false }: KnopLinkProps) {
  return (
    <Link
      href={href}
      draggable={false}
      className={`${knopKlassen(variant)} ${start ? "inline-flex items-center justify-center gap-2 text-2xl sm:justify-start" : ""}`}
    >
      {children ?? <KnopWoord knop="startNu" />}
      {start && (
        <svg
          aria-hidden="true"
          focusable="false"
          width="17.5"
          height="19"
          viewBox="0 0 33 40"
          className="shrink-0 fill-current"
        >
          <path d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      )}
    </Link>
  );
}

export interface TerugLinkProps {
  href: string;
  /** Defaults to "Terug". */
  children?: ReactNode;
}

/** GOV.UK back link: above the content, with a chevron drawn by borders. */
export function TerugLink({ href, children }: TerugLinkProps) {
  return (
    <Link
      href={href}
      className={
        "niet-printen relative mb-4 inline-block pl-[14px] text-base text-inkt visited:text-inkt " +
        "before:absolute before:top-0 before:bottom-0 before:left-[3px] before:my-auto before:size-[7px] " +
        "before:-rotate-45 before:border-t-2 before:border-l-2 before:border-current"
      }
    >
      {children ?? <KnopWoord knop="terug" />}
    </Link>
  );
}
