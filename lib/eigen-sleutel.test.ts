import { describe, expect, it } from "vitest";
import { PROTOTYPE_NAMEN } from "@/tests/lib/vreemde-invoer";
import { isBeantwoord } from "@/lib/wizard/journey";
import { laadSchema } from "@/lib/wizard/formulier-schemas";
import { benaderTeken } from "@/lib/pdf/tekst";
import { eigenWaarde, isEigenSleutel } from "./eigen-sleutel";

describe("own keys only", () => {
  const redenen = { verlopen: "a", geen: "b" } as const;

  it("finds an own key, never an inherited one", () => {
    expect(isEigenSleutel(redenen, "verlopen")).toBe(true);
    expect(eigenWaarde(redenen, "geen")).toBe("b");
    for (const naam of PROTOTYPE_NAMEN) {
      expect(isEigenSleutel(redenen, naam), naam).toBe(false);
      expect(eigenWaarde(redenen, naam), naam).toBeUndefined();
    }
    for (const geenTekst of [undefined, null, 1, ["verlopen"], { toString: () => "verlopen" }]) expect(isEigenSleutel(redenen, geenTekst)).toBe(false);
  });

  it("the lookups by a name from outside answer 'not there' for prototype names", async () => {
    for (const naam of PROTOTYPE_NAMEN) {
      expect(isBeantwoord(naam, {}), naam).toBe(false);
      expect(await laadSchema(naam), naam).toBeNull();
      expect(typeof benaderTeken(naam, () => true), naam).toBe("string");
    }
  });
});
