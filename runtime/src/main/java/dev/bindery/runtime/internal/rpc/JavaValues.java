package dev.bindery.runtime.internal.rpc;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Structured clone between Java values and the token format of the worker contexts, so that a
 * Java caller or stub exchanges values by the same rules as a worker. Values that cannot cross
 * are refused with workerd's {@code DataCloneError} text.
 */
public final class JavaValues {

  // Token tags; the same numbers as core.js. PLAIN marks a value already built in the receiving context.
  public static final int UNDEF = 0, NULL = 1, TRUE = 2, FALSE = 3, NUM = 4, STR = 5, BIGINT = 6, REF = 7, OBJ = 8,
      ARR = 9, DATE = 10, REGEXP = 11, MAP = 12, SET = 13, ABUF = 14, VIEW = 15, DVIEW = 16, WNUM = 17, WSTR = 18,
      WBOOL = 19, WBIG = 20, ERR = 21, NEGZERO = 22, STUB = 23, HEADERS = 24, REQUEST = 25, RESPONSE = 26,
      STREAM = 27, PLAIN = 28, RABUF = 40, TVIEW = 41, ERRN = 42, ERRH = 43, SAB = 44, WSTREAM = 45, IHEADERS = 46;

  private JavaValues() {}

  /** Thrown when a Java value has no structured-clone form. */
  public static final class NotCloneable extends IllegalArgumentException {
    public NotCloneable(String message) {
      super(message);
    }
  }

  /** Encodes {@code value} as tokens. */
  public static Object[] encode(Object value) {
    Encoder e = new Encoder();
    e.write(value);
    return e.out.toArray();
  }

  /** Encodes call arguments (a JS array of them). */
  public static Object[] encodeArgs(Object[] args) {
    return encode(java.util.Arrays.asList(args));
  }

  /** Decodes tokens into Java values: Map, List, Set, String, numbers, Boolean, BigInteger, Instant, byte[]. */
  public static Object decode(Object[] tokens) {
    return new Decoder(tokens, 0).read();
  }

  /** The global ids of the stubs (functions, RpcTargets) a value carries. */
  public static List<Integer> stubIds(Object[] tokens) {
    Decoder d = new Decoder(tokens, 0);
    d.read();
    return d.stubs;
  }

  private static final class Encoder {
    final List<Object> out = new ArrayList<>();
    final IdentityHashMap<Object, Integer> ids = new IdentityHashMap<>();
    int nextId;

    void write(Object v) {
      if (v == null) {
        out.add(NULL);
      } else if (v instanceof Boolean b) {
        out.add(b ? TRUE : FALSE);
      } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
        out.add(NUM);
        out.add(((Number) v).intValue());
      } else if (v instanceof Long l) {
        out.add(NUM);
        out.add(l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? (Object) l.intValue() : (Object) l.doubleValue());
      } else if (v instanceof Double || v instanceof Float) {
        double d = ((Number) v).doubleValue();
        if (d == 0 && 1 / d < 0) {
          out.add(NEGZERO);
        } else {
          out.add(NUM);
          out.add(d);
        }
      } else if (v instanceof BigInteger b) {
        out.add(BIGINT);
        out.add(b.toString());
      } else if (v instanceof CharSequence || v instanceof Character) {
        out.add(STR);
        out.add(v.toString());
      } else {
        writeObject(v);
      }
    }

