interface Settings {
  apiKey?: string;
  region: string;
}

type Region = "eu" | "us";

const region: Region = "eu";

const settings: Settings = { region };

if (!settings.apiKey) {
  throw new Error("API_KEY is not configured");
}

export default {
  fetch(): Response {
    return new Response(settings.region);
  },
};
