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
    return 2 + m.value();
  }

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

  private static long string(String s) {
    boolean oneByte = s.chars().allMatch(c -> c < 256);
    long bytes = oneByte ? s.length() : s.length() * 2L;
    return 1 + varint(bytes) + bytes;
  }

  private long headers() {
    int n = tag();
    long size = 2;
    for (int k = 0; k < 2 * n; k++) {
      size += string((String) t[i++]);
    }
    return size;
  }

  private long value() {
    int tag = tag();
    switch (tag) {
      case JavaValues.UNDEF, JavaValues.NULL, JavaValues.TRUE, JavaValues.FALSE:
        return 1;
      case JavaValues.NEGZERO:
        return 9;
      case JavaValues.NUM, JavaValues.WNUM: {
        Object n = t[i++];
        return n instanceof Integer v ? 1 + varint(((long) v << 1) ^ (v >> 31)) : 9;
      }
      case JavaValues.STR, JavaValues.WSTR:
        return string((String) t[i++]) + (tag == JavaValues.WSTR ? 1 : 0);
      case JavaValues.BIGINT, JavaValues.WBIG:
        return 2 + ((String) t[i++]).length() / 2 + 8;
      case JavaValues.WBOOL:
        i++;
        return 1;
      case JavaValues.REF:
        return 1 + varint(((Number) t[i++]).longValue());
      case JavaValues.ARR: {
        int length = tag();
        int n = tag();
        long size = 1 + varint(length);
        for (int k = 0; k < n; k++) {
          i++; // the index
          size += value();
        }
        return size + 1 + varint(0) + varint(length);
      }
      case JavaValues.OBJ: {
        int n = tag();
        long size = 1;
        for (int k = 0; k < n; k++) {
          size += string((String) t[i++]) + value();
        }
        return size + 1 + varint(n);
      }
      case JavaValues.DATE:
        i++;
        return 9;
      case JavaValues.REGEXP:
        return 1 + string((String) t[i++]) + 1 + (((String) t[i++]).length() > 0 ? 1 : 0);
      case JavaValues.MAP, JavaValues.SET: {
        int n = tag();
        long size = 1;
        for (int k = 0; k < n * (tag == JavaValues.MAP ? 2 : 1); k++) {
          size += value();
        }
        return size + 1 + varint(n);
      }
      case JavaValues.ABUF: {
        Object b = t[i++];
        long len = b instanceof byte[] bytes ? bytes.length : 0;
        return 1 + varint(len) + len;
      }
      case JavaValues.RABUF: {
        Object b = t[i++];
        long len = b instanceof byte[] bytes ? bytes.length : 0;
        long max = ((Number) t[i++]).longValue();
        return 1 + varint(len) + varint(max) + len;
      }
      case JavaValues.SAB:
        i++;
        return 5;
      case JavaValues.TVIEW: {
        i++; // view type
        long size = value();
        long off = ((Number) t[i++]).longValue();
        return size + 2 + varint(off) + varint(0) + 1;
      }
      case JavaValues.ERRN: {
        i++; // class
        long size = 2;
        for (int k = 0; k < 2; k++) { // message, stack
          Object o = t[i++];
          size += o instanceof String str ? 1 + string(str) : 0;
        }
        if (Boolean.TRUE.equals(t[i++])) {
          size += 1 + value();
        }
        return size + 1;
      }
      case JavaValues.ERRH: {
        boolean unknown = "UNKNOWN".equals(t[i++]);
        long size = 9 + (unknown ? value() : 0);
        return size + value() + value();
      }
      case JavaValues.VIEW: {
        i++; // view type
        long size = value();
        long off = ((Number) t[i++]).longValue();
        long len = ((Number) t[i++]).longValue();
        return size + 2 + varint(off) + varint(len) + 1;
      }
      case JavaValues.DVIEW: {
        long size = value();
        long off = ((Number) t[i++]).longValue();
        long len = ((Number) t[i++]).longValue();
        return size + 2 + varint(off) + varint(len) + 1;
      }
      case JavaValues.STUB:
        i += 2;
        return 8;
      case JavaValues.STREAM:
        i++;
        return 8;
      case JavaValues.HEADERS:
        return headers();
      case JavaValues.REQUEST, JavaValues.RESPONSE: {
        long size = 1;
        for (int k = 0; k < (tag == JavaValues.REQUEST ? 3 : 2); k++) {
          Object o = t[i++];
          size += o instanceof String str ? string(str) : 5;
        }
        i++; // HEADERS tag
        return size + headers() + value();
      }
      case JavaValues.ERR: {
        i++;
        long size = 2 + string((String) t[i++]) + string((String) t[i++]);
        if (Boolean.TRUE.equals(t[i++])) {
          size += value();
        }
        return size;
      }
      default:
        return ((String.valueOf(t[i - 1])).getBytes(StandardCharsets.UTF_8).length);
    }
  }
}
