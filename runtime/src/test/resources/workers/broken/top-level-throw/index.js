const key = undefined;
if (!key) {
  throw new Error("API_KEY is not configured");
}

export default {
  fetch() {
    return new Response("x");
  },
};
