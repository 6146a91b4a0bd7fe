package dev.bindery.runtime;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Locates the config fixtures under {@code src/test/resources/configs}. */
final class ConfigFixtures {

  private ConfigFixtures() {}

  static Path fixture(String relative) {
    URL url = ConfigFixtures.class.getResource("/configs/" + relative);
    if (url == null) {
      throw new IllegalArgumentException("No fixture configs/" + relative);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
