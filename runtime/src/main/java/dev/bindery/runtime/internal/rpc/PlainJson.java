package dev.bindery.runtime.internal.rpc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The JSON text of a message whose tokens hold nothing but plain data: plain objects, dense arrays,
 * strings, booleans, null and finite numbers other than -0, with no shared references. The
 * receiver then builds the value with its engine's native {@code JSON.parse} instead of walking
 * the tokens in interpreted JS. {@code JSON.parse} gives exactly what the token decoder would:
 * fresh objects, keys in the same order, and {@code "__proto__"} as an own property.
 */
public final class PlainJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private PlainJson() {}

  /** The JSON text of the value the tokens encode, or null when they encode anything but plain data. */
  public static String of(Object[] tokens) {
    if (!isPlain(tokens)) {
      return null;
    }
    StringWriter text = new StringWriter(tokens.length * 8);
    try (JsonGenerator out = FACTORY.createGenerator(text)) {
      new Writer(tokens, out).value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** Whether the tokens are one plain value and nothing else (checked before any text is written). */
  static boolean isPlain(Object[] tokens) {
    return tokens.length > 0 && new Checker(tokens).value() == tokens.length;
  }

  private static final class Checker {
    private final Object[] tokens;
    // Deeply nested values go to core.js's decoder, which counts V8's nesting budget (and fails
    // where workerd does); Jackson would refuse them anyway (1,000 levels at most).
    private static final int MAX_LEVELS = 500;
    private int depth;

    Checker(Object[] tokens) {
      this.tokens = tokens;
    }

    /** The index after the value starting at {@code i}, or -1 when it is not plain data. */
    int value() {
      return value(0);
    }

    private int value(int i) {
      if (i >= tokens.length || !(tokens[i] instanceof Integer tag)) {
        return -1;
      }
      switch (tag) {
        case JavaValues.NULL, JavaValues.TRUE, JavaValues.FALSE:
          return i + 1;
        case JavaValues.STR:
          return i + 1 < tokens.length && tokens[i + 1] instanceof String ? i + 2 : -1;
        case JavaValues.NUM:
          return i + 1 < tokens.length && isJsonNumber(tokens[i + 1]) ? i + 2 : -1;
        case JavaValues.OBJ:
          return object(i + 1);
        case JavaValues.ARR:
          return array(i + 1);
        default:
          return -1;
      }
    }

    private int object(int i) {
      if (i >= tokens.length || !(tokens[i] instanceof Integer n)) {
        return -1;
      }
      i++;
      if (++depth > MAX_LEVELS) {
        return -1;
      }
      for (int k = 0; k < n && i >= 0; k++) {
        i = i < tokens.length && tokens[i] instanceof String ? value(i + 1) : -1;
      }
      depth--;
      return i;
    }

    // Only dense arrays: JSON cannot carry holes or named array properties.
    private int array(int i) {
      if (i + 1 >= tokens.length || !(tokens[i] instanceof Integer length) || !length.equals(tokens[i + 1])) {
        return -1;
      }
      i += 2;
      if (++depth > MAX_LEVELS) {
        return -1;
      }
      for (int k = 0; k < length && i >= 0; k++) {
        i = i < tokens.length && Integer.toString(k).equals(tokens[i]) ? value(i + 1) : -1;
      }
      depth--;
      return i;
    }

    private static boolean isJsonNumber(Object n) {
      if (n instanceof Integer) {
        return true;
      }
      return n instanceof Double d && Double.isFinite(d) && !(d == 0 && 1 / d < 0);
    }
  }

  private static final class Writer {
    private final Object[] tokens;
    private final JsonGenerator out;
    private int i;

    Writer(Object[] tokens, JsonGenerator out) {
      this.tokens = tokens;
      this.out = out;
    }

    void value() throws IOException {
      int tag = (Integer) tokens[i++];
      switch (tag) {
        case JavaValues.NULL -> out.writeNull();
        case JavaValues.TRUE -> out.writeBoolean(true);
        case JavaValues.FALSE -> out.writeBoolean(false);
        case JavaValues.STR -> out.writeString((String) tokens[i++]);
        case JavaValues.NUM -> {
          Object n = tokens[i++];
          if (n instanceof Integer k) {
            out.writeNumber(k);
          } else {
            out.writeNumber((Double) n);
          }
        }
        case JavaValues.OBJ -> {
          int n = (Integer) tokens[i++];
          out.writeStartObject();
          for (int k = 0; k < n; k++) {
            out.writeFieldName((String) tokens[i++]);
            value();
          }
          out.writeEndObject();
        }
        case JavaValues.ARR -> {
          int n = (Integer) tokens[i++];
          i++; // the element count, equal to the length for a dense array
          out.writeStartArray();
          for (int k = 0; k < n; k++) {
            i++; // the index key
            value();
          }
          out.writeEndArray();
        }
        default -> throw new IllegalStateException("internal error: not plain clone tokens");
      }
    }
  }
}
