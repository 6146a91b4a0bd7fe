import { helper } from "./helpers.js";

export default {
  fetch() {
    return new Response(helper());
  },
};
