package dev.bindery.runtime.internal.rpc;

import org.graalvm.polyglot.Value;

/**
 * Moves structured-clone token arrays between contexts. A token array made by one context's
 * serializer is copied into plain Java values (numbers, strings, booleans, null, and byte
 * arrays for ArrayBuffers) so that no JS object of one context ever reaches another.
 */
public final class Tokens {

  private Tokens() {}

  /**
   * Tokens of a JS value that is a primitive cloning as itself (the caller has ruled out BigInt and
   * Symbol), read through the polyglot API without running JS; null when {@code v} is anything else.
   */
  public static Object[] ofPrimitive(Value v, Value undefined) {
    java.util.List<Object> out = new java.util.ArrayList<>(2);
    return addPrimitive(out, v, undefined) ? out.toArray() : null;
  }

  /** Tokens of an array of primitives (an argument list), or null when an element is not one. */
  public static Object[] ofPrimitiveArray(Value array, Value undefined) {
    int n = (int) array.getArraySize();
    java.util.List<Object> out = new java.util.ArrayList<>(3 + 3 * n);
    out.add(JavaValues.ARR);
    out.add(n);
    out.add(n);
    for (int i = 0; i < n; i++) {
      out.add(Integer.toString(i));
      if (!addPrimitive(out, array.getArrayElement(i), undefined)) {
        return null;
      }
    }
    return out.toArray();
  }

  private static boolean addPrimitive(java.util.List<Object> out, Value v, Value undefined) {
    if (v.isNull()) {
      out.add(v.equals(undefined) ? JavaValues.UNDEF : JavaValues.NULL);
    } else if (v.isBoolean()) {
      out.add(v.asBoolean() ? JavaValues.TRUE : JavaValues.FALSE);
    } else if (v.isString()) {
      out.add(JavaValues.STR);
      out.add(v.asString());
    } else if (v.isNumber()) { // callers rule out BigInt (typeof checked in JS) before coming here
      addNumber(out, v);
    } else {
      return false;
    }
    return true;
  }

  /** The tokens of a JS number (not a BigInt): NUM with an int or a double, or NEGZERO. */
  static void addNumber(java.util.List<Object> out, Value v) {
    if (v.fitsInInt()) {
      out.add(JavaValues.NUM);
      out.add(v.asInt());
    } else {
      double d = v.asDouble();
      if (d == 0 && 1 / d < 0) {
        out.add(JavaValues.NEGZERO);
      } else {
        out.add(JavaValues.NUM);
        out.add(d);
      }
    }
  }

  /**
   * The values of tokens that are one primitive, as Java values to pass into a context
   * ({@code undefined} as that context's undefined); null when the tokens are anything else.
   */
  public static Object primitiveOf(Object[] tokens, Value undefined, Object notPrimitive) {
    if (tokens.length == 1 || tokens.length == 2) {
      Object v = primitive(tokens, 0, undefined, notPrimitive);
      return v;
    }
    return notPrimitive;
  }

  /** Call arguments from the tokens of an array of primitives, or null when they are anything else. */
  public static Object[] primitiveArgs(Object[] tokens, Value undefined) {
    if (tokens.length < 3 || !Integer.valueOf(JavaValues.ARR).equals(tokens[0]) || !tokens[1].equals(tokens[2])) {
      return null;
    }
    int n = (Integer) tokens[1];
    Object[] args = new Object[n];
    Object none = new Object();
    int i = 3;
    for (int k = 0; k < n; k++) {
      if (i >= tokens.length || !Integer.toString(k).equals(tokens[i])) {
        return null;
      }
      i++;
      Object v = primitive(tokens, i, undefined, none);
      if (v == none) {
        return null;
      }
      args[k] = v;
      int tag = (Integer) tokens[i];
      i += tag == JavaValues.NUM || tag == JavaValues.STR ? 2 : 1;
    }
    return i == tokens.length ? args : null;
  }

  private static Object primitive(Object[] tokens, int i, Value undefined, Object none) {
    if (!(tokens[i] instanceof Integer tag)) {
      return none;
    }
    switch (tag) {
      case JavaValues.UNDEF: return undefined;
      case JavaValues.NULL: return null;
      case JavaValues.TRUE: return true;
      case JavaValues.FALSE: return false;
      case JavaValues.NEGZERO: return -0.0;
      case JavaValues.NUM, JavaValues.STR: return i + 1 < tokens.length ? tokens[i + 1] : none;
      default: return none;
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  /**
   * Copies tokens from a context into Java values: a JS token array, or the JSON text of one
   * (what the serializer sends for large messages). Must run on the owning context's loop.
   */
  public static Object[] read(Value array) {
    if (array.isString()) {
      return fromJson(array.asString());
    }
    int n = (int) array.getArraySize();
    Object[] out = new Object[n];
    for (int i = 0; i < n; i++) {
      out[i] = toJava(array.getArrayElement(i));
    }
    return out;
  }

  private static Object[] fromJson(String json) {
    try {
      Object[] tokens = JSON.readValue(json, Object[].class);
      for (int i = 0; i < tokens.length; i++) {
        if (tokens[i] instanceof Long l) {
          tokens[i] = l.doubleValue();
        } else if (tokens[i] instanceof java.math.BigInteger b) {
          tokens[i] = b.doubleValue();
        }
      }
      return tokens;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("internal error: unreadable clone tokens: " + e.getOriginalMessage(), e);
    }
  }

  private static Object toJava(Value v) {
    if (v.isNull()) {
      return null;
    }
    if (v.isNumber()) {
      return v.fitsInInt() ? (Object) v.asInt() : (Object) v.asDouble();
    }
    if (v.isString()) {
      return v.asString();
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.hasBufferElements()) {
      byte[] bytes = new byte[(int) v.getBufferSize()];
      v.readBuffer(0, bytes, 0, bytes.length);
      return bytes;
    }
    throw new IllegalStateException("internal error: unexpected clone token " + v);
  }

  /**
   * Java tokens ready to pass into a context as call arguments: byte arrays become ArrayBuffers
   * made by {@code newBuffer} of that context. Must run on the receiving context's loop.
   */
  public static Object[] forJs(Object[] tokens, Value newBuffer) {
    Object[] copy = null;
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i] instanceof byte[] bytes) {
        if (copy == null) {
          copy = tokens.clone();
        }
        copy[i] = newArrayBuffer(bytes, newBuffer);
      }
    }
    return copy == null ? tokens : copy;
  }

  static Value newArrayBuffer(byte[] bytes, Value newBuffer) {
    Value buffer = newBuffer.execute(bytes.length);
    int i = 0;
    java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (; i + 8 <= bytes.length; i += 8) {
      buffer.writeBufferLong(java.nio.ByteOrder.LITTLE_ENDIAN, i, bb.getLong(i));
    }
    for (; i < bytes.length; i++) {
      buffer.writeBufferByte(i, bytes[i]);
    }
    return buffer;
  }
}
