export default function handler(req) { return new Response("function fetch"); }
