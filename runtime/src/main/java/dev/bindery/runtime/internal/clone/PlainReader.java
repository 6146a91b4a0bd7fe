package dev.bindery.runtime.internal.clone;

import static dev.bindery.runtime.internal.rpc.JavaValues.ARR;
import static dev.bindery.runtime.internal.rpc.JavaValues.FALSE;
import static dev.bindery.runtime.internal.rpc.JavaValues.NEGZERO;
import static dev.bindery.runtime.internal.rpc.JavaValues.NULL;
import static dev.bindery.runtime.internal.rpc.JavaValues.NUM;
import static dev.bindery.runtime.internal.rpc.JavaValues.OBJ;
import static dev.bindery.runtime.internal.rpc.JavaValues.REF;
import static dev.bindery.runtime.internal.rpc.JavaValues.STR;
import static dev.bindery.runtime.internal.rpc.JavaValues.TRUE;
import static dev.bindery.runtime.internal.rpc.JavaValues.UNDEF;

import com.oracle.truffle.api.object.Property;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.JSRuntime;
import com.oracle.truffle.js.runtime.SafeInteger;
import com.oracle.truffle.js.runtime.array.ScriptArray;
import com.oracle.truffle.js.runtime.array.dyn.AbstractConstantArray;
import com.oracle.truffle.js.runtime.array.dyn.AbstractWritableArray;
import com.oracle.truffle.js.runtime.builtins.JSAbstractArray;
import com.oracle.truffle.js.runtime.builtins.JSArray;
import com.oracle.truffle.js.runtime.builtins.JSArrayObject;
import com.oracle.truffle.js.runtime.builtins.JSClass;
import com.oracle.truffle.js.runtime.builtins.JSOrdinary;
import com.oracle.truffle.js.runtime.objects.JSDynamicObject;
import com.oracle.truffle.js.runtime.objects.JSObject;
import com.oracle.truffle.js.runtime.objects.JSProperty;
import com.oracle.truffle.js.runtime.objects.Null;
import com.oracle.truffle.js.runtime.objects.Undefined;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Writes the clone tokens of plain data, the same tokens ValueWalker writes for it, reading the
 * engine's objects directly. Plain data is what can be read without running any JS: objects of
 * {@code Object.prototype} and fast arrays of {@code Array.prototype} whose own properties are all
 * data properties, holding strings, numbers, booleans, null, undefined and more plain data. Meeting
 * anything else (a getter, a class instance, a Proxy, a Map, a BigInt...) answers null at once:
 * since nothing ran, the general path can then serialize the same value from the start.
 */
final class PlainReader {

  /**
   * The enumerable string-keyed properties objects of one shape have, in JS order, and their
   * keys' Java names; read by their locations in that shape, with no lookup.
   */
  private record Layout(Shape shape, Property[] properties, String[] names) {}

  /** Objects of this shape are not plain data (they have an accessor or a special property). */
  private static final Layout NOT_PLAIN = new Layout(null, null, null);

  private final Map<Shape, Layout> layouts = new WeakHashMap<>();

  /** Nesting this walk takes on (it recurses); deeper plain data takes the general path. */
  static final int MAX_LEVELS = 200;

  /** Java names of array indices, made once. */
  private static final String[] INDEX_NAMES = new String[1024];

  static {
    for (int i = 0; i < INDEX_NAMES.length; i++) {
      INDEX_NAMES[i] = Integer.toString(i).intern();
    }
  }

  /** The key an array index is written with. */
  static String indexName(long i) {
    return i < INDEX_NAMES.length ? INDEX_NAMES[(int) i] : Long.toString(i);
  }

  /**
   * The tokens of {@code value}, or null when it is not plain data or nests deeper than V8's
   * serializer could go ({@code budget}, at {@code objectCost} a level: the general path then
   * throws the right error).
   */
  Object[] tokens(Object value, long objectCost, long budget) {
    JSRealm realm = JSRealm.get(null);
    Walk walk = new Walk(realm.getObjectPrototype(), realm.getArrayPrototype(), objectCost, budget);
    return walk.write(value) ? walk.out.toArray() : null;
  }

  private final class Walk {
    final List<Object> out = new ArrayList<>(256);
    private final Map<Object, Integer> ids = new IdentityHashMap<>(64);
    private final JSDynamicObject objectPrototype;
    private final JSDynamicObject arrayPrototype;
    private final long objectCost;
    private final long budget;
    private long depth;
    private int levels;

    Walk(JSDynamicObject objectPrototype, JSDynamicObject arrayPrototype, long objectCost, long budget) {
      this.objectPrototype = objectPrototype;
      this.arrayPrototype = arrayPrototype;
      this.objectCost = objectCost;
      this.budget = budget;
    }

    boolean write(Object v) {
      if (v instanceof TruffleString s) {
        out.add(STR);
        out.add(s.toJavaStringUncached());
      } else if (v instanceof Integer) {
        out.add(NUM);
        out.add(v);
      } else if (v instanceof Double d) {
        addNumber(d);
      } else if (v instanceof Boolean b) {
        out.add(b ? TRUE : FALSE);
      } else if (v == Undefined.instance) {
        out.add(UNDEF);
      } else if (v == Null.instance) {
        out.add(NULL);
      } else if (v instanceof SafeInteger || v instanceof Long) {
        addNumber(((Number) v).doubleValue());
      } else if (v instanceof JSArrayObject a) {
        return writeArray(a);
      } else if (v instanceof JSDynamicObject o) {
        return writeObject(o);
      } else {
        return false;
      }
      return true;
    }

