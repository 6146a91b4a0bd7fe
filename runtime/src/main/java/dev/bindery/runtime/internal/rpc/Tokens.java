package dev.bindery.runtime.internal.rpc;

import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * Moves structured-clone token arrays between contexts. A token array made by one context's
 * serializer is copied into plain Java values (numbers, strings, booleans, null, and byte
 * arrays for ArrayBuffers) so that no JS object of one context ever reaches another.
 */
public final class Tokens {

  private Tokens() {}

  /** Copies a JS token array into Java values. Must run on the owning context's loop. */
  public static Object[] read(Value array) {
    int n = (int) array.getArraySize();
    Object[] out = new Object[n];
    for (int i = 0; i < n; i++) {
      out[i] = toJava(array.getArrayElement(i));
    }
    return out;
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
   * Hands Java tokens to a context: byte arrays become ArrayBuffers made by {@code newBuffer}
   * of that context. Must run on the receiving context's loop.
   */
  public static ProxyArray toJs(Object[] tokens, Value newBuffer) {
    Object[] copy = null;
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i] instanceof byte[] bytes) {
        if (copy == null) {
          copy = tokens.clone();
        }
        copy[i] = newArrayBuffer(bytes, newBuffer);
      }
    }
    return ProxyArray.fromArray(copy == null ? tokens : copy);
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
