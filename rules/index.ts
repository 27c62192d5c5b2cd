export * from "./types";
export * from "./regels";
export * from "./parameters";
