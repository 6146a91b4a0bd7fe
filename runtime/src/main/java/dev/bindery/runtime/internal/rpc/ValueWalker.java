package dev.bindery.runtime.internal.rpc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.graalvm.polyglot.Value;

/**
 * Writes the clone tokens of a JS value by reading it through the polyglot API: the same tokens
 * core.js's serializer writes, at a fraction of the cost of walking plain data in interpreted JS.
 * Primitives, plain objects and dense arrays are read here; every other value (functions, class
 * instances, Maps, Dates, wrappers, Proxies, symbols...) is handed back to core.js's serializer,
 * which shares this walk's numbering of objects. Objects are chosen as plain before anything of
 * them is read (nothing of theirs runs), and confirmed in one JS call at the end: an object that
 * only looked plain makes the walk give up (null) and core.js serialize the value itself.
 *
 * <p>One walker per context; must run on the context's loop, inside a call from that context.
 */
public final class ValueWalker {

  /** core.js's side of a walk: see {@code walkSession} there. */
  private final Value newSession;
  private final Value confirm;
  private final Value tooDeep;
  private final Value undefined;
  private final Value objectConstructor;
  private final Value arrayConstructor;
  private final Value objectPrototype;
  private final Value bigintMeta;
  private final long objectCost;
  private final long budget;
  /** The walk whose core.js session is running (what it hands out is noted there), or null. */
  private Walk inSession;
  private Consumer<List<Object>> giveBack = handedOut -> {};

  /**
   * @param api core.js's API object, which offers {@code walkSession}, {@code walkConfirm},
   *     {@code walkTooDeep} and the nesting costs
   * @param undefined the context's undefined
   * @param objectConstructor the context's {@code Object}
   * @param arrayConstructor the context's {@code Array}
   * @param bigint a BigInt of the context (its meta object tells BigInts from numbers)
   */
  public ValueWalker(Value api, Value undefined, Value objectConstructor, Value arrayConstructor, Value bigint) {
    this.newSession = api.getMember("walkSession");
    this.confirm = api.getMember("walkConfirm");
    this.tooDeep = api.getMember("walkTooDeep");
    Value costs = api.getMember("walkCosts");
    this.objectCost = costs.getMember("object").asLong();
    this.budget = costs.getMember("budget").asLong();
    this.undefined = undefined;
    this.objectConstructor = objectConstructor;
    this.arrayConstructor = arrayConstructor;
    this.objectPrototype = objectConstructor.getMember("prototype");
    this.bigintMeta = bigint.getMetaObject();
  }

  /**
   * The tokens of {@code value} as core.js's serializer would write them for an RPC message, or
   * null when core.js must write them itself. Errors the serializer throws (DataCloneError, nesting
   * too deep) propagate to the JS caller.
   *
   * @param collector core.js's collector of what the message exports and forwards
   */
  public Object[] walk(Value value, Value collector) {
    Walk walk = new Walk(collector);
    walk.write(value);
    if (walk.confirmed()) {
      return walk.out.toArray();
    }
    // core.js serializes the whole message again: what its session already handed out (stubs it
    // exported, handles it took on forwarded stubs) would be handed out twice and never let go.
    if (walk.handedOut != null) {
      giveBack.accept(walk.handedOut);
    }
    return null;
  }

  /** Who lets go of what a walk that gave up had handed out (see {@link #note}). */
  public void onGiveUp(Consumer<List<Object>> giveBack) {
    this.giveBack = giveBack;
  }

  /** Whether core.js's serializer is writing part of a walk's message now. */
  public boolean inSession() {
    return inSession != null;
  }

  /** Notes something core.js's serializer handed out for the walk now in session. */
  public void note(Object handedOut) {
    if (inSession.handedOut == null) {
      inSession.handedOut = new ArrayList<>(2);
    }
    inSession.handedOut.add(handedOut);
  }

  private final class Walk {
    private final Value collector;
    private Value session; // made when first needed: most messages are plain data
    private final List<Object> out = new ArrayList<>();
    private final Map<Value, Integer> ids = new HashMap<>();
    private int nextId;
    /** Objects numbered here that core.js does not know of yet, in order. */
    private final List<Value> unsynced = new ArrayList<>();
    /** Whether core.js numbered objects too (this walk then cannot tell which objects it has seen). */
    private boolean jsNumbered;
    /** Objects taken as plain: core.js confirms them at the end. */
    private final List<Value> plain = new ArrayList<>();
    private long depth;
    /** What core.js's session handed out for this message (see note), or null. */
    private List<Object> handedOut;

    Walk(Value collector) {
      this.collector = collector;
    }

