// GET /?url=U fetches U and reports what happened.
export default {
  async fetch(request) {
    const target = new URL(request.url).searchParams.get("url");
    try {
      const response = await fetch(target);
      return new Response(`status ${response.status}`);
    } catch (e) {
      return new Response(`${e.constructor.name}: ${e.message}`);
    }
  },
};
