package dev.bindery.runtime.internal.clone;

import static dev.bindery.runtime.internal.rpc.JavaValues.ARR;
import static dev.bindery.runtime.internal.rpc.JavaValues.FALSE;
import static dev.bindery.runtime.internal.rpc.JavaValues.NEGZERO;
import static dev.bindery.runtime.internal.rpc.JavaValues.NULL;
import static dev.bindery.runtime.internal.rpc.JavaValues.NUM;
import static dev.bindery.runtime.internal.rpc.JavaValues.OBJ;
import static dev.bindery.runtime.internal.rpc.JavaValues.PLAIN;
import static dev.bindery.runtime.internal.rpc.JavaValues.REF;
import static dev.bindery.runtime.internal.rpc.JavaValues.STR;
import static dev.bindery.runtime.internal.rpc.JavaValues.TRUE;
import static dev.bindery.runtime.internal.rpc.JavaValues.UNDEF;

import com.oracle.truffle.api.object.IncompatibleLocationException;
import com.oracle.truffle.api.object.Location;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.js.runtime.JSContext;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.Strings;
import com.oracle.truffle.js.runtime.builtins.JSArray;
import com.oracle.truffle.js.runtime.builtins.JSOrdinary;
import com.oracle.truffle.js.runtime.objects.JSAttributes;
import com.oracle.truffle.js.runtime.objects.JSObject;
import com.oracle.truffle.js.runtime.objects.JSObjectUtil;
import com.oracle.truffle.js.runtime.objects.Null;
import com.oracle.truffle.js.runtime.objects.Undefined;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the JS value of clone tokens that hold only plain data (the tokens of plain objects, dense
 * arrays and primitives), as core.js's decoder would, in the current context. Any other token,
 * an array with holes or named keys, or nesting deeper than V8's deserializer could go answers
 * null: core.js's decoder then reads the tokens and does what V8 does.
 */
final class PlainWriter {

  /** Property keys made from Java names, kept while few (keys repeat across messages). */
  private final Map<String, Key> keys = new HashMap<>();
  private static final int MAX_KEYS = 4096;

  private static final int DATA = JSAttributes.configurableEnumerableWritable();

  /**
   * A property key, with the last shape transition that added it to an object (one entry: objects
   * of one message mostly repeat a few layouts). Replaying a transition writes the value where the
   * engine put it the first time and moves the object to the same next shape, without the engine's
   * lookups of the key, of the transition and of a place for the value.
   */
  private static final class Key {
    final TruffleString name;
    Shape from;
    Shape to;
    Location location;

    Key(TruffleString name) {
      this.name = name;
    }
  }

  /**
   * Defines {@code key} on the fresh ordinary object {@code o}, as a data property that is
   * writable, enumerable and configurable (as V8's deserializer defines it, and as the engine's
   * own put would).
   */
  @SuppressWarnings("deprecation") // Location.set with a shape change: the object model's own step
  private static void define(JSObject o, Key key, Object value) {
    Shape shape = o.getShape();
    if (shape == key.from && key.to.isValid()) {
      try {
        key.location.set(o, value, shape, key.to);
        return;
      } catch (IncompatibleLocationException e) {
        // A value of another kind than the place holds (an int place, a string): the engine's put
        // generalizes the place, and that transition is remembered instead.
      }
    }
    JSObjectUtil.putDataProperty(o, key.name, value, DATA);
    Shape to = o.getShape();
    key.from = shape;
    key.to = to;
    key.location = to.getProperty(key.name).getLocation();
  }

  /**
   * A JS array {@code [PLAIN, value]} for core.js's decoder, or null.
   *
   * @param objectCost what an object costs of {@code budget}, as V8's deserializer counts
   * @param arrayCost the same for an array
   */
  Object value(Object[] tokens, long objectCost, long arrayCost, long budget) {
    JSRealm realm = JSRealm.get(null);
    Build build = new Build(tokens, realm.getContext(), realm, objectCost, arrayCost, budget);
    Object value = build.read();
    if (value == null || build.at != tokens.length) {
      return null;
    }
    return JSArray.createConstantObjectArray(realm.getContext(), realm, new Object[] {PLAIN, value});
  }

  private final class Build {
    private final Object[] tokens;
    private final JSContext context;
    private final JSRealm realm;
    private final long objectCost;
    private final long arrayCost;
    private final long budget;
    private final List<Object> objects = new ArrayList<>();
    private long depth;
    private int levels;
    int at;

    Build(Object[] tokens, JSContext context, JSRealm realm, long objectCost, long arrayCost, long budget) {
      this.tokens = tokens;
      this.context = context;
      this.realm = realm;
      this.objectCost = objectCost;
      this.arrayCost = arrayCost;
      this.budget = budget;
    }

    /** The next value, or null when it is not plain data. */
    Object read() {
      if (at >= tokens.length || !(tokens[at++] instanceof Integer tag)) {
        return null;
      }
      switch (tag) {
        case STR:
          return tokens[at++] instanceof String s ? Strings.fromJavaString(s) : null;
        case NUM:
          Object n = tokens[at++];
          return n instanceof Integer || n instanceof Double ? n : null;
        case TRUE:
          return Boolean.TRUE;
        case FALSE:
          return Boolean.FALSE;
        case NULL:
          return Null.instance;
        case UNDEF:
          return Undefined.instance;
        case NEGZERO:
          return -0.0;
        case REF:
          return tokens[at++] instanceof Integer id && id < objects.size() ? objects.get(id) : null;
        case OBJ:
          return readObject();
        case ARR:
          return readArray();
        default:
          return null;
      }
    }

    private Object readObject() {
      var o = JSOrdinary.create(context, realm);
      objects.add(o);
      if (!(tokens[at++] instanceof Integer count) || (depth += objectCost) > budget || ++levels > PlainReader.MAX_LEVELS) {
        return null;
      }
      for (int k = 0; k < count; k++) {
        if (!(tokens[at++] instanceof String name)) {
          return null;
        }
        Object value = read();
        if (value == null) {
          return null;
        }
        // Defined, not assigned, as V8 does: "__proto__" is an own key, setters are not called.
        // (A fresh ordinary object and keys that do not repeat: the engine's direct put is enough.)
        define(o, key(name), value);
      }
      depth -= objectCost;
      levels--;
      return o;
    }

    /** Dense arrays only: [ARR, length, count = length, "0", v0, "1", v1, ...]. */
    private Object readArray() {
      if (!(tokens[at++] instanceof Integer length) || !(tokens[at++] instanceof Integer count) || !count.equals(length)
          || length > tokens.length - at || (depth += arrayCost) > budget || ++levels > PlainReader.MAX_LEVELS) {
        return null;
      }
      int slot = objects.size();
      objects.add(null); // filled below; a reference to an array from inside itself is not plain here
      Object[] elements = new Object[length];
      for (int k = 0; k < length; k++) {
        if (!(tokens[at++] instanceof String index) || !index.equals(PlainReader.indexName(k))) {
          return null;
        }
        Object value = read();
        if (value == null) {
          return null;
        }
        elements[k] = value;
      }
      depth -= arrayCost;
      levels--;
      var array = JSArray.createConstantObjectArray(context, realm, elements);
      objects.set(slot, array);
      return array;
    }

    private Key key(String name) {
      Key key = keys.get(name);
      if (key == null) {
        if (keys.size() >= MAX_KEYS) {
          keys.clear();
        }
        key = new Key(Strings.fromJavaString(name));
        keys.put(name, key);
      }
      return key;
    }
  }
}
