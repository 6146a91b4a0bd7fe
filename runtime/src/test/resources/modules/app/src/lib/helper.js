export const helper = "lib/helper.js";
