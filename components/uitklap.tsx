/**
 * GOV.UK details: native `<details>`/`<summary>`, so it opens without JavaScript and assistive
 * technology knows it is expandable. The triangle is drawn with borders (visible in Windows
 * contrast themes) and turns when open.
 */
import type { ReactNode } from "react";

export interface UitklapProps {
  samenvatting: ReactNode;
  children: ReactNode;
  /** "klein": inside an outcome ("Waarom?"), with less room around it. */
  maat?: "gewoon" | "klein";
}

export function Uitklap({ samenvatting, children, maat = "gewoon" }: UitklapProps) {
  return (
    <details className={`group ${maat === "klein" ? "mt-2 mb-0 text-base" : "mb-8"}`}>
      <summary
        className={
          "relative inline-block cursor-pointer list-none pl-6 text-link underline underline-offset-[0.15em] " +
          "hover:decoration-[3px] [&::-webkit-details-marker]:hidden " +
          "before:absolute before:top-[0.35em] before:left-0 before:size-0 before:border-y-[7px] before:border-l-[12px] " +
          "before:border-y-transparent before:border-l-current " +
          "group-open:before:top-[0.5em] group-open:before:border-x-[7px] group-open:before:border-t-[12px] group-open:before:border-b-0 " +
          "group-open:before:border-x-transparent group-open:before:border-t-current " +
          "focus-visible:bg-focus focus-visible:text-inkt focus-visible:no-underline focus-visible:shadow-[0_4px_0_var(--color-inkt)] focus-visible:outline-none"
        }
      >
        {samenvatting}
      </summary>
      <div className={`border-l-[5px] border-lijn pl-4 [&>*:last-child]:mb-0 ${maat === "klein" ? "mt-2 py-1" : "mt-3 py-3"}`}>{children}</div>
    </details>
  );
}