    /** As ValueWalker writes a number: an int when it is one (V8's Smi), -0 on its own. */
    private void addNumber(double d) {
      if (d == 0 && 1 / d < 0) {
        out.add(NEGZERO);
      } else if (d == (int) d) {
        out.add(NUM);
        out.add((int) d);
      } else {
        out.add(NUM);
        out.add(d);
      }
    }

    private boolean writeObject(JSDynamicObject o) {
      if (reference(o)) {
        return true;
      }
      JSClass kind = o.getJSClass();
      if ((kind != JSOrdinary.INSTANCE && kind != JSOrdinary.BARE_INSTANCE) || JSObject.getPrototype(o) != objectPrototype) {
        return false;
      }
      Layout layout = layout(o, false);
      if (layout == NOT_PLAIN) {
        return false;
      }
      ids.put(o, ids.size());
      out.add(OBJ);
      out.add(layout.properties.length);
      return enter() && writeMembers(o, layout) && leave();
    }

    private boolean writeArray(JSArrayObject a) {
      if (reference(a)) {
        return true;
      }
      if (!JSArray.isJSFastArray(a) || JSObject.getPrototype(a) != arrayPrototype) {
        return false;
      }
      ScriptArray elements = JSAbstractArray.arrayGetArrayType(a);
      // The engine's ordinary storages, where every element is an enumerable data property (sparse
      // and lazy ones go to the general path).
      if (!(elements instanceof AbstractWritableArray) && !(elements instanceof AbstractConstantArray)) {
        return false;
      }
      long length = elements.length(a);
      Layout named = layout(a, true);
      if (length > Integer.MAX_VALUE || named == NOT_PLAIN) {
        return false;
      }
      ids.put(a, ids.size());
      // As core.js writes an array: its length, then its own keys (holes left out, named ones last).
      out.add(ARR);
      out.add((int) length);
      int countAt = out.size();
      out.add(0);
      if (!enter()) {
        return false;
      }
      int count = 0;
      // Elements lie from the first to the last index the storage holds: the rest are holes (as after
      // `a.length = n`), so the walk costs what the array holds, not what its length says.
      long last = Math.min(length - 1, elements.lastElementIndex(a));
      for (long i = Math.max(0, elements.firstElementIndex(a)); i <= last; i++) {
        if (elements.hasElement(a, i)) {
          out.add(indexName(i));
          if (!write(elements.getElement(a, i))) {
            return false;
          }
          count++;
        }
      }
      out.set(countAt, count + named.properties.length);
      return writeMembers(a, named) && leave();
    }

    private boolean reference(Object o) {
      Integer seen = ids.get(o);
      if (seen == null) {
        return false;
      }
      out.add(REF);
      out.add(seen);
      return true;
    }

    private boolean writeMembers(JSDynamicObject o, Layout layout) {
      for (int i = 0; i < layout.properties.length; i++) {
        out.add(layout.names[i]);
        if (!write(layout.properties[i].getLocation().get(o, layout.shape))) {
          return false;
        }
      }
      return true;
    }

    /**
     * One level deeper; false when deeper than V8 could go (the general path then throws its
     * error), or deeper than this walk goes on its Java stack (the general path takes such rare data).
     */
    private boolean enter() {
      depth += objectCost;
      return depth <= budget && ++levels <= MAX_LEVELS;
    }

    private boolean leave() {
      depth -= objectCost;
      levels--;
      return true;
    }
  }

  /**
   * The keys objects of {@code o}'s shape copy: the shape fixes an ordinary object's own properties
   * and their order, and an array's named ones (its elements live outside the shape).
   */
  private Layout layout(JSDynamicObject o, boolean array) {
    Shape shape = o.getShape();
    Layout layout = layouts.get(shape);
    if (layout == null) {
      layout = computeLayout(o, shape, array);
      layouts.put(shape, layout);
    }
    return layout;
  }

  private static Layout computeLayout(JSDynamicObject o, Shape shape, boolean array) {
    List<Property> properties = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Property property : shape.getPropertyList()) {
      Object key = property.getKey();
      if (array && JSAbstractArray.LENGTH.equals(key)) {
        continue;
      }
      if (JSProperty.isAccessor(property) || JSProperty.isProxy(property)) {
        return NOT_PLAIN; // reading it would run code
      }
      if (!(key instanceof TruffleString name) || (array && JSRuntime.isArrayIndexString(name))) {
        return NOT_PLAIN; // a symbol or hidden key is simply left out, but such shapes are rare
      }
    }
    // JS order (indices ascending, then insertion order) is the engine's own-keys order.
    for (Object key : JSObject.ownPropertyKeys(o)) {
      if (!(key instanceof TruffleString name) || (array && (JSRuntime.isArrayIndexString(name)
          || JSAbstractArray.LENGTH.equals(key)))) {
        continue;
      }
      Property property = shape.getProperty(key);
      if (property == null) {
        return NOT_PLAIN;
      }
      if (JSProperty.isEnumerable(property)) {
        properties.add(property);
        names.add(name.toJavaStringUncached());
      }
    }
    return new Layout(shape, properties.toArray(new Property[0]), names.toArray(new String[0]));
  }
}
