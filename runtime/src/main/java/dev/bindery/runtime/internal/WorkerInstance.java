package dev.bindery.runtime.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.runtime.HttpHeaders;
import dev.bindery.runtime.ServiceBinding;
import dev.bindery.runtime.WorkerConfig;
import dev.bindery.runtime.WorkerException;
import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import dev.bindery.runtime.internal.clone.CloneLanguage;
import dev.bindery.runtime.internal.clone.PlainClone;
import dev.bindery.runtime.internal.engine.SharedEngine;
import dev.bindery.runtime.internal.loop.EventLoop;
import dev.bindery.runtime.internal.module.ModuleSources;
import dev.bindery.runtime.internal.module.StackMapper;
import dev.bindery.runtime.internal.module.WorkerFileSystem;
import dev.bindery.runtime.internal.rpc.MessageSize;
import dev.bindery.runtime.internal.rpc.Outcome;
import dev.bindery.runtime.internal.rpc.PlainJson;
import dev.bindery.runtime.internal.rpc.ValueWalker;
import dev.bindery.runtime.internal.rpc.RequestChain;
import dev.bindery.runtime.internal.rpc.ServiceTarget;
import dev.bindery.runtime.internal.rpc.Tokens;
import dev.bindery.runtime.internal.web.WebHost;
import dev.bindery.runtime.internal.web.WebInternals;
import dev.bindery.runtime.internal.web.WebPlatform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * One running worker: its own GraalJS context on the shared engine, its env, and its
 * entrypoints. Every method that touches the context runs on the worker's loop.
 */
public final class WorkerInstance {

  private static final ObjectMapper JSON = new ObjectMapper();
  // No Java object is reachable from worker code; byte buffers only, so bodies cross by bulk copy.
  private static final HostAccess HOST_ACCESS = HostAccess.newBuilder(HostAccess.NONE).allowBufferAccess(true).build();

  private static final StackMapper STACKS = StackMapper.of(ModuleSources.shared());

  private final WorkerConfig config;
  private final EventLoop loop;
  private final GroupServices group;
  private final Compatibility compat;
  private final List<ServiceBinding> bindings;
  private final Map<String, String> entrypointKinds = new LinkedHashMap<>();
  private record Loopback(String entry, Map<String, Object> props) {}
  /** Service bindings received over RPC, by binding id minus {@link #ADOPTED_IDS}. */
  private final List<Target> adopted = new ArrayList<>();
  private static final int ADOPTED_IDS = 1 << 24;

  private final List<Loopback> loopbacks = new ArrayList<>();
  private Context context;
  private WebInternals web;
  private Value api;
  private Value newBuffer;
  private Value tokenArray;
  private Value plainValue;
  private Value settleReturned;
  private Value callRpcDirect;
  private ValueWalker walker;
  /** Tokens the walker wrote for the message core.js is handing over (see messageTokens). */
  private Object[] walked;
  /** Clones plain data at Java speed; ValueWalker and core.js take what it cannot. */
  private PlainClone plain;
  private Value settleThrown;
  private Value settleLocal;
  private Value undefined;
  private ChainedLoop chainedLoop;

  private WorkerInstance(WorkerConfig config, EventLoop loop, GroupServices group) {
    this.config = config;
    this.loop = loop;
    this.group = group;
    this.compat = Compatibility.of(config.compatibilityDate(), config.compatibilityFlags());
    this.bindings = config.services();
  }

  /** Creates the worker's context and evaluates its main module, on {@code loop}. */
  public static CompletableFuture<WorkerInstance> start(WorkerConfig config, EventLoop loop, GroupServices group) {
    WorkerInstance w = new WorkerInstance(config, loop, group);
    CompletableFuture<WorkerInstance> started = new CompletableFuture<>();
    loop.execute(() -> {
      try {
        w.boot(started);
      } catch (RuntimeException e) {
        started.completeExceptionally(e);
      }
    });
    return started;
  }

  public String name() {
    return config.name();
  }

  public WorkerConfig config() {
    return config;
  }

  public EventLoop loop() {
    return loop;
  }

  /** The entrypoints found in the main module: export name to "class", "object" or "other". */
  public Map<String, String> entrypointKinds() {
    return entrypointKinds;
  }

  /** Timers that may still wake this worker (for hang detection; outbound requests count group-wide). */
  public int pendingExternalWork() {
    return chainedLoop == null ? 0 : chainedLoop.liveTimers();
  }

