export default { fetch(req) { return new Response(`saw ${req.url}`); } };