    void writeObject(Object v) {
      Integer seen = ids.get(v);
      if (seen != null) {
        out.add(REF);
        out.add(seen);
        return;
      }
      ids.put(v, nextId++);
      if (v instanceof byte[] bytes) {
        nextId++; // the ArrayBuffer behind the Uint8Array has an id of its own
        out.add(VIEW);
        out.add("Uint8Array");
        out.add(ABUF);
        out.add(bytes.clone());
        out.add(0);
        out.add(bytes.length);
      } else if (v instanceof Instant i) {
        out.add(DATE);
        out.add((double) i.toEpochMilli());
      } else if (v instanceof Date d) {
        out.add(DATE);
        out.add((double) d.getTime());
      } else if (v instanceof Map<?, ?> m) {
        out.add(OBJ);
        out.add(m.size());
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (!(e.getKey() instanceof String)) {
            throw new NotCloneable("Map keys must be strings to cross as a JS object, got " + e.getKey());
          }
          out.add(e.getKey());
          write(e.getValue());
        }
      } else if (v.getClass().isRecord()) {
        java.lang.reflect.RecordComponent[] parts = v.getClass().getRecordComponents();
        out.add(OBJ);
        out.add(parts.length);
        for (java.lang.reflect.RecordComponent part : parts) {
          out.add(part.getName());
          write(readComponent(v, part));
        }
      } else if (v instanceof int[] || v instanceof long[] || v instanceof double[]) {
        int n = java.lang.reflect.Array.getLength(v);
        out.add(ARR);
        out.add(n);
        out.add(n);
        for (int i = 0; i < n; i++) {
          out.add(Integer.toString(i));
          write(java.lang.reflect.Array.get(v, i));
        }
      } else if (v instanceof Set<?> s) {
        out.add(SET);
        out.add(s.size());
        for (Object x : s) {
          write(x);
        }
      } else if (v instanceof Collection<?> || v instanceof Object[]) {
        List<?> list = v instanceof Object[] a ? java.util.Arrays.asList(a) : new ArrayList<>((Collection<?>) v);
        out.add(ARR);
        out.add(list.size());
        out.add(list.size());
        for (int i = 0; i < list.size(); i++) {
          out.add(Integer.toString(i));
          write(list.get(i));
        }
      } else {
        throw new NotCloneable("Could not serialize object of type \"" + v.getClass().getSimpleName()
            + "\". This type does not support serialization.");
      }
    }
  }

  // A record crosses as a plain object of its components, in declaration order, like a JS object literal.
  private static Object readComponent(Object record, java.lang.reflect.RecordComponent part) {
    try {
      java.lang.reflect.Method accessor = part.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new NotCloneable("Could not serialize object of type \"" + record.getClass().getSimpleName()
          + "\": component " + part.getName() + " is not readable (" + e + ").");
    }
  }

  private static final class Decoder {
    final Object[] t;
    int i;
    final List<Object> objs = new ArrayList<>();
    final List<Integer> stubs = new ArrayList<>();

    Decoder(Object[] tokens, int start) {
      this.t = tokens;
      this.i = start;
    }

    Object next() {
      return t[i++];
    }

    List<List<String>> headerPairs() {
      int n = nextInt();
      List<List<String>> pairs = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        pairs.add(List.of((String) next(), (String) next()));
      }
      return pairs;
    }

    int nextInt() {
      return ((Number) next()).intValue();
    }

    Object read() {
      int tag = nextInt();
      switch (tag) {
        case UNDEF, NULL: return null;
        case TRUE: return true;
        case FALSE: return false;
        case NUM, WNUM: {
          Object n = next();
          if (tag == WNUM) {
            objs.add(n);
          }
          return n;
        }
        case NEGZERO: return -0.0;
        case STR: return next();
        case WSTR: {
          Object s = next();
          objs.add(s);
          return s;
        }
        case WBOOL: {
          Object b = next();
          objs.add(b);
          return b;
        }
        case BIGINT: return new BigInteger((String) next());
        case WBIG: {
          BigInteger b = new BigInteger((String) next());
          objs.add(b);
          return b;
        }
        case REF: return objs.get(nextInt());
        case ARR: {
          int length = nextInt();
          List<Object> a = new ArrayList<>(java.util.Collections.nCopies(length, null));
          objs.add(a);
          int n = nextInt();
          for (int k = 0; k < n; k++) {
            String key = (String) next();
            Object value = read();
            if (key.chars().allMatch(Character::isDigit) && Integer.parseInt(key) < length) {
              a.set(Integer.parseInt(key), value);
            }
          }
          return a;
        }
        case OBJ: {
          Map<String, Object> o = new LinkedHashMap<>();
          objs.add(o);
          int n = nextInt();
          for (int k = 0; k < n; k++) {
            String key = (String) next();
            o.put(key, read());
          }
          return o;
        }
        case DATE: {
          double ms = ((Number) next()).doubleValue();
          Object d = Double.isNaN(ms) ? null : Instant.ofEpochMilli((long) ms);
          objs.add(d);
          return d;
        }
        case REGEXP: {
          String r = "/" + next() + "/" + next();
          objs.add(r);
          return r;
        }
        case MAP: {
          Map<Object, Object> m = new LinkedHashMap<>();
          objs.add(m);
          int n = nextInt();
          for (int k = 0; k < n; k++) {
            Object key = read();
            m.put(key, read());
          }
          return m;
        }
        case SET: {
          Set<Object> s = new LinkedHashSet<>();
          objs.add(s);
          int n = nextInt();
          for (int k = 0; k < n; k++) {
            s.add(read());
          }
          return s;
        }
        case ABUF: {
          Object b = next();
          objs.add(b);
          return b;
        }
        case RABUF: {
          Object b = next();
          next(); // maxByteLength
          objs.add(b);
          return b;
        }
        case SAB: {
          next();
          objs.add(null); // shared memory does not leave its worker
          return null;
        }
        case TVIEW: {
          int slot = objs.size();
          objs.add(null);
          next(); // the view's type name
          byte[] buf = (byte[]) read();
          int off = nextInt();
          byte[] view = java.util.Arrays.copyOfRange(buf, Math.min(off, buf.length), buf.length);
          objs.set(slot, view);
          return view;
        }
        case ERRN: {
          int slot = objs.size();
          objs.add(null);
          String jsClass = (String) next();
          Object message = next();
          next(); // the sender's stack
          Map<String, Object> err = new LinkedHashMap<>();
          err.put("class", jsClass);
          err.put("name", jsClass);
          err.put("message", message == null ? "" : message);
          objs.set(slot, err);
          if (Boolean.TRUE.equals(next())) {
            err.put("cause", read());
          }
          return err;
        }
        case ERRH: {
          int slot = objs.size();
          objs.add(null);
          String errorTag = (String) next();
          boolean unknown = "UNKNOWN".equals(errorTag);
          Object name = unknown ? read() : errorTag;
          Object message = read();
          Map<String, Object> err = new LinkedHashMap<>();
          err.put("class", unknown ? "Error" : errorTag);
          err.put("name", name);
          err.put("message", message);
          if (read() instanceof Map<?, ?> props) {
            for (Map.Entry<?, ?> e : props.entrySet()) {
              err.put(String.valueOf(e.getKey()), e.getValue());
            }
          }
          objs.set(slot, err);
          return err;
        }
        case VIEW: {
          int slot = objs.size();
          objs.add(null);
          next(); // the view's type name
          byte[] buf = (byte[]) read();
          int off = nextInt();
          int len = nextInt();
          byte[] view = java.util.Arrays.copyOfRange(buf, off, Math.min(buf.length, off + len));
          objs.set(slot, view);
          return view;
        }
        case DVIEW: {
          int slot = objs.size();
          objs.add(null);
          byte[] buf = (byte[]) read();
          int off = nextInt();
          int len = nextInt();
          byte[] view = java.util.Arrays.copyOfRange(buf, off, off + len);
          objs.set(slot, view);
          return view;
        }
        case HEADERS, IHEADERS: {
          List<List<String>> headers = headerPairs();
          objs.add(headers);
          return headers;
        }
        case REQUEST, RESPONSE: {
          int slot = objs.size();
          objs.add(null);
          Map<String, Object> message = new LinkedHashMap<>();
          if (tag == REQUEST) {
            message.put("method", next());
            message.put("url", next());
            message.put("redirect", next());
            message.put("cf", read());
          } else {
            message.put("status", next());
            message.put("statusText", next());
          }
          nextInt(); // HEADERS
          message.put("headers", headerPairs());
          message.put("body", read());
          if (tag == REQUEST) {
            message.put("cache", next());
          }
          objs.set(slot, message);
          return message;
        }
        case WSTREAM: {
          String stream = "[WritableStream #" + next() + "]";
          objs.add(stream);
          return stream;
        }
        case STREAM: {
          String stream = "[ReadableStream #" + next() + "]";
          objs.add(stream);
          return stream;
        }
        case STUB: {
          // A function or RpcTarget passed by reference: Java sees a description, not a callable.
          Object kind = next();
          int id = nextInt();
          stubs.add(id);
          String stub = "[RPC stub: " + kind + " #" + id + "]";
          objs.add(stub);
          return stub;
        }
        case ERR: {
          int slot = objs.size();
          objs.add(null);
          String jsClass = (String) next();
          String name = (String) next();
          String message = (String) next();
          Map<String, Object> err = new LinkedHashMap<>();
          err.put("class", jsClass);
          err.put("name", name);
          err.put("message", message);
          objs.set(slot, err);
          if (Boolean.TRUE.equals(next())) {
            err.put("cause", read());
          }
          return err;
        }
        default:
          throw new IllegalStateException("internal error: bad clone token " + tag + " at " + (i - 1));
      }
    }
  }
}
