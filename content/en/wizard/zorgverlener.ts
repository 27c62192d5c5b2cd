/**
 * The English of content/wizard/zorgverlener.ts: the form for one zorgverlener (care provider)
 * of the budgetplan. Error messages never say "you" or a name, as in the Dutch. Numbers are
 * entered the Dutch way (7,5 and 15,50), as the form reads them.
 */
import type { zorgverlenerFormulier as nl } from "@/content/wizard/zorgverlener";
import type { Vertaling } from "@/content/vertaling";

export const zorgverlenerFormulier: Vertaling<typeof nl> = {
  naam: {
    label: "Name of the care provider",
    hint: "The name of the organisation, the company or the person.",
    leeg: "Enter the name of the care provider.",
  },
  plaats: {
    label: "Town of the care provider",
    hint: "The town where the care provider lives or the company is.",
    leeg: "Enter the town of the care provider.",
  },
  soort: {
    label: "What kind of care provider is it?",
    hint: "This decides which number you enter: a KVK number or a BSN.",
    leeg: "Choose what kind of care provider it is.",
    opties: {
      instelling: {
        label: "An organisation (instelling)",
        hint: "An organisation with employees. For example a home care organisation or a care farm.",
      },
      zzp: {
        label: "A self-employed person (zzp’er)",
        hint: "Someone with their own business, without employees. A zzp’er is registered with the KVK (Chamber of Commerce).",
      },
      persoon: {
        label: "A person without their own business",
        hint: "For example a family member, a friend or the neighbour. This is called an informal care provider.",
      },
    },
  },
  relatie: {
    label: "Is the care provider family of the budget holder?",
    hint: "The budget holder (budgethouder) is the person who gets the pgb.",
    leeg: "Choose whether the care provider is family of the budget holder.",
    opties: {
      partner: {
        label: "Yes, the partner",
        hint: "The husband or wife, the registered partner or someone the budget holder lives with.",
      },
      "familie-1e-graad": {
        label: "Yes, family in the 1st degree",
        hint: "A parent or a child. Also a parent-in-law, son-in-law or daughter-in-law.",
      },
      "familie-2e-graad": {
        label: "Yes, family in the 2nd degree",
        hint: "A brother, sister, grandfather, grandmother or grandchild. Also a brother-in-law or sister-in-law.",
      },
      overig: {
        label: "No, someone else",
        hint: "For example a cousin, a nephew or niece, a friend, the neighbour or a care organisation.",
      },
    },
  },
  registraties: {
    label: "Where is the care provider registered? (optional)",
    hint: "Tick what is true. Is the care provider in neither? Then leave everything empty.",
    opties: {
      big: {
        label: "In the BIG register",
        hint: "The Dutch register of recognised care professions. For example a nurse or a doctor.",
      },
      kvk: {
        label: "With the KVK (Chamber of Commerce)",
        hint: "Companies are registered there. Self-employed people and care organisations too.",
      },
    },
  },
  nummer: {
    label: "KVK number or BSN",
    labelKvk: "KVK number",
    labelBsn: "BSN (citizen service number) of the care provider",
    hint: "An organisation or self-employed person: enter the KVK number (8 digits). A person without their own business: enter the BSN (9 digits).",
    hintKvk: "The KVK number has 8 digits. You can ask the care provider for it.",
    hintBsn: "The BSN has 9 digits. You can ask the care provider for it.",
    leeg: "Enter the KVK number or the BSN of the care provider.",
    leegKvk: "Enter the KVK number: 8 digits.",
    leegBsn: "Enter the BSN of the care provider: 9 digits.",
    kvkFout: "A KVK number has 8 digits. Check the number.",
    bsnFout: "This BSN is not right. Check the number. A BSN has 9 digits.",
    fout: "This number is not right. A KVK number has 8 digits. A BSN has 9 digits.",
  },
  overeenkomst: {
    label: "Which agreement will there be with the care provider?",
    hint: "The budget holder makes a zorgovereenkomst (care agreement) with each care provider. There are 2 kinds.",
    leeg: "Choose which agreement there will be with the care provider.",
    opties: {
      arbeidsovereenkomst: {
        label: "An employment contract (arbeidsovereenkomst)",
        hint: "The care provider is employed. The budget holder is then the employer.",
      },
      opdracht: {
        label: "A contract for services (overeenkomst van opdracht)",
        hint: "The care provider does an assignment. That is usually so for an organisation or a self-employed person.",
      },
      "weet-niet": {
        label: "I do not know yet",
        hint: "Then we assume what is most common.",
      },
    },
  },
  dagen: {
    label: "On how many days a week does the care provider work?",
    hint: "A number from 1 to 7.",
    leeg: "Enter on how many days a week the care provider works.",
    fout: "Enter a whole number of days, from 1 to 7.",
  },
  uren: {
    label: "How many hours a week does the care provider work?",
    hint: "For example 25 or 7,5 (with a comma). Half an hour is 0,5.",
    leeg: "Enter how many hours a week the care provider works.",
    fout: "Enter the number of hours as a number, for example 25 or 7,5.",
    bereik: "A week has 168 hours. Enter a number of hours above 0, up to 168.",
    meerDanDagen: (dagen: number, uren: number): string =>
      `${dagen === 1 ? "1 day has" : `${dagen} days have`} ${uren} hours. Enter fewer hours, or more days.`,
  },
  uurtarief: {
    label: "Hourly rate",
    hint: "For example 15 or 15,50 (with a comma). The gross amount per hour.",
    leeg: "Enter the hourly rate.",
    fout: "Enter the hourly rate as an amount, for example 15 or 15,50.",
    punt: "Use a comma for the cents, for example 15,50.",
    bereik: (max: string): string => `Enter an hourly rate above € 0, up to ${max}. This is the amount for 1 hour.`,
  },
};
