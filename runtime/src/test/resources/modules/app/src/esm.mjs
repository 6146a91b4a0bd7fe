export const value = "esm.mjs";
