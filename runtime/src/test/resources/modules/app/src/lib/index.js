import { helper } from "./helper";
export const value = `lib/index.js with ${helper}`;
