export const value = "util.js";
