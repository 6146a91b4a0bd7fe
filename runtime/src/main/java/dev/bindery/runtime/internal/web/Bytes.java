package dev.bindery.runtime.internal.web;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.graalvm.polyglot.Value;

/**
 * Moves bytes between Java arrays and JS {@code Uint8Array}s of one context.
 *
 * <p>Into JS, the fast path hands a {@link ByteBuffer} to a JS function that copies it into a
 * JS-owned array; it needs {@code HostAccess.Builder.allowBufferAccess(true)}. Without it, the
 * bytes are written into a fresh {@code ArrayBuffer} eight at a time. Out of JS, one bulk
 * {@link Value#readBuffer} reads the array's backing buffer.
 */
final class Bytes {

  private final Value copyIn;
  private final Value alloc;
  private final Value view;
  private final boolean bufferAccess;

  Bytes(Value handles) {
    this.copyIn = handles.getMember("copyIn");
    this.alloc = handles.getMember("alloc");
    this.view = handles.getMember("view");
    // JS sees a ByteBuffer's contents only when the context allows buffer access.
    this.bufferAccess = copyIn.execute(ByteBuffer.allocate(1)).getArraySize() == 1;
  }

  boolean fastPath() {
    return bufferAccess;
  }

  /** A new JS {@code Uint8Array} holding a copy of {@code bytes}. */
  Value toJs(byte[] bytes) {
    if (bufferAccess) {
      return copyIn.execute(ByteBuffer.wrap(bytes));
    }
    int n = bytes.length;
    Value buffer = alloc.execute(n);
    ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int i = 0;
    for (; i + 8 <= n; i += 8) {
      buffer.writeBufferLong(ByteOrder.LITTLE_ENDIAN, i, in.getLong(i));
    }
    for (; i < n; i++) {
      buffer.writeBufferByte(i, bytes[i]);
    }
    return view.execute(buffer);
  }

  /** The bytes of a JS {@code Uint8Array} (or other ArrayBuffer view). */
  static byte[] fromJs(Value array) {
    int length = Math.toIntExact(array.getMember("byteLength").asLong());
    byte[] out = new byte[length];
    if (length > 0) {
      array.getMember("buffer").readBuffer(array.getMember("byteOffset").asLong(), out, 0, length);
    }
    return out;
  }
}
