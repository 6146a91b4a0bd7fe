package dev.bindery.runtime.internal.rpc;

import java.nio.charset.StandardCharsets;

/**
 * The size a value would have in workerd's wire format (V8's ValueSerializer), computed from
 * clone tokens, for the 32 MiB limit on one RPC message. Exact for the shapes that reach the
 * limit in practice (large strings and byte arrays, arrays and objects of them).
 */
public final class MessageSize {

  /** workerd's limit on one serialized RPC message (arguments, or a return value). */
  public static final long LIMIT = 32L * 1024 * 1024;

  private final Object[] t;
  private int i;

  private MessageSize(Object[] tokens) {
    this.t = tokens;
  }

  /** The error text when tokens exceed the limit, or null when they fit. */
  public static String checkLimit(Object[] tokens) {
    long rough = tokens.length * 10L;
    for (Object o : tokens) {
      if (o instanceof String s) {
        rough += s.length() * 2L;
      } else if (o instanceof byte[] b) {
        rough += b.length;
      }
    }
    if (rough <= LIMIT) {
      return null;
    }
    long size = of(tokens);
    return size <= LIMIT ? null
        : "Serialized RPC arguments or return values are limited to 32MiB, but the size of this value was: " + size
            + " bytes.";
  }

  /** The serialized size in bytes, with V8's two-byte header. */
  public static long of(Object[] tokens) {
    MessageSize m = new MessageSize(tokens);
    m.pos = 2;
    m.value();
    return m.pos;
  }

  // Bytes written so far: V8 pads before a two-byte string so that its characters are aligned.
  private long pos;

  private int tag() {
    return ((Number) t[i++]).intValue();
  }

  private static int varint(long v) {
    int n = 1;
    while (v >= 0x80) {
      v >>>= 7;
      n++;
    }
    return n;
  }

  private void add(long n) {
    pos += n;
  }

  private void string(String s) {
    boolean oneByte = s.chars().allMatch(c -> c < 256);
    long bytes = oneByte ? s.length() : s.length() * 2L;
    if (!oneByte && ((pos + 1 + varint(bytes)) & 1) != 0) {
      add(1); // kPadding
    }
    add(1 + varint(bytes) + bytes);
  }

  private void headers() {
    int n = tag();
    add(2);
    for (int k = 0; k < 2 * n; k++) {
      string((String) t[i++]);
    }
  }

  private void value() {
    int tag = tag();
    switch (tag) {
      case JavaValues.UNDEF, JavaValues.NULL, JavaValues.TRUE, JavaValues.FALSE -> add(1);
      case JavaValues.NEGZERO -> add(9);
      case JavaValues.NUM, JavaValues.WNUM -> {
        Object n = t[i++];
        add(n instanceof Integer v ? 1 + varint(((long) v << 1) ^ (v >> 31)) : 9);
      }
      case JavaValues.STR -> string((String) t[i++]);
      case JavaValues.WSTR -> {
        add(1);
        string((String) t[i++]);
      }
      case JavaValues.BIGINT, JavaValues.WBIG -> add(2 + ((String) t[i++]).length() / 2 + 8);
      case JavaValues.WBOOL -> {
        i++;
        add(1);
      }
      case JavaValues.REF -> add(1 + varint(((Number) t[i++]).longValue()));
      case JavaValues.ARR -> {
        int length = tag();
        int n = tag();
        add(1 + varint(length));
        for (int k = 0; k < n; k++) {
          i++; // the index
          value();
        }
        add(1 + varint(0) + varint(length));
      }
      case JavaValues.OBJ -> {
        int n = tag();
        add(1);
        for (int k = 0; k < n; k++) {
          string((String) t[i++]);
          value();
        }
        add(1 + varint(n));
      }
      case JavaValues.DATE -> {
        i++;
        add(9);
      }
      case JavaValues.REGEXP -> {
        add(1);
        string((String) t[i++]);
        add(1 + (((String) t[i++]).length() > 0 ? 1 : 0));
      }
      case JavaValues.MAP, JavaValues.SET -> {
        int n = tag();
        add(1);
        for (int k = 0; k < n * (tag == JavaValues.MAP ? 2 : 1); k++) {
          value();
        }
        add(1 + varint(n));
      }
      case JavaValues.ABUF -> {
        Object b = t[i++];
        long len = b instanceof byte[] bytes ? bytes.length : 0;
        add(1 + varint(len) + len);
      }
      case JavaValues.RABUF -> {
        Object b = t[i++];
        long len = b instanceof byte[] bytes ? bytes.length : 0;
        long max = ((Number) t[i++]).longValue();
        add(1 + varint(len) + varint(max) + len);
      }
      case JavaValues.SAB -> {
        i++;
        add(5);
      }
      case JavaValues.VIEW, JavaValues.DVIEW, JavaValues.TVIEW -> {
        if (tag != JavaValues.DVIEW) {
          i++; // view type
        }
        value();
        long off = ((Number) t[i++]).longValue();
        long len = tag == JavaValues.TVIEW ? 0 : ((Number) t[i++]).longValue();
        add(2 + varint(off) + varint(len) + 1);
      }
      case JavaValues.STUB -> {
        i += 2;
        add(8);
      }
      case JavaValues.STREAM, JavaValues.WSTREAM -> {
        i++;
        add(8);
      }
      case JavaValues.HEADERS -> headers();
      case JavaValues.REQUEST, JavaValues.RESPONSE -> {
        add(1);
        for (int k = 0; k < (tag == JavaValues.REQUEST ? 4 : 2); k++) {
          Object o = t[i++];
          if (o instanceof String str) {
            string(str);
          } else {
            add(5);
          }
        }
        i++; // HEADERS tag
        headers();
        value();
        if (tag == JavaValues.REQUEST) {
          i++; // cache mode
        }
      }
      case JavaValues.ERR -> {
        i++;
        add(2);
        string((String) t[i++]);
        string((String) t[i++]);
        if (Boolean.TRUE.equals(t[i++])) {
          value();
        }
      }
      case JavaValues.ERRN -> {
        add("Error".equals(t[i++]) ? 1 : 2); // kError, then the prototype's tag unless Error
        for (int k = 0; k < 2; k++) { // message, stack
          if (t[i++] instanceof String str) {
            add(1);
            string(str);
          }
        }
        if (Boolean.TRUE.equals(t[i++])) {
          add(1);
          value();
        }
        add(1);
      }
      case JavaValues.ERRH -> {
        boolean unknown = "UNKNOWN".equals(t[i++]);
        add(9);
        if (unknown) {
          value();
        }
        value();
        value();
      }
      default -> add((String.valueOf(t[i - 1])).getBytes(StandardCharsets.UTF_8).length);
    }
  }
}
