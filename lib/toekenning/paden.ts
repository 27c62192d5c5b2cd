/** The URLs of stap 4: the step page (the task list links there) and its four parts. */
import { controlePad } from "@/lib/wizard/paden";

export const TOEKENNING = controlePad("toekenning");

export const TOEKENNING_DELEN = ["beschikking", "eigen-bijdrage", "einde", "buitenland"] as const;
export type ToekenningDeel = (typeof TOEKENNING_DELEN)[number];

export const toekenningDeelPad = (deel: ToekenningDeel): string => `${TOEKENNING}/${deel}`;
