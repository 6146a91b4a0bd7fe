// Workers run in UTC with the en-US locale, whatever the machine's settings.
const d = new Date(Date.UTC(2024, 0, 15, 13, 45, 30, 123));
const tests = {
  "/tostring": () => d.toString(),
  "/offset": () => d.getTimezoneOffset(),
  "/hours": () => d.getHours(),
  "/locale": () => d.toLocaleString(),
  "/locale-date": () => d.toLocaleDateString(),
  "/locale-time": () => d.toLocaleTimeString(),
  "/intl-tz": () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  "/intl-locale": () => Intl.DateTimeFormat().resolvedOptions().locale,
  "/number-locale": () => (1234567.891).toLocaleString(),
  "/number-de": () => (1234567.891).toLocaleString("de-DE"),
  "/date-string": () => d.toDateString(),
  "/time-string": () => d.toTimeString(),
  "/parse-local": () => new Date("2024-01-15T10:00:00").toISOString(),
  "/collator": () => ["b", "a", "C", "ä"].sort(new Intl.Collator().compare).join(","),
  "/zone-short": () => d.toLocaleString("en-US", { timeZoneName: "short" }),
  "/zone-long": () => d.toLocaleTimeString("en-US", { timeZoneName: "long" }),
  "/explicit-zone": () => d.toLocaleString("en-US", { timeZone: "Asia/Tokyo" }),
  "/explicit-utc": () => new Intl.DateTimeFormat("en-US", { timeZone: "UTC" }).resolvedOptions().timeZone,
  "/de-time": () => d.toLocaleTimeString("de-DE"),
  "/utc-string": () => d.toUTCString(),
};
export default {
  async fetch(request) {
    const name = new URL(request.url).pathname;
    try { return new Response(`ok ${JSON.stringify(await tests[name]())}`); }
    catch (e) { return new Response(`threw ${e.constructor.name} ${JSON.stringify(e.message)}`); }
  },
};
