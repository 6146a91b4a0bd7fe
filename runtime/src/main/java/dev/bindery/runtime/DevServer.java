package dev.bindery.runtime;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a worker group over HTTP, as {@code wrangler dev -c a -c b} does: the first config's
 * worker answers every request; the others are reachable only through bindings.
 *
 * <pre>{@code
 * try (DevServer server = DevServer.start(List.of(a, b), "127.0.0.1", 8787)) {
 *   server.awaitShutdown();
 * }
 * }</pre>
 */
public final class DevServer implements AutoCloseable {

  private final WorkerGroup group;
  private final HttpServer server;
  private final ExecutorService executor;
  private final String url;

  private DevServer(WorkerGroup group, HttpServer server, ExecutorService executor) {
    this.group = group;
    this.server = server;
    this.executor = executor;
    InetSocketAddress address = server.getAddress();
    this.url = "http://" + address.getHostString() + ":" + address.getPort();
  }

  /** Starts the group from these configs and serves it on {@code host:port} (port 0 picks a free one). */
  public static DevServer start(List<Path> configs, String host, int port) throws IOException {
    return start(WorkerGroup.builder().configs(configs.toArray(Path[]::new)), host, port);
  }

  /** Serves a group built from {@code builder} (for other settings: env, outbound fetch, console). */
  public static DevServer start(WorkerGroup.Builder builder, String host, int port) throws IOException {
    WorkerGroup group = builder.build();
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(host, port), 64);
    } catch (IOException e) {
      group.close();
      throw new IOException("Cannot listen on " + host + ":" + port + ": " + e.getMessage()
          + ". Choose another port with --port, or stop the process that uses this one.", e);
    }
    ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "bindery-dev-http");
      t.setDaemon(true);
      return t;
    });
    DevServer dev = new DevServer(group, server, executor);
    server.createContext("/", dev::handle);
    server.setExecutor(executor);
    server.start();
    return dev;
  }

  /** The URL the entry worker is served on. */
  public String url() {
    return url;
  }

  public WorkerGroup group() {
    return group;
  }

  /** The lines {@code wrangler dev} prints at start: each worker's bindings with their status. */
  public List<String> bindingReport() {
    List<String> lines = new ArrayList<>();
    for (Worker w : group.workers()) {
      List<BindingStatus> own = group.bindings().stream().filter(b -> b.worker().equals(w.name())).toList();
      lines.add("Worker " + w.name() + (own.isEmpty() ? " has no service bindings" : " has access to:"));
      for (BindingStatus b : own) {
        lines.add("  " + b.describe());
      }
    }
    return lines;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      WorkerResponse response;
      try {
        response = group.fetch(toRequest(exchange));
      } catch (WorkerException e) {
        response = new WorkerResponse(500, "Internal Server Error",
            HttpHeaders.of("content-type", "text/plain;charset=UTF-8"), e.getMessage().getBytes(StandardCharsets.UTF_8));
      }
      Headers out = exchange.getResponseHeaders();
      for (HttpHeaders.Header h : response.headers().list()) {
        if (!h.name().equals("content-length") && !h.name().equals("transfer-encoding")) {
          out.add(h.name(), h.value());
        }
      }
      byte[] body = response.body();
      boolean noBody = body.length == 0 || exchange.getRequestMethod().equalsIgnoreCase("HEAD")
          || response.status() == 204 || response.status() == 304;
      exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
      if (!noBody) {
        try (OutputStream os = exchange.getResponseBody()) {
          os.write(body);
        }
      }
    }
  }

  private WorkerRequest toRequest(HttpExchange exchange) throws IOException {
    List<HttpHeaders.Header> headers = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : exchange.getRequestHeaders().entrySet()) {
      for (String v : e.getValue()) {
        headers.add(new HttpHeaders.Header(e.getKey().toLowerCase(Locale.ROOT), v));
      }
    }
    byte[] body = exchange.getRequestBody().readAllBytes();
    String method = exchange.getRequestMethod();
    boolean hasBody = body.length > 0 || !(method.equals("GET") || method.equals("HEAD"));
    return new WorkerRequest(method, url + exchange.getRequestURI().toString(), HttpHeaders.of(headers),
        hasBody ? body : null);
  }

  /** Blocks until the server is closed (for example by a shutdown hook on Ctrl-C). */
  public void awaitShutdown() throws InterruptedException {
    synchronized (this) {
      while (!closed) {
        wait();
      }
    }
  }

  private boolean closed;

  /** Stops serving and closes the group; idempotent. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      notifyAll();
    }
    server.stop(0);
    executor.shutdownNow();
    group.close();
  }
}
