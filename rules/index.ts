/** The rules module's public face: pure functions and data, no framework, no I/O, no clock. */
export * from "./types";
export * from "./regels";
export * from "./parameters";
export * from "./zorgprofiel";
export * from "./indicatie";
export * from "./leveringsvorm";
export * from "./aanvraag";
export * from "./geld";
export * from "./budgetplan";
export * from "./identificatie";
export * from "./zorgovereenkomst";
export * from "./declaratie";
export * from "./datum";
export * from "./toekenning";
export * from "./buitenland";
export * from "./zorgkantoor";
export * from "./beoordeel";
