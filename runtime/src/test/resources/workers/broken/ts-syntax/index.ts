export default {
  fetch(): Response {
    const x: number = ;
    return new Response(String(x));
  },
};
