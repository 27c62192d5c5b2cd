/** The public sources the product is built on, named on the pages that use them. */
export const bronnen = {
  brochure: {
    titel: "Zelf uw zorg inkopen in 6 stappen. Persoonsgebonden budget Wlz",
    uitgever: "Zorgverzekeraars Nederland",
    datum: "situatie per 1 januari 2022",
  },
  vindUwZorgkantoor: {
    titel: "Vind uw zorgkantoor",
    uitgever: "Zorgverzekeraars Nederland",
    datum: "webpagina",
  },
} as const;