    void write(Value v) {
      // Objects first: that one question settles them, and wrapper objects answer isString() too.
      if (v.hasMembers()) {
        writeObjectValue(v);
      } else if (v.isString()) {
        out.add(JavaValues.STR);
        out.add(v.asString());
      } else if (v.isNumber()) {
        if (v.getMetaObject().equals(bigintMeta)) {
          out.add(JavaValues.BIGINT);
          out.add(v.asBigInteger().toString());
        } else {
          Tokens.addNumber(out, v);
        }
      } else if (v.isBoolean()) {
        out.add(v.asBoolean() ? JavaValues.TRUE : JavaValues.FALSE);
      } else if (v.isNull()) {
        out.add(v.equals(undefined) ? JavaValues.UNDEF : JavaValues.NULL);
      } else {
        other(v); // symbols
      }
    }

    /**
     * An object: plain ones by their constructor ({@code Object} or {@code Array}); functions,
     * wrappers, Dates, class instances and Proxies have another and go to core.js.
     */
    private void writeObjectValue(Value v) {
      boolean array = v.hasArrayElements();
      // Only objects that look plain are looked up here (hashing some others trips the engine).
      // A wrapper object given Object.prototype looks plain by its constructor; it is not, and must
      // not be hashed here (that trips the engine's interop assertions).
      if (!(array ? arrayConstructor : objectConstructor).equals(v.getMetaObject())
          || v.isNumber() || v.isString() || v.isBoolean()) {
        other(v);
        return;
      }
      Integer seen = ids.get(v);
      if (seen != null) {
        out.add(JavaValues.REF);
        out.add(seen);
      } else if (jsNumbered) {
        other(v); // core.js may have numbered it already
      } else if (array) {
        writeArray(v);
      } else if (!objectPrototype.equals(v.getMember("__proto__"))) {
        // Inherits `constructor` from a plain object: core.js refuses it before any getter of it runs.
        other(v);
      } else {
        writeObject(v);
      }
    }

    private void writeObject(Value v) {
      List<String> keys = new ArrayList<>(v.getMemberKeys());
      if (keys.isEmpty() && !confirm.execute(v).asBoolean()) {
        // A Map, Set, Date... given Object.prototype: core.js writes it as what it is, before any
        // getter around it runs twice (asked at once only of objects without keys, as such objects
        // nearly always are, and empty plain objects are few: confirmation catches the rest).
        other(v);
        return;
      }
      number(v);
      plain.add(v);
      out.add(JavaValues.OBJ);
      int count = out.size();
      out.add(keys.size());
      int written = writeMembers(v, keys);
      if (written != keys.size()) {
        out.set(count, written);
      }
    }

    /**
     * Each key and its value (read now, running any getter), one level deeper; answers how many
     * were written: as in V8, a key an earlier getter deleted is left out (an array's becomes a hole).
     */
    private int writeMembers(Value v, List<String> keys) {
      depth += objectCost;
      if (depth > budget) { // where V8's serializer would run out of stack
        tooDeep.execute();
      }
      int written = 0;
      for (String key : keys) {
        Value member = v.getMember(key);
        if (member == null) {
          continue;
        }
        out.add(key);
        write(member);
        written++;
      }
      depth -= objectCost;
      return written;
    }

    private void writeArray(Value v) {
      long length = v.getArraySize();
      if (length > Integer.MAX_VALUE) {
        other(v);
        return;
      }
      number(v);
      plain.add(v);
      // As core.js writes an array: its length, then its own keys (holes left out, named ones last).
      List<String> keys = new ArrayList<>(v.getMemberKeys());
      out.add(JavaValues.ARR);
      out.add((int) length);
      int count = out.size();
      out.add(keys.size());
      int written = writeMembers(v, keys);
      if (written != keys.size()) {
        out.set(count, written);
      }
    }

    private void number(Value v) {
      ids.put(v, nextId++);
      unsynced.add(v);
    }

    /** Hands {@code v} to core.js's serializer, with this walk's numbering both ways. */
    private void other(Value v) {
      Object[] args = new Object[2 + unsynced.size()];
      args[0] = v;
      args[1] = depth;
      for (int i = 0; i < unsynced.size(); i++) {
        args[2 + i] = unsynced.get(i);
      }
      unsynced.clear();
      if (session == null) {
        session = newSession.execute(collector);
      }
      Walk outer = inSession;
      inSession = this;
      Value written;
      try {
        written = session.execute(args);
      } finally {
        inSession = outer;
      }
      for (Object token : Tokens.read(written.getArrayElement(0))) {
        out.add(token);
      }
      int numberedThere = written.getArrayElement(1).asInt();
      nextId += numberedThere;
      jsNumbered |= numberedThere > 0;
    }

    /** Whether every object taken as plain is one (core.js checks prototypes and engine classes). */
    boolean confirmed() {
      final int chunk = 1024; // arguments per call
      for (int from = 0; from < plain.size(); from += chunk) {
        Object[] objects = plain.subList(from, Math.min(plain.size(), from + chunk)).toArray();
        if (!confirm.execute(objects).asBoolean()) {
          return false;
        }
      }
      return true;
    }
  }
}
