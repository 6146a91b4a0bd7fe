import secret from "../../../../../../pom.xml";

export default {
  fetch() {
    return new Response(String(secret));
  },
};
