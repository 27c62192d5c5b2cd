import { describe, expect, it } from "vitest";
import { eigenPad, MAX_TERUG } from "./taal-keuze";

describe("eigenPad: the language switch only goes back to a page of this site", () => {
  it.each([
    ["/", "/"],
    ["/aanvraag/indicatie/heeft-indicatie", "/aanvraag/indicatie/heeft-indicatie"],
    ["/zorgkantoor?woonplaats=Zwolle", "/zorgkantoor?woonplaats=Zwolle"],
    ["/%2F%2Fvoorbeeld.nl", "/%2F%2Fvoorbeeld.nl"],
    ["/a/../b", "/b"],
  ])("%s goes to %s", (pad, verwacht) => {
    expect(eigenPad(pad)).toBe(verwacht);
  });

  it.each([
    null,
    "",
    "aanvraag",
    "//voorbeeld.nl/pad",
    "/\\voorbeeld.nl",
    "https://voorbeeld.nl/",
    "javascript:alert(1)",
    "/a b",
    "/\t/voorbeeld.nl",
    "/\n/voorbeeld.nl",
    `/${"a".repeat(MAX_TERUG)}`,
  ])("%j is refused", (pad) => {
    expect(eigenPad(pad)).toBeNull();
  });
});