  private void boot(CompletableFuture<WorkerInstance> started) {
    String flagProblem = Compatibility.problem(config.compatibilityDate(), config.compatibilityFlags());
    if (flagProblem != null) {
      started.completeExceptionally(new WorkerException(config.name(), "Error", "Error", flagProblem, "",
          "Worker \"" + config.name() + "\" failed to start: " + flagProblem + " (config " + config.configFile() + ")"));
      return;
    }
    WorkerFileSystem fs = new WorkerFileSystem(config.configFile().getParent(), CoreScripts.sources());
    context = Context.newBuilder("js", CloneLanguage.ID)
        .engine(SharedEngine.get())
        .allowHostAccess(HOST_ACCESS)
        .allowCreateThread(false)
        .allowCreateProcess(false)
        .allowNativeAccess(false)
        .allowIO(IOAccess.newBuilder().fileSystem(fs).build())
        .allowExperimentalOptions(true)
        .option("js.esm-eval-returns-exports", "true")
        .option("js.text-encoding", "true")
        .option("js.print", "false")
        .option("js.load", "false")
        .option("js.graal-builtin", "false")
        .option("js.polyglot-builtin", "false")
        .option("js.java-package-globals", "false")
        .option("js.console", "false")
        .option("js.allow-eval", "false") // Workers refuse eval() and new Function()
        // Workers run in UTC with the en-US locale, whatever the machine's settings.
        .option("js.timezone", "UTC")
        // V8's Error.captureStackTrace and Error.stackTraceLimit, which many npm libraries call.
        .option("js.stack-trace-api", "true")
        .option("js.locale", "en-US")
        // `import data from "./data.json"` as the bundler allows it: ModuleSources serves .json
        // files as JS modules, which GraalJS's own JSON modules would refuse without `with { type }`.
        .option("js.json-modules", "false")
        // The engine's Debug object tells a Proxy, an Error or an arguments object from what it
        // pretends to be, as V8's serializer does. core.js takes Debug.class and deletes the global
        // before any worker code runs.
        .option("js.debug-builtin", "true")
        .build();
    chainedLoop = new ChainedLoop(loop, group);
    web = WebPlatform.install(context, webHost());
    api = context.eval(CoreScripts.core()).execute(hostObject(), flagsObject());
    newBuffer = api.getMember("newArrayBuffer");
    tokenArray = api.getMember("tokenArray");
    plainValue = api.getMember("plainValue");
    settleReturned = api.getMember("settleReturned");
    callRpcDirect = api.getMember("callRpcDirect");
    plain = new PlainClone(context, api.getMember("walkCosts"));
    walker = new ValueWalker(api, api.getMember("undefinedValue"), api.getMember("objectConstructor"),
        api.getMember("arrayConstructor"), api.getMember("bigintValue"));
    walker.onGiveUp(this::giveBackWalked);
    settleThrown = api.getMember("settleThrown");
    settleLocal = api.getMember("settleLocal");
    undefined = api.getMember("undefinedValue");
    web.connectCore(api);
    api.invokeMember("setEnv", api.invokeMember("parseJson", json(config.vars())), bindingIds());
    // Loading is watched like an invocation: a top-level await that can never settle fails the start.
    HangDetector.Invocation watch = message -> started.completeExceptionally(new WorkerException(config.name(), "Error",
        "Error", message, "", "Worker \"" + config.name() + "\" failed to start: its main module " + config.main()
            + " never finished loading (a top-level await that nothing can settle)."));
    group.hangs().started(watch);
    Value loading = context.eval(CoreScripts.loader(config.main()));
    loading.invokeMember("then", (ProxyExecutable) a -> {
      group.hangs().finished(watch);
      try {
        Value ns = a[0].getArrayElement(0);
        api.invokeMember("hideInternals");
        if (!ns.isNull()) {
          Value problem = api.invokeMember("exportProblem", ns);
          if (!problem.isNull()) {
            started.completeExceptionally(WorkerErrors.startupFailure(config, problem));
            return null;
          }
          Value kinds = api.invokeMember("entrypointKinds", ns);
          for (String key : kinds.getMemberKeys()) {
            entrypointKinds.put(key, kinds.getMember(key).asString());
          }
        }
        api.invokeMember("setExports", ns);
        started.complete(this);
      } catch (RuntimeException e) {
        started.completeExceptionally(e);
      }
      return null;
    }, (ProxyExecutable) a -> {
      group.hangs().finished(watch);
      started.completeExceptionally(WorkerErrors.startupFailure(config, a[0]));
      return null;
    });
  }

  private ProxyObject bindingIds() {
    Map<String, Object> ids = new LinkedHashMap<>();
    for (int i = 0; i < bindings.size(); i++) {
      ids.put(bindings.get(i).binding(), i);
    }
    return ProxyObject.fromMap(ids);
  }

