import { describe, expect, it } from "vitest";
import { eersteWaarde, waardenUit } from "./zoekparameters";

describe("waardenUit", () => {
  it("keeps only the form's own fields; none there means not submitted", () => {
    expect(waardenUit({ land: "ES", anders: "x" }, ["land", "weken"])).toEqual({ land: "ES" });
    expect(waardenUit({ anders: "x" }, ["land"])).toBeNull();
    expect(waardenUit({}, ["land"])).toBeNull();
  });

  it("an empty field counts as submitted; a repeated one stays a list", () => {
    expect(waardenUit({ land: "" }, ["land"])).toEqual({ land: "" });
    expect(waardenUit({ land: ["ES", "MA"] }, ["land"])).toEqual({ land: ["ES", "MA"] });
  });
});

describe("eersteWaarde", () => {
  it("the first of a list, or the value, or empty", () => {
    expect(eersteWaarde(["ES", "MA"])).toBe("ES");
    expect(eersteWaarde("ES")).toBe("ES");
    expect(eersteWaarde(undefined)).toBe("");
  });
});
