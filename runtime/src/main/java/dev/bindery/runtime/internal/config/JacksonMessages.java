package dev.bindery.runtime.internal.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/** Turns Jackson parser messages into one short line without source dumps. */
final class JacksonMessages {

  private static final Pattern SOURCE_REF =
      Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

  private JacksonMessages() {}

  static String clean(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    message = SOURCE_REF.matcher(message).replaceAll("line $1, column $2");
    message = message.replaceAll("\\s+", " ").trim();
    while (message.endsWith(".")) {
      message = message.substring(0, message.length() - 1);
    }
    return message;
  }
}
