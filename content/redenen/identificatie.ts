/** Texts for identifying a zorgverlener on the budgetplan (BP-04, BP-05). B1 Dutch, the reader is "u". */
export const identificatieTeksten = {
  kvk: "Dit is een professionele organisatie of een zzp'er. Vul op het budgetplan het KVK-nummer in. Dat nummer heeft 8 cijfers. U kunt het nummer vragen aan de zorgverlener.",
  bsn: "Dit is een informele zorgverlener. Vul op het budgetplan zijn of haar burgerservicenummer (BSN) in.",
  onbekend:
    "Koopt u zorg in bij een organisatie of een zzp'er? Vul dan het KVK-nummer in. Koopt u zorg in bij een informele zorgverlener? Vul dan zijn of haar burgerservicenummer (BSN) in.",
  bsnOngeldig: "Dit burgerservicenummer klopt niet. Een BSN heeft 9 cijfers. Kijk het nummer goed na.",
  kvkOngeldig: "Dit KVK-nummer klopt niet. Een KVK-nummer heeft 8 cijfers.",
} as const;