  private ProxyObject flagsObject() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("rpc", compat.rpc());
    f.put("legacyHttpShortcuts", compat.legacyHttpShortcuts());
    f.put("enhancedErrors", compat.enhancedErrors());
    f.put("ctxExports", compat.ctxExports());
    f.put("dupStubs", compat.dupStubs());
    f.put("experimental", compat.experimental());
    f.put("toStringTag", compat.toStringTag());
    f.put("fetchStandardUrl", compat.fetchStandardUrl());
    return ProxyObject.fromMap(f);
  }

  private WebHost webHost() {
    return new WebHost() {
      @Override
      public EventLoop loop() {
        return chainedLoop;
      }

      @Override
      public void console(String level, String text) {
        // A logged error prints its stack: its frames in transpiled files move to the original lines.
        group.console(new ConsoleLine(config.name(), level, text.contains(" at ") ? STACKS.map(text) : text));
      }

      @Override
      public CompletionStage<WorkerResponse> outboundFetch(WorkerRequest request) {
        return group.outboundFetch(config.name(), request);
      }

      @Override
      public int scopeId() {
        RequestChain c = group.currentChain();
        return c == null ? 0 : c.id();
      }
    };
  }

  private ProxyObject hostObject() {
    Map<String, Object> host = new LinkedHashMap<>();
    host.put("rpc", (ProxyExecutable) this::hostRpc);
    host.put("rpcSimple", (ProxyExecutable) this::hostRpcSimple);
    host.put("walk", (ProxyExecutable) a -> {
      Object[] tokens = plain.tokens(a[0]);
      walked = tokens != null ? tokens : walker.walk(a[0], a[1]);
      return walked != null;
    });
    host.put("fetch", (ProxyExecutable) this::hostFetch);
    host.put("isResponse", (ProxyExecutable) a -> web.isResponse(a[0]));
    host.put("requestHasSignal", web.handle("requestHasSignal"));
    host.put("byteWritable", web.handle("byteWritable"));
    host.put("abortBody", web.handle("abortBody"));
    host.put("headersList", web.handle("headersList"));
    host.put("headersImmutable", web.handle("headersImmutable"));
    host.put("freezeHeaders", web.handle("freezeHeaders"));
    host.put("statusTextGiven", web.handle("statusTextGiven"));
    host.put("writableIdle", web.handle("writableIdle"));
    host.put("domException", (ProxyExecutable) a -> web.newDomException(a[0].asString(), a[1].asString()));
    host.put("exportStub", (ProxyExecutable) a -> {
      // Calls on the stub run in the scope that handed it out, which now lives as long as its caller's.
      RequestChain owner = group.currentChain();
      if (owner != null) {
        owner.exportStarted();
      }
      EntrypointTarget target = new EntrypointTarget(null, a[0].asInt(), owner);
      target.stream = a.length > 1 && a[1].asBoolean();
      int gid = group.stubs().export(target);
      if (walker.inSession()) {
        walker.note(new WalkExport(target, gid));
      }
      return gid;
    });
    host.put("scopeId", (ProxyExecutable) a -> {
      RequestChain c = group.currentChain();
      return c == null ? 0 : c.id();
    });
    host.put("releaseAtEnd", (ProxyExecutable) a -> {
      // Runs a release of the stubs an invocation holds once it has ended; never for the request
      // itself or its first invocation (the primary's handler): their end ends everything.
      RequestChain c = group.currentChain();
      if (c == null || c.parent() == null || c.parent().parent() == null) {
        return false;
      }
      Value release = a[0];
      c.onEnd(() -> loop.execute(() -> release.executeVoid()));
      return true;
    });
    host.put("retainStub", (ProxyExecutable) a -> {
      ServiceTarget t = group.stubs().target(a[0].asInt());
      if (t != null) {
        t.retain();
        if (walker.inSession()) {
          walker.note(t);
        }
        // A stub handed on by a scope other than its owner (forwarded, e.g. in a result to that
        // scope's caller) keeps the owner alive while the scopes it reaches live (checked on
        // workerd, our case 240).
        if (t instanceof EntrypointTarget et && et.owner != null) {
          RequestChain from = group.currentChain();
          if (from != null && from != et.owner) {
            et.owner.keptBy(from);
            if (from.parent() != null) {
              et.owner.keptBy(from.parent());
            }
          }
        }
      }
      return null;
    });
    host.put("releaseStub", (ProxyExecutable) a -> {
      ServiceTarget t = group.stubs().target(a[0].asInt());
      if (t != null) {
        t.release();
      }
      return null;
    });
    host.put("waitUntil", (ProxyExecutable) a -> {
      // Kept alive from now on (not from when the invocation answers): an un-awaited call's waitUntil counts too.
      RequestChain scope = group.currentChain();
      if (scope != null) {
        scope.waitStarted();
        a[0].invokeMember("then", (ProxyExecutable) x -> {
          scope.waitFinished();
          return null;
        });
      }
      return null;
    });
    host.put("stubCall", (ProxyExecutable) this::hostStubCall);
    // A service binding sent over RPC: the sender registers its target, the receiver binds to it.
    host.put("shareService", (ProxyExecutable) a -> group.stubs().shareService(target(a[0].asInt())));
    host.put("adoptService", (ProxyExecutable) a -> {
      adopted.add((Target) group.stubs().sharedService(a[0].asInt()));
      return ADOPTED_IDS + adopted.size() - 1;
    });
    // request.fetcher of incoming requests: the worker's way out to the internet, as a service.
    host.put("outboundService", (ProxyExecutable) a -> {
      adopted.add(new Target(outbound, new ServiceTarget.CallInfo(name(), "request.fetcher", "internet", "default",
          Map.of(), null), null));
      return ADOPTED_IDS + adopted.size() - 1;
    });
    host.put("loopback", (ProxyExecutable) a -> {
      loopbacks.add(new Loopback(a[0].asString(), a.length > 1 && a[1].isString() ? jsonObject(a[1].asString()) : Map.of()));
      return -loopbacks.size();
    });
    return ProxyObject.fromMap(host);
  }

  private static List<String> path(Value jsPath) {
    int n = (int) jsPath.getArraySize();
    if (n == 1) {
      return List.of(jsPath.getArrayElement(0).asString());
    }
    List<String> path = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      path.add(jsPath.getArrayElement(i).asString());
    }
    return path;
  }

  private Object hostRpc(Value... a) {
    return dispatchRpc(a[0].asInt(), path(a[1]), messageTokens(a[2]), a[3], a[4]);
  }

  /**
   * The tokens of a message core.js hands over: its token array or their JSON text, or {@code true}
   * for those the walker wrote just before (core.js's {@code toHost}).
   */
  private Object[] messageTokens(Value message) {
    if (message.isBoolean()) {
      Object[] tokens = walked;
      walked = null;
      if (tokens == null) {
        throw new IllegalStateException("internal error: no walked message to hand over");
      }
      return tokens;
    }
    return Tokens.read(message);
  }

  /** A call whose arguments are all primitives: Java reads them without running the JS serializer. */
  private Object hostRpcSimple(Value... a) {
    return dispatchRpc(a[0].asInt(), path(a[1]), Tokens.ofPrimitiveArray(a[2], undefined), a[3], a[4]);
  }

  /**
   * One call through a binding. {@code resolve} and {@code reject} are its promise's own functions:
   * a primitive result resolves it directly, anything else through core.js's settle functions.
   */
  private Object dispatchRpc(int id, List<String> path, Object[] tokens, Value resolve, Value reject) {
    String tooLarge = MessageSize.checkLimit(tokens);
    if (tooLarge != null) {
      settle(Outcome.localError("Error", tooLarge), resolve, reject);
      return null;
    }
    Target t = target(id);
    if (t.target == null) {
      settle(Outcome.localError("Error", t.missing), resolve, reject);
      return null;
    }
    RequestChain chain = t.info.chain();
    String refused = chain == null ? null : chain.admitBindingCall(name(), t.info.service());
    if (refused != null) {
      settle(Outcome.localError("Error", refused), resolve, reject);
      return null;
    }
    outboundStarted(chain);
    t.target.call(t.info, path, tokens, outcome -> loop.execute(() -> {
      outboundFinished(chain);
      group.runIn(chain, () -> {
        Object raw = outcome.kind() != Outcome.Kind.RETURNED ? NOT_PRIMITIVE
            : Tokens.primitiveOf(outcome.tokens(), undefined, NOT_PRIMITIVE);
        if (raw != NOT_PRIMITIVE) {
          resolve.execute(raw);
          return;
        }
        settle(outcome, resolve, reject);
      });
    }));
    return null;
  }

  private static final Object NOT_PRIMITIVE = new Object();

  private static void outboundStarted(RequestChain chain) {
    if (chain != null) {
      chain.outboundStarted();
    }
  }

  private static void outboundFinished(RequestChain chain) {
    if (chain != null) {
      chain.outboundFinished();
    }
  }

  private Object hostStubCall(Value... a) {
    int gid = a[0].asInt();
    List<String> path = new ArrayList<>();
    for (int i = 0; i < a[1].getArraySize(); i++) {
      path.add(a[1].getArrayElement(i).asString());
    }
    Object[] tokens = messageTokens(a[2]);
    Value resolve = a[3];
    Value reject = a[4];
    // Calls on stubs (callbacks, RpcTargets) carry arguments under the same limit as binding calls.
    String tooLarge = MessageSize.checkLimit(tokens);
    if (tooLarge != null) {
      settle(Outcome.localError("Error", tooLarge), resolve, reject);
      return null;
    }
    ServiceTarget target = group.stubs().target(gid);
    if (target == null) {
      settle(Outcome.localError("Error", "RPC stub used after being disposed."), resolve, reject);
      return null;
    }
    RequestChain chain = group.currentChain();
    String refused = chain == null ? null : chain.admitSubrequest(name(), "call on an RPC stub");
    if (refused != null) {
      settle(Outcome.localError("Error", refused), resolve, reject);
      return null;
    }
    ServiceTarget.CallInfo info = new ServiceTarget.CallInfo(name(), "stub", "", "", Map.of(), chain);
    outboundStarted(chain);
    // A call on its way holds the object as a handle does: disposing the stub meanwhile does not end its owner.
    target.retain();
    target.call(info, path, tokens, outcome -> loop.execute(() -> {
      outboundFinished(chain);
      target.release();
      group.runIn(chain, () -> settle(outcome, resolve, reject));
    }));
    return null;
  }

  private Object hostFetch(Value... a) {
    int id = a[0].asInt();
    Value input = a[1];
    Value init = a[2];
    Value resolve = a[3];
    Value reject = a[4];
    Value rejectLocal = a[5];
    // Bad input throws here, as new Request(input, init) would, before the binding is looked at.
    WorkerRequest simple = web.simpleRequest(input, init);
    CompletableFuture<WebInternals.Outgoing> reading = simple != null
        ? CompletableFuture.completedFuture(WebInternals.outgoing(simple))
        : web.readOutgoing(web.requestFrom(input, init, "fetch", "Fetcher"));
    Target t = target(id);
    if (t.target == null) {
      rejectLocal.execute(jsTokens(Outcome.localError("Error", t.missing).tokens()));
      return null;
    }
    RequestChain chain = t.info.chain();
    String refused = chain == null ? null : chain.admitBindingCall(name(), t.info.service());
    if (refused != null) {
      rejectLocal.execute(jsTokens(Outcome.localError("Error", refused).tokens()));
      return null;
    }
    outboundStarted(chain);
    ServiceTarget.Cancel cancel = new ServiceTarget.Cancel();
    reading.whenComplete((outgoing, readError) -> {
      if (readError != null) {
        outboundFinished(chain);
        Throwable cause = readError instanceof java.util.concurrent.CompletionException && readError.getCause() != null
            ? readError.getCause() : readError;
        if (cause instanceof PolyglotException p && p.isGuestException() && p.getGuestObject() != null) {
          rejectLocal.execute(api.invokeMember("encodeThrown", p.getGuestObject()));
        } else {
          rejectLocal.execute(jsTokens(Outcome.localError("TypeError", readError.getMessage()).tokens()));
        }
        return;
      }
      String url = outgoing.request().url();
      if (url.startsWith("data:")) {
        outboundFinished(chain);
        api.invokeMember("fetchData", url, outgoing.request().method(), resolve, (ProxyExecutable) e -> {
          rejectLocal.execute(api.invokeMember("encodeThrown", e[0]));
          return null;
        });
        return;
      }
      if (!url.startsWith("http:") && !url.startsWith("https:")) {
        outboundFinished(chain);
        rejectLocal.execute(jsTokens(Outcome.localError("TypeError", "Fetch API cannot load: " + url).tokens()));
        return;
      }
      new BindingFetch(t, chain, outgoing, resolve, reject, rejectLocal, cancel).send(outgoing.request(),
          outgoing.body() == null ? null : new OutgoingBody(outgoing.body(), chain));
    });
    // The caller's signal aborted before the response: the bound worker's invocation is cut off
    // (checked on workerd: its later steps never run).
    return (ProxyExecutable) x -> {
      cancel.cancel();
      return null;
    };
  }

  /**
   * One {@code env.B.fetch()}: sends the request to the bound worker and, unless the redirect mode
   * is manual, follows its redirects back into the same worker, as workerd does (checked on
   * workerd): at most 20; 301/302 turn a POST into a GET, 303 anything but HEAD; 307/308 send the
   * body again, which a stream body cannot do.
   */
  private final class BindingFetch {
    private static final int MAX_REDIRECTS = 20;
    private final Target target;
    private final RequestChain chain;
    private final WebInternals.Outgoing outgoing;
    private final Value resolve;
    private final Value reject;
    private final Value rejectLocal;
    private final List<String> urls = new ArrayList<>();

    private final ServiceTarget.Cancel cancel;

    BindingFetch(Target target, RequestChain chain, WebInternals.Outgoing outgoing, Value resolve, Value reject,
        Value rejectLocal, ServiceTarget.Cancel cancel) {
      this.target = target;
      this.chain = chain;
      this.outgoing = outgoing;
      this.resolve = resolve;
      this.reject = reject;
      this.rejectLocal = rejectLocal;
      this.cancel = cancel;
    }

    void send(WorkerRequest request) {
      send(request, null);
    }

    /** {@code body}: the request's body, when the caller still streams it (first send only). */
    void send(WorkerRequest request, ServiceTarget.BodySource body) {
      WorkerRequest wire = onTheWire(request, outgoing.streamed());
      urls.add(wire.url());
      target.target.fetch(target.info, wire, body, cancel, out -> loop.execute(() -> group.runIn(chain, () -> {
        if (out.response() == null) {
          outboundFinished(chain);
          reject.execute(jsTokens(out.error().tokens()));
          return;
        }
        WorkerResponse response = out.response();
        int status = response.status();
        String location = response.headers().first("location").orElse(null);
        boolean redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
        if (outgoing.follow() && redirect && location != null) {
          if (out.body() != null) {
            out.body().cancel();
          }
          if (out.consumed() != null) {
            out.consumed().run(); // the redirect's own body is dropped: its invocation is over
          }
          follow(request, status, location);
          return;
        }
        outboundFinished(chain);
        Value bodyError = out.bodyError() == null ? null : api.invokeMember("decodeThrown", jsTokens(out.bodyError().tokens()));
        Runnable consumed = out.consumed();
        resolve.execute(web.newResponse(response, withoutFragment(request.url()), urls.size() > 1,
            request.method().equals("HEAD"), bodyError, consumed == null ? null : (ProxyExecutable) x -> {
              consumed.run();
              return null;
            }, out.body() == null ? null : pullFrom(out.body(), chain), ownedBy(chain)));
      })));
    }

    private void follow(WorkerRequest request, int status, String location) {
      if (urls.size() > MAX_REDIRECTS) {
        fail("Too many redirects." + String.join(", ", urls));
        return;
      }
      Value next = api.invokeMember("resolveLocation", request.url(), location);
      if (next.isNull()) {
        fail("Invalid Location header; unable to follow redirect.");
        return;
      }
      // Each redirect is one more call into the bound worker, under the production limits too.
      String refused = chain == null ? null : chain.admitBindingCall(name(), target.info.service());
      if (refused != null) {
        fail("Error", refused);
        return;
      }
      String method = request.method();
      boolean toGet = status == 303 ? !method.equals("HEAD") : (status == 301 || status == 302) && method.equals("POST");
      if (toGet) {
        send(new WorkerRequest("GET", next.asString(), request.headers(), null, request.cf()));
        return;
      }
      if (request.body() != null && outgoing.streamed()) {
        fail("A request with a one-time-use body (it was initialized from a stream, not a buffer) encountered a "
            + "redirect requiring the body to be retransmitted. To avoid this error in the future, construct this "
            + "request from a buffer-like body initializer.");
        return;
      }
      send(new WorkerRequest(method, next.asString(), request.headers(), request.body(), request.cf()));
    }

    private void fail(String message) {
      fail("TypeError", message);
    }

    private void fail(String type, String message) {
      outboundFinished(chain);
      rejectLocal.execute(jsTokens(Outcome.localError(type, message).tokens()));
    }
  }

  /**
   * A request as the bound worker receives it (checked on workerd): no fragment and no credentials
   * in its URL, and a body announced by Content-Length, or sent chunked when it came from a stream.
   */
  static WorkerRequest onTheWire(WorkerRequest request, boolean streamed) {
    String url = withoutFragment(request.url());
    int scheme = url.indexOf("://");
    if (scheme > 0) {
      int start = scheme + 3;
      int end = start;
      while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
        end++;
      }
      int at = url.lastIndexOf('@', end - 1);
      if (at >= start) {
        url = url.substring(0, start) + url.substring(at + 1);
      }
    }
    boolean framed = request.headers().first("content-length").isPresent()
        || request.headers().first("transfer-encoding").isPresent();
    if (request.body() == null || framed) { // headers the caller set are passed on as they are
      return url.equals(request.url()) ? request
          : new WorkerRequest(request.method(), url, request.headers(), request.body(), request.cf());
    }
    List<HttpHeaders.Header> headers = new ArrayList<>(request.headers().list());
    headers.add(streamed ? new HttpHeaders.Header("transfer-encoding", "chunked")
        : new HttpHeaders.Header("content-length", String.valueOf(request.body().length)));
    return new WorkerRequest(request.method(), url, HttpHeaders.of(headers), request.body(), request.cf());
  }

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }


  /** Tokens as a JS array of this context: read natively by the decoder, which a host array is not. */
  private Value jsTokens(Object[] tokens) {
    return tokenArray.execute(Tokens.forJs(tokens, newBuffer));
  }

  /**
   * Tokens of a value to decode (arguments or a result): a large message of plain data goes in as
   * JSON text for the engine's native parser, anything else as tokens.
   */
  private Value jsValueTokens(Object[] tokens) {
    Value built = tokens.length > PLAIN_JSON_MIN_TOKENS ? plain.value(tokens) : null;
    if (built != null) {
      return built;
    }
    String json = tokens.length > PLAIN_JSON_MIN_TOKENS ? PlainJson.of(tokens) : null;
    return json != null ? plainValue.execute(json) : jsTokens(tokens);
  }

  /** Below this many tokens, handing the tokens over costs less than JSON text and its parse. */
  private static final int PLAIN_JSON_MIN_TOKENS = 32;

  /** Settles a call's promise ({@code resolve}, {@code reject} are its own functions) with its outcome's tokens. */
  private void settle(Outcome outcome, Value resolve, Value reject) {
    switch (outcome.kind()) {
      case RETURNED -> settleReturned.execute(resolve, reject, jsValueTokens(outcome.tokens()));
      case THREW -> settleThrown.execute(resolve, jsTokens(outcome.tokens()));
      case LOCAL_ERROR -> settleLocal.execute(reject, jsTokens(outcome.tokens()));
      default -> throw new IllegalStateException();
    }
  }

  private record Target(ServiceTarget target, ServiceTarget.CallInfo info, String missing) {}

  private Target target(int id) {
    if (id >= ADOPTED_IDS) {
      Target t = adopted.get(id - ADOPTED_IDS);
      ServiceTarget.CallInfo i = t.info();
      return new Target(t.target(), new ServiceTarget.CallInfo(name(), i.binding(), i.service(), i.entrypoint(),
          i.props(), group.currentChain()), t.missing());
    }
    if (id < 0) {
      Loopback loopback = loopbacks.get(-id - 1);
      String entry = loopback.entry();
      return new Target(entrypoint(entry), new ServiceTarget.CallInfo(name(), "ctx.exports." + entry, name(), entry,
          loopback.props(), group.currentChain()), null);
    }
    ServiceBinding b = bindings.get(id);
    ServiceTarget target = group.resolve(name(), b);
    ServiceTarget.CallInfo info = new ServiceTarget.CallInfo(name(), b.binding(), b.service(),
        b.entrypoint().orElse("default"), b.props(), group.currentChain());
    return new Target(target, info, target == null ? group.unresolvedMessage(name(), b) : null);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> jsonObject(String json) {
    try {
      return JSON.readValue(json, Map.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("internal error: props are not JSON: " + json, e);
    }
  }

  /** A stub exported while Java's walker was reading a message. */
  private record WalkExport(EntrypointTarget target, int gid) {}

  /**
   * Lets go of what core.js handed out for a message whose walk gave up (it serializes the message
   * again): the handles taken on forwarded stubs, and the stubs exported, forgotten without their
   * disposers running (the object is still being sent).
   */
  private void giveBackWalked(List<Object> handedOut) {
    for (Object o : handedOut) {
      if (o instanceof WalkExport e) {
        group.stubs().forget(e.gid());
        api.invokeMember("forgetExported", e.target().stubId);
        if (e.target().owner != null) {
          e.target().owner.exportReleased();
        }
      } else {
        ((ServiceTarget) o).release();
      }
    }
  }

  private final Value[] incomingFetchers = new Value[2];

  private Value incomingFetcher(int kind) {
    Value f = incomingFetchers[kind];
    if (f == null) {
      f = incomingFetchers[kind] = api.invokeMember("incomingFetcher", kind);
    }
    return f;
  }

  /**
   * What an incoming request's {@code fetcher} reaches: the internet, through the group's outbound
   * fetch; it implements no RPC method (checked on workerd).
   */
  private final ServiceTarget outbound = new ServiceTarget() {
    @Override
    public void call(CallInfo call, List<String> path, Object[] argTokens, java.util.function.Consumer<Outcome> done) {
      String method = path.size() > 1 && path.get(0).equals("__get__") ? path.get(1) : path.get(0);
      done.accept(Outcome.error("TypeError", "The RPC receiver does not implement the method \"" + method + "\"."));
    }

    @Override
    public void fetch(CallInfo call, WorkerRequest request, java.util.function.Consumer<HttpOutcome> done) {
      group.outboundFetch(name(), request).whenComplete((response, error) -> done.accept(error == null
          ? HttpOutcome.of(response)
          : HttpOutcome.failed(Outcome.error("TypeError", String.valueOf(
              (error.getCause() != null ? error.getCause() : error).getMessage())))));
    }
  };

  /** The service target for one of this worker's entrypoints. */
  public ServiceTarget entrypoint(String entry) {
    return new EntrypointTarget(entry, 0, null);
  }

  private int releaseBurst;
  private boolean releaseBurstOpen;

  /** Calls into this worker: an entrypoint by export name, or an exported stub by local id. */
  private static final String STREAM_BROKE = "ReadableStream received over RPC disconnected prematurely.";
  private static final String CALL_CANCELED = "The execution context responding to this call was canceled.";

  private final class EntrypointTarget implements ServiceTarget {
    private final String entry;
    private final int stubId;
    private final RequestChain owner;
    // An exported ReadableStream: a read it cannot answer while nothing of its owner's scope can
    // wake it fails the receiver's stream with "disconnected prematurely" (checked on workerd).
    private boolean stream;
    // Handles on an exported stub: one per copy sent in a message (taken over by whoever reads it)
    // and one per dup(). At none, the owner may end and hears that the object is released.
    private int handles = 1;

    /** An entrypoint by export name, or (entry null) the exported stub {@code stubId} handed out in {@code owner}. */
    EntrypointTarget(String entry, int stubId, RequestChain owner) {
      this.entry = entry;
      this.stubId = stubId;
      this.owner = owner;
    }

    @Override
    public void retain() {
      handles++;
    }

    @Override
    public void release() {
      if (handles > 0 && --handles == 0) {
        if (owner != null) {
          owner.exportReleased();
        }
        // The owner disposes the object, before the answer of the call that released it reaches anyone.
        // Releases made in one task of the loop form a burst, which decides whether the disposer of
        // an object the owner returned still runs once the owner has ended (see releaseExported).
        if (!releaseBurstOpen) {
          releaseBurstOpen = true;
          releaseBurst++;
          loop.execute(() -> releaseBurstOpen = false);
        }
        int burst = releaseBurst;
        boolean alive = owner == null || !owner.ended();
        loop.execute(() -> group.enter(owner,
            () -> api.invokeMember("releaseExported", stubId, alive, burst, owner == null || !owner.ended())));
      }
    }

    /**
     * The scope a call runs in: a new one below the caller's for an entrypoint; for a stub, the
     * scope that handed it out (or, without one, the caller's).
     */
    private RequestChain scopeFor(CallInfo call) {
      if (entry == null) {
        return owner != null ? owner : call.chain();
      }
      return call.chain() == null ? null : call.chain().child();
    }

    @Override
    public void call(CallInfo call, List<String> path, Object[] argTokens, java.util.function.Consumer<Outcome> done) {
      // A call made while the scope that handed the stub out lives is delivered even if that scope
      // ends before it arrives (its synchronous part runs: checked on workerd, our case 274).
      boolean ownerGone = entry == null && owner != null && owner.ended();
      Runnable task = () -> {
        if (ownerGone) {
          // The request that handed the stub out is over (checked on workerd, our case 143).
          done.accept(Outcome.localError("Error", "The execution context which hosts this callback is no longer running."));
          return;
        }
        RequestChain scope = scopeFor(call);
        group.enter(scope, () -> invoke(call, scope, path, argTokens, done));
        settleScope(scope);
      };
      // A call on a stub reaches its object ahead of binding calls made in the same turn (checked on
      // workerd, our case 241): workerd starts a new invocation a turn later.
      if (entry == null) {
        loop.executeFirst(task);
      } else {
        loop.execute(task);
      }
    }

    private void invoke(CallInfo call, RequestChain scope, List<String> path, Object[] argTokens,
        java.util.function.Consumer<Outcome> done) {
      Once<Outcome> once = stream && scope != null
          ? new Once<>(done, msg -> Outcome.error("Error", STREAM_BROKE), scope, out -> false)
          : entry != null ? new Once<>(done, msg -> Outcome.localError("Error", msg), scope, out -> true)
          : stubCall(done);
      ProxyExecutable finished = r -> {
        Object[] tokens = r.length > 3 && r[3].asBoolean() ? Tokens.ofPrimitive(r[1], undefined)
            : r[0].asBoolean() ? messageTokens(r[1]) : Tokens.read(r[1]);
        String tooLarge = r[0].asBoolean() ? MessageSize.checkLimit(tokens) : null;
        once.accept(tooLarge != null ? Outcome.error("Error", tooLarge)
            : r[0].asBoolean() ? Outcome.returned(tokens) : Outcome.thrownWithStack(tokens));
        return null;
      };
      try {
        if (entry == null) {
          api.invokeMember("callExported", stubId, jsPath(path), jsValueTokens(argTokens), finished);
        } else {
          Object[] args = Tokens.primitiveArgs(argTokens, undefined);
          if (args != null) {
            Object[] callArgs = new Object[4 + args.length];
            callArgs[0] = entry;
            callArgs[1] = path.size() == 1 ? path.get(0) : jsPath(path);
            callArgs[2] = props(call);
            callArgs[3] = finished;
            System.arraycopy(args, 0, callArgs, 4, args.length);
            Value result = callRpcDirect.execute(callArgs);
            if (!result.hasMembers()) { // a primitive result, answered without `finished`
              Object[] tokens = Tokens.ofPrimitive(result, undefined);
              String tooLarge = MessageSize.checkLimit(tokens);
              once.accept(tooLarge != null ? Outcome.error("Error", tooLarge) : Outcome.returned(tokens));
            }
          } else {
            api.invokeMember("callRpc", entry, jsPath(path), jsValueTokens(argTokens), props(call), finished);
          }
        }
      } catch (PolyglotException e) {
        if (!e.isInterrupted()) {
          throw e;
        }
        once.accept(Outcome.error("Error", cpuLimitMessage("\"" + String.join(".", path) + "\"")));
      }
    }

    /**
     * A call on a stub is not watched for hangs (workerd lets it wait); a read of an exported stream
     * is, in invoke (checked on workerd, our cases 273 and 308).
     */
    private Once<Outcome> stubCall(java.util.function.Consumer<Outcome> done) {
      if (owner == null) {
        return new Once<>(done, msg -> Outcome.localError("Error", msg), null, out -> true);
      }
      // A call still running when the scope that handed the stub out ends (its request answered)
      // fails for its caller (checked on workerd, our case 274).
      Runnable[] cut = new Runnable[1];
      Once<Outcome> once = new Once<>(out -> {
        owner.dropOnEnd(cut[0]);
        done.accept(out);
      }, msg -> Outcome.error("Error", msg), null, out -> true);
      cut[0] = () -> once.cancel(CALL_CANCELED);
      owner.onEnd(cut[0]);
      return once;
    }

    private static ProxyArray jsPath(List<String> path) {
      return ProxyArray.fromList(new ArrayList<>(path));
    }

    /** After an invocation's synchronous part: it may already be over (its caller gone, nothing waited for). */
    private void settleScope(RequestChain scope) {
      if (entry != null && scope != null) {
        scope.settle();
      }
    }

    @Override
    public void fetch(CallInfo call, WorkerRequest request, java.util.function.Consumer<HttpOutcome> done) {
      fetch(call, request, null, null, done);
    }

    @Override
    public void fetch(CallInfo call, WorkerRequest request, ServiceTarget.BodySource body,
        java.util.function.Consumer<HttpOutcome> done) {
      fetch(call, request, body, null, done);
    }

    @Override
    public void fetch(CallInfo call, WorkerRequest request, ServiceTarget.BodySource body,
        ServiceTarget.Cancel cancel, java.util.function.Consumer<HttpOutcome> done) {
      // A fetch reaches the callee ahead of stub calls and RPC binding calls made in the same turn
      // (checked on workerd, our case 249).
      loop.executeUrgent(() -> {
        RequestChain scope = scopeFor(call);
        if (cancel != null && scope != null && entry != null) {
          // The caller gave up: the invocation is cut off as if it had answered.
          cancel.onCancel(() -> loop.execute(scope::responded));
        }
        group.enter(scope, () -> invokeFetch(call, scope, request, body, done));
        settleScope(scope);
      });
    }

    private void invokeFetch(CallInfo call, RequestChain scope, WorkerRequest request, ServiceTarget.BodySource body,
        java.util.function.Consumer<HttpOutcome> done) {
      // With a response, the invocation has answered once the caller has consumed its body.
      Once<HttpOutcome> once = new Once<>(done, msg -> HttpOutcome.failed(Outcome.error("Error", msg)), scope,
          out -> out.consumed() == null);
      boolean[] answered = {false}; // the handler has returned (or thrown): its request's body is closed
      ProxyExecutable finished = r -> {
        answered[0] = true;
        if (r[0].asBoolean()) {
          web.readServed(r[1]).whenComplete((served, err) -> once.accept(err != null
              ? HttpOutcome.failed(Outcome.error("TypeError", String.valueOf(err.getMessage())))
              : served.body() != null
                  ? HttpOutcome.streamed(served.response(), new ServedBody(served.body(), scope))
                      .whenConsumed(scope == null ? null : scope::responded)
                  : (served.bodyError() == null ? HttpOutcome.of(served.response())
                  : HttpOutcome.bodyFailed(served.response(),
                      Outcome.thrownWithStack(Tokens.read(api.invokeMember("encodeThrown", served.bodyError())))))
                  .whenConsumed(scope == null ? null : scope::responded)));
        } else {
          once.accept(HttpOutcome.failed(Outcome.thrownWithStack(Tokens.read(r[1]))));
        }
        return null;
      };
      try {
        // The primary's handler (its scope right below the request's) gets a Fetcher, a handler
        // reached through a binding a ServiceStub (checked on workerd).
        boolean primary = scope == null || scope.parent() == null || scope.parent().parent() == null;
        api.invokeMember("callFetch", entry, web.newRequest(request, body == null ? null : pullFrom(body, scope),
            ownedBy(scope, () -> answered[0]), incomingFetcher(primary ? 0 : 1)), props(call), finished);
      } catch (PolyglotException e) {
        if (!e.isInterrupted()) {
          throw e;
        }
        once.accept(HttpOutcome.failed(Outcome.error("Error", cpuLimitMessage("its fetch handler"))));
      }
    }
  }

  /**
   * The JS side of a body another worker still streams, for fetch.js's pulledStream:
   * {@code read(deliver)} asks for the next chunk and delivers it on this worker's loop in
   * {@code chain} (a pending read counts as an unanswered call of that scope), {@code cancel()}
   * lets the body go.
   */
  private ProxyObject pullFrom(ServiceTarget.BodySource body, RequestChain chain) {
    ProxyExecutable read = a -> {
      Value deliver = a[0];
      outboundStarted(chain);
      body.read(chunk -> loop.execute(() -> group.runIn(chain, () -> {
        outboundFinished(chain);
        if (chunk.bytes() != null) {
          deliver.execute(0, web.bytesToJs(chunk.bytes()));
        } else if (chunk.error() == null) {
          deliver.execute(1);
        } else {
          deliver.execute(2, api.invokeMember("decodeThrown", jsTokens(chunk.error().tokens())));
        }
      })));
      return null;
    };
    ProxyExecutable cancel = a -> {
      body.cancel();
      return null;
    };
    return ProxyObject.fromMap(Map.of("read", read, "cancel", cancel));
  }

  /**
   * Whether the invocation running now may read a body fetched in {@code chain}: only that one may
   * (checked on workerd: another, even of the same request, gets "Cannot perform I/O on behalf of a
   * different request").
   */
  private ProxyExecutable ownedBy(RequestChain chain) {
    return ownedBy(chain, null);
  }

  /**
   * As {@link #ownedBy(RequestChain)}, answering fetch.js's codes: 0 readable, 1 another
   * invocation's, 2 (when {@code answered} says so) the body of an incoming request read after its
   * response was sent (checked on workerd: "Can't read from request stream after response has been
   * sent.").
   */
  private ProxyExecutable ownedBy(RequestChain chain, java.util.function.BooleanSupplier answered) {
    if (chain == null) {
      return null;
    }
    return a -> {
      RequestChain current = group.currentChain();
      if (current != null && current != chain) {
        return 1;
      }
      return answered != null && answered.getAsBoolean() ? 2 : 0;
    };
  }

  /**
   * The body of a request this worker sends through a binding, still streaming: read on this
   * worker's loop, in the caller's scope, as the bound worker pulls it (checked on workerd: an
   * endless body can be read in part, chunks keep their bounds). Once the caller's scope has ended,
   * the body ends.
   */
  private final class OutgoingBody implements ServiceTarget.BodySource {
    private final Value source;
    private final RequestChain chain;
    private boolean over; // loop thread only

    OutgoingBody(Value source, RequestChain chain) {
      this.source = source;
      this.chain = chain;
    }

    @Override
    public void read(java.util.function.Consumer<ServiceTarget.BodyChunk> done) {
      loop.execute(() -> {
        if (over || (chain != null && chain.ended())) {
          done.accept(ServiceTarget.BodyChunk.END);
          return;
        }
        group.enter(chain, () -> source.invokeMember("read", (ProxyExecutable) a -> {
          int kind = a[0].asInt();
          if (kind == 0) {
            done.accept(new ServiceTarget.BodyChunk(WebInternals.bytesOf(a[1]), null));
          } else {
            over = true;
            done.accept(ServiceTarget.BodyChunk.END);
          }
          return null;
        }));
      });
    }

    @Override
    public void cancel() {
      loop.execute(() -> over = true);
    }
  }

  /**
   * The stream body of a response this worker's fetch handler served, pulled by its receiver from
   * any thread: each read runs on this worker's loop, in the invocation's scope. A read the stream
   * cannot answer while nothing of the invocation can wake it fails with the hang error, as
   * workerd's does (checked on workerd). The receiver's cancel does not reach the stream's source
   * (checked on workerd); once the invocation has ended (the receiver let go, or its request is
   * over), reads fail.
   */
  private final class ServedBody implements ServiceTarget.BodySource {
    private final Value source;
    private final RequestChain scope;
    private boolean over; // loop thread only

    ServedBody(Value source, RequestChain scope) {
      this.source = source;
      this.scope = scope;
      if (scope != null) {
        scope.onEnd(() -> over = true);
      }
    }

    @Override
    public void read(java.util.function.Consumer<ServiceTarget.BodyChunk> done) {
      loop.execute(() -> {
        if (over) {
          done.accept(new ServiceTarget.BodyChunk(null, Outcome.error("Error", "Network connection lost.")));
          return;
        }
        group.enter(scope, () -> {
          boolean[] settled = {false};
          HangDetector.Invocation watch = scope == null ? null : new HangDetector.Invocation() {
            @Override
            public void cancel(String message) {
              if (!settled[0]) {
                settled[0] = true;
                over = true;
                done.accept(new ServiceTarget.BodyChunk(null, Outcome.error("Error", message)));
              }
            }

            @Override
            public RequestChain scope() {
              return scope;
            }
          };
          if (watch != null) {
            group.hangs().started(watch);
          }
          source.invokeMember("read", (ProxyExecutable) a -> {
            if (settled[0]) {
              return null;
            }
            settled[0] = true;
            if (watch != null) {
              group.hangs().finished(watch);
            }
            int kind = a[0].asInt();
            if (kind == 0) {
              done.accept(new ServiceTarget.BodyChunk(WebInternals.bytesOf(a[1]), null));
            } else {
              over = true;
              done.accept(kind == 1 ? ServiceTarget.BodyChunk.END : new ServiceTarget.BodyChunk(null,
                  Outcome.thrownWithStack(Tokens.read(api.invokeMember("encodeThrown", a[1])))));
            }
            return null;
          });
        });
      });
    }

    @Override
    public void cancel() {
      loop.execute(() -> over = true);
    }
  }

  /**
   * Settles an invocation once, whether it finishes or the hang detector cancels it. An invocation
   * with a scope (an entrypoint's) is watched for hangs and ends its scope's answering; a call on a
   * stub (scope null) is not watched, as workerd lets it wait.
   */
  private final class Once<T> implements java.util.function.Consumer<T>, HangDetector.Invocation {
    private final java.util.function.Consumer<T> done;
    private final java.util.function.Function<String, T> onCancel;
    private final RequestChain scope;
    private final java.util.function.Predicate<T> answered;
    private boolean settled;

    /** {@code answered}: whether delivering this outcome ends the answering (else its receiver says when). */
    Once(java.util.function.Consumer<T> done, java.util.function.Function<String, T> onCancel, RequestChain scope,
        java.util.function.Predicate<T> answered) {
      this.done = done;
      this.onCancel = onCancel;
      this.scope = scope;
      this.answered = answered;
      if (scope != null) {
        group.hangs().started(this);
      }
    }

    @Override
    public RequestChain scope() {
      return scope;
    }

    @Override
    public void accept(T outcome) {
      if (!settled) {
        settled = true;
        if (scope != null) {
          group.hangs().finished(this);
        }
        done.accept(outcome);
        if (scope != null && answered.test(outcome)) {
          scope.responded();
        }
      }
    }

    @Override
    public void cancel(String message) {
      if (!settled) {
        settled = true;
        T outcome = onCancel.apply(message);
        done.accept(outcome);
        if (scope != null && answered.test(outcome)) {
          scope.responded();
        }
      }
    }
  }

  // Props as JSON, once per binding: each call still gets its own parsed copy as ctx.props.
  private final Map<Map<String, Object>, String> propsJson = new java.util.IdentityHashMap<>();

  private Value props(ServiceTarget.CallInfo call) {
    Map<String, Object> props = call.props();
    if (props == null || props.isEmpty()) {
      return null;
    }
    return api.invokeMember("parseJson", propsJson.computeIfAbsent(props, WorkerInstance::json));
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot pass value to a worker as JSON: " + e.getMessage(), e);
    }
  }

  /** Converts error tokens that reached Java into an exception for Java callers. */
  public WorkerException toException(Outcome outcome, String what) {
    return WorkerErrors.fromOutcome(name(), what, outcome);
  }

  /** Interrupts JS running in this worker (the CPU limit); called from the watchdog thread. */
  void interrupt() {
    Context c = context;
    if (c != null) {
      try {
        c.interrupt(java.time.Duration.ofSeconds(1));
      } catch (java.util.concurrent.TimeoutException | PolyglotException | IllegalStateException e) {
        // not running JS right now, or already closing: nothing to interrupt
      }
    }
  }

  private String cpuLimitMessage(String what) {
    return "Worker \"" + name() + "\" exceeded the CPU time limit of " + group.limits().cpuTime().toMillis()
        + " ms in " + what + " and was interrupted (Cloudflare ends such invocations with \"Worker exceeded CPU time "
        + "limit\"). Raise it with WorkerGroup.builder().limits(Limits.production().withCpuTime(...)).";
  }

  /** Closes the context; runs on the loop. */
  public void close() {
    if (context != null) {
      if (web != null) {
        web.cancelAll();
      }
      try {
        context.close(true);
      } catch (PolyglotException e) {
        // closing a cancelled context reports the cancellation; nothing is left to clean up
      }
    }
  }
}
