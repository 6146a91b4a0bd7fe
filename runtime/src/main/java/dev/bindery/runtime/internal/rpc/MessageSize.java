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

  // Header names workerd sends as a number (those of HTTP/2's static table), others as text.
  private static final java.util.Set<String> COMMON_HEADERS = java.util.Set.of("accept-charset", "accept-encoding",
      "accept-language", "accept-ranges", "accept", "access-control-allow-origin", "age", "allow", "authorization",
      "cache-control", "content-disposition", "content-encoding", "content-language", "content-length",
      "content-location", "content-range", "content-type", "cookie", "date", "etag", "expect", "expires", "from",
      "host", "if-match", "if-modified-since", "if-none-match", "if-range", "if-unmodified-since", "last-modified",
      "link", "location", "max-forwards", "proxy-authenticate", "proxy-authorization", "range", "referer", "refresh",
      "retry-after", "server", "set-cookie", "strict-transport-security", "transfer-encoding", "user-agent", "vary",
      "via", "www-authenticate");

  // workerd's Headers: a host object (tag, guard, count), then each value apart: the name's number or
  // its text, and the value, length-delimited UTF-8 (checked on workerd, our case 184).
  private void headers() {
    int n = tag();
    add(4);
    for (int k = 0; k < n; k++) {
      String name = (String) t[i++];
      add(COMMON_HEADERS.contains(name) ? 1 : 1 + delimited(name));
      add(delimited((String) t[i++]));
    }
  }

  private static long delimited(String s) {
    long bytes = s.getBytes(StandardCharsets.UTF_8).length;
    return varint(bytes) + bytes;
  }

  // A property of workerd's initializer dict: its name as a V8 string, then the value.
  private void key(String name) {
    add(2 + name.length());
  }

  // workerd's Request: a host object with the URL, then an initializer dict (method unless GET,
  // headers, body, redirect unless "follow", cf, cache); a Response: the body, then a dict (status
  // unless 200, statusText unless the status's default, headers).
  private void request() {
    add(2);
    String method = (String) t[i++];
    add(delimited((String) t[i++]));
    String redirect = (String) t[i++];
    add(1); // the dict
    if (!"GET".equals(method)) {
      key("method");
      string(method);
    }
    if (t[i] instanceof Number n && n.intValue() == JavaValues.UNDEF) {
      i++;
    } else {
      key("cf");
      value();
    }
    i++; // HEADERS tag
    key("headers");
    headers();
    key("body");
    add(t[i] instanceof Number n && n.intValue() == JavaValues.NULL ? 1 : 2);
    skipValue();
    if ("manual".equals(redirect)) {
      key("redirect");
      string(redirect);
    }
    if (t[i++] instanceof String cache) {
      key("cache");
      string(cache);
    }
    add(2);
  }

  private void response() {
    add(2);
    int status = ((Number) t[i++]).intValue();
    Object text = t[i++];
    add(1); // the dict
    if (status != 200) {
      key("status");
      add(1 + varint(((long) status << 1) ^ (status >> 31)));
    }
    if (text instanceof String s) {
      key("statusText");
      string(s);
    }
    i++; // HEADERS tag
    key("headers");
    headers();
    add(t[i] instanceof Number n && n.intValue() == JavaValues.NULL ? 1 : 2);
    skipValue();
    add(2);
  }

  // A body: null, or a stream reference.
  private void skipValue() {
    long at = pos;
    value();
    pos = at;
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
        add(2); // a host object; the stream itself goes apart
      }
      case JavaValues.HEADERS, JavaValues.IHEADERS -> headers();
      case JavaValues.REQUEST -> request();
      case JavaValues.RESPONSE -> response();
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
