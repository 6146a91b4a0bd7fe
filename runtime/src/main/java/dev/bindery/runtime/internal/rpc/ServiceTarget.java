package dev.bindery.runtime.internal.rpc;

import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a service binding points at: a worker's entrypoint in this group, or a stub. Callbacks
 * may run on any thread; the caller moves them onto its own loop.
 */
public interface ServiceTarget {

  /** Calls {@code path} (a method name, or a property path) with cloned arguments. */
  void call(CallInfo call, List<String> path, Object[] argTokens, Consumer<Outcome> done);

  /** Sends an HTTP request to the target's fetch handler. */
  void fetch(CallInfo call, WorkerRequest request, Consumer<HttpOutcome> done);

  /**
   * Like {@link #fetch(CallInfo, WorkerRequest, Consumer)}, for a request whose body the caller is
   * still streaming (when {@code body} is not null; the request's own bytes are then empty): a
   * worker pulls it as it reads; other targets get it read whole first.
   */
  default void fetch(CallInfo call, WorkerRequest request, BodySource body, Consumer<HttpOutcome> done) {
    fetch(call, request, body, null, done);
  }

  /**
   * As above; the caller may give up on the request ({@code cancel}, or null, says when: its fetch's
   * signal was aborted): a worker then cuts off the invocation, as workerd cancels it.
   */
  default void fetch(CallInfo call, WorkerRequest request, BodySource body, Cancel cancel,
      Consumer<HttpOutcome> done) {
    if (body == null) {
      fetch(call, request, done);
      return;
    }
    BodySource.readWhole(body, bytes -> fetch(call,
        new WorkerRequest(request.method(), request.url(), request.headers(), bytes, request.cf()), done));
  }

  /** For an exported stub: one more holder has a handle on it. Loop thread only. */
  default void retain() {}

  /** For an exported stub: a holder disposed of its handle. Loop thread only. */
  default void release() {}

  /** Who calls, through which binding, and with what {@code props}. */
  record CallInfo(String caller, String binding, String service, String entrypoint, Map<String, Object> props,
      RequestChain chain) {}

  /**
   * A response, or the error the caller's {@code fetch()} rejects with. {@code bodyError}, when not
   * null, is the error a read of the body fails with (the body failed after the head was sent).
   * {@code consumed}, when not null, is run (on the loop) once the caller has read or cancelled the
   * response's body: until then the callee's invocation is still answering, as a workerd fetch
   * lasts while its body streams. {@code body}, when not null, is a body still being produced (the
   * response's own bytes are then empty): the caller pulls it chunk by chunk, so the head arrives
   * at once and an endless stream can be read in part, as through workerd's pipe.
   */
  record HttpOutcome(WorkerResponse response, Outcome error, Outcome bodyError, Runnable consumed, BodySource body) {
    public static HttpOutcome of(WorkerResponse r) {
      return new HttpOutcome(r, null, null, null, null);
    }

    public static HttpOutcome failed(Outcome error) {
      return new HttpOutcome(null, error, null, null, null);
    }

    /** A response whose body failed after its head was sent: the caller's body read fails with {@code bodyError}. */
    public static HttpOutcome bodyFailed(WorkerResponse r, Outcome bodyError) {
      return new HttpOutcome(r, null, bodyError, null, null);
    }

    /** A response whose body {@code body} is still being produced. */
    public static HttpOutcome streamed(WorkerResponse head, BodySource body) {
      return new HttpOutcome(head, null, null, null, body);
    }

    public HttpOutcome whenConsumed(Runnable then) {
      return new HttpOutcome(response, error, bodyError, then, body);
    }

    /**
     * This outcome with its whole body in {@code response} (and the error it failed with, if it
     * did), for receivers that want bytes: {@code then} gets it once a streamed body has ended.
     */
    public void collected(Consumer<HttpOutcome> then) {
      if (body == null) {
        then.accept(this);
        return;
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      Consumer<BodyChunk> step = new Consumer<>() {
        @Override
        public void accept(BodyChunk chunk) {
          if (chunk.bytes() != null) {
            out.writeBytes(chunk.bytes());
            body.read(this);
            return;
          }
          WorkerResponse whole = new WorkerResponse(response.status(), response.statusText(), response.headers(),
              out.toByteArray());
          then.accept(new HttpOutcome(whole, null, chunk.error(), consumed, null));
        }
      };
      body.read(step);
    }
  }

  /** A response body its worker is still producing; calls may come from any thread. */
  interface BodySource {
    /** Asks for what comes next: {@code done} gets bytes, the end, or the error the body failed with. */
    void read(Consumer<BodyChunk> done);

    /** The receiver lets go of the body (it cancelled it, or never wants it); no more reads follow. */
    void cancel();

    /** Reads {@code body} to its end (a failure ends it where it got to) and gives {@code then} its bytes. */
    static void readWhole(BodySource body, Consumer<byte[]> then) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      body.read(new Consumer<>() {
        @Override
        public void accept(BodyChunk chunk) {
          if (chunk.bytes() != null) {
            out.writeBytes(chunk.bytes());
            body.read(this);
          } else {
            then.accept(out.toByteArray());
          }
        }
      });
    }
  }

  /** A caller giving up on a request it sent; the target hears of it through {@link #onCancel}. */
  final class Cancel {
    private Runnable hook;
    private boolean cancelled;

    /** Runs {@code then} when the caller gives up (at once if it has). */
    public void onCancel(Runnable then) {
      boolean now;
      synchronized (this) {
        now = cancelled;
        if (!now) {
          hook = then;
        }
      }
      if (now) {
        then.run();
      }
    }

    public void cancel() {
      Runnable h;
      synchronized (this) {
        if (cancelled) {
          return;
        }
        cancelled = true;
        h = hook;
        hook = null;
      }
      if (h != null) {
        h.run();
      }
    }
  }

  /** Some bytes of a body (never empty), or its end ({@code bytes} and {@code error} null), or its failure. */
  record BodyChunk(byte[] bytes, Outcome error) {
    public static final BodyChunk END = new BodyChunk(null, null);
  }
}
