package dev.bindery.junit;

import dev.bindery.junit.internal.ConfigCache;
import dev.bindery.junit.internal.HarnessSpec;
import dev.bindery.junit.internal.Injection;
import dev.bindery.junit.internal.WorkerDiagnostics;
import dev.bindery.runtime.ConfigException;
import dev.bindery.runtime.Worker;
import dev.bindery.runtime.WorkerGroup;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit Jupiter extension behind {@link WorkerTest}; register it with
 * {@code @RegisterExtension} for set-up that an annotation cannot say, as with WireMock:
 *
 * <pre>{@code
 * @RegisterExtension
 * static WireMockExtension wireMock = WireMockExtension.newInstance().build();
 *
 * @RegisterExtension
 * static BinderyExtension bindery = BinderyExtension.newInstance()
 *     .config("workers/a/wrangler.jsonc")
 *     .jsWorker("worker_b", "export default { add(a, b) { return a * b; } }")
 *     .outboundTo(wireMock::baseUrl)
 *     .build();
 * }</pre>
 *
 * <p>A {@code static} field gives one group per class, an instance field one per test. State
 * lives in the {@link ExtensionContext.Store}; this object holds only its immutable settings.
 */
public final class BinderyExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
    ParameterResolver, TestExecutionExceptionHandler {

  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BinderyExtension.class);
  private static final String CLASS_HARNESS = "harness.class";
  private static final String TEST_HARNESS = "harness.test";
  private static final Injection INJECTION = new Injection(List.of(
      new Injection.Kind(InjectWorker.class, Worker.class),
      new Injection.Kind(InjectStub.class, ServiceStub.class),
      new Injection.Kind(InjectGroup.class, WorkerGroup.class),
      new Injection.Kind(InjectJournal.class, CallJournal.class)));

  /** Settings given through the builder; null for the {@code @WorkerTest} instance. */
  private final HarnessSpec registered;

  BinderyExtension() {
    this(null);
  }

  private BinderyExtension(HarnessSpec registered) {
    this.registered = registered;
  }

  /** Starts the settings of an extension to register with {@code @RegisterExtension}. */
  public static Builder newInstance() {
    return new Builder();
  }

  // ---- lifecycle

  @Override
  public void beforeAll(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    if (stepsAside(testClass)) {
      return;
    }
    List<Field> fields = INJECTION.fields(testClass);
    boolean perClass = registered != null || INJECTION.perClass(testClass, BinderyExtension::isOurs);
    if (!perClass) {
      return;
    }
    HarnessSpec spec = spec(context, testClass).withOverrides(vars(testClass), bindings(testClass));
    WorkerHarness harness = start(context, spec, testClass);
    context.getStore(NS).put(CLASS_HARNESS, harness);
    for (Field f : fields) {
      if (Modifier.isStatic(f.getModifiers())) {
        Injection.set(f, null, fieldValue(harness, f));
      }
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    if (stepsAside(testClass)) {
      return;
    }
    List<HarnessSpec.VarOverride> vars = vars(context.getRequiredTestMethod());
    List<HarnessSpec.BindingOverride> bindings = bindings(context.getRequiredTestMethod());
    WorkerHarness shared = context.getStore(NS).get(CLASS_HARNESS, WorkerHarness.class);
    WorkerHarness harness;
    if (shared != null && vars.isEmpty() && bindings.isEmpty()) {
      shared.reset();
      harness = shared;
    } else {
      HarnessSpec spec = spec(context, testClass).withOverrides(vars(testClass), bindings(testClass))
          .withOverrides(vars, bindings);
      harness = start(context, spec, testClass);
    }
    context.getStore(NS).put(TEST_HARNESS, new Current(harness, harness != shared));
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      for (Field f : INJECTION.fields(instance.getClass())) {
        if (!Modifier.isStatic(f.getModifiers()) || shared == null) {
          Injection.set(f, Modifier.isStatic(f.getModifiers()) ? null : instance, fieldValue(harness, f));
        }
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Current current = context.getStore(NS).get(TEST_HARNESS, Current.class);
    if (current == null) {
      return;
    }
    List<String> unmatched = current.harness().unmatchedCalls();
    if (unmatched.size() == 1) {
      throw new AssertionError(unmatched.get(0));
    }
    if (!unmatched.isEmpty()) {
      StringBuilder s = new StringBuilder(unmatched.size() + " calls reached stubs without a matching answer:");
      for (int i = 0; i < unmatched.size(); i++) {
        s.append("\n  ").append(i + 1).append(". ").append(unmatched.get(i));
      }
      throw new AssertionError(s.toString());
    }
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
    Current current = context.getStore(NS).get(TEST_HARNESS, Current.class);
    if (current != null) {
      throwable.addSuppressed(new WorkerDiagnostics(current.harness().report(throwable)));
    }
    throw throwable;
  }

  /** The harness of the running test; closes it with the test when the test owns it. */
  private record Current(WorkerHarness harness, boolean owned) implements AutoCloseable {
    @Override
    public void close() {
      if (owned) {
        harness.close();
      }
    }
  }

  // ---- parameters

  private static boolean isOurs(Parameter p) {
    Class<?> t = p.getType();
    return t == WorkerGroup.class || t == CallJournal.class || t == WorkerHarness.class
        || p.isAnnotationPresent(InjectWorker.class) || p.isAnnotationPresent(InjectStub.class);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return !stepsAside(extensionContext.getRequiredTestClass()) && isOurs(parameterContext.getParameter());
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
    Parameter p = parameterContext.getParameter();
    String where = "parameter [" + p.getName() + "] of [" + parameterContext.getDeclaringExecutable().getName() + "]";
    Current current = context.getStore(NS).get(TEST_HARNESS, Current.class);
    WorkerHarness harness = current != null ? current.harness()
        : context.getStore(NS).get(CLASS_HARNESS, WorkerHarness.class);
    if (harness == null) {
      throw new ParameterResolutionException("No worker group for " + where + ": a group per class starts only when a "
          + "static field or a @BeforeAll method asks for it.");
    }
    InjectWorker worker = p.getAnnotation(InjectWorker.class);
    InjectStub stub = p.getAnnotation(InjectStub.class);
    if ((worker != null && p.getType() != Worker.class) || (stub != null && p.getType() != ServiceStub.class)) {
      Class<?> expected = worker != null ? Worker.class : ServiceStub.class;
      throw new ParameterResolutionException("@" + (worker != null ? "InjectWorker " : "InjectStub ") + where
          + " must be of type " + expected.getName() + ", but is " + p.getType().getName() + ".");
    }
    try {
      return value(harness, p.getType(), p);
    } catch (IllegalArgumentException e) {
      throw new ParameterResolutionException("@" + (worker != null ? "InjectWorker " : "InjectStub ") + where + " "
          + e.getMessage());
    }
  }

  // ---- values

  private static Object fieldValue(WorkerHarness harness, Field f) {
    try {
      return value(harness, f.getType(), f);
    } catch (IllegalArgumentException e) {
      String annotation = f.isAnnotationPresent(InjectWorker.class) ? "InjectWorker" : "InjectStub";
      throw new ExtensionConfigurationException("@" + annotation + " field [" + f.getDeclaringClass().getSimpleName()
          + "." + f.getName() + "] " + e.getMessage());
    }
  }

  private static Object value(WorkerHarness harness, Class<?> type, AnnotatedElement element) {
    if (type == WorkerGroup.class) {
      return harness.group();
    }
    if (type == CallJournal.class) {
      return harness.journal();
    }
    if (type == WorkerHarness.class) {
      return harness;
    }
    InjectStub stub = element.getAnnotation(InjectStub.class);
    if (stub != null) {
      return harness.stub(stub.value());
    }
    String name = element.getAnnotation(InjectWorker.class).value();
    if (name.isEmpty()) {
      return harness.group().primary();
    }
    List<String> names = harness.group().workers().stream().map(Worker::name).toList();
    if (!names.contains(name)) {
      throw new IllegalArgumentException("names worker \"" + name + "\", which is not in this group. Workers: " + names
          + ".");
    }
    return harness.worker(name);
  }

  // ---- settings

  /** The {@code @WorkerTest} instance gives way to a registered {@code BinderyExtension}. */
  private boolean stepsAside(Class<?> testClass) {
    if (registered != null) {
      return false;
    }
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      for (Field f : AnnotationSupport.findAnnotatedFields(c, RegisterExtension.class)) {
        if (f.getType() == BinderyExtension.class) {
          return true;
        }
      }
    }
    return false;
  }

  private HarnessSpec spec(ExtensionContext context, Class<?> testClass) {
    Optional<WorkerTest> annotation = workerTest(testClass);
    HarnessSpec spec = registered != null ? registered : HarnessSpec.empty();
    if (annotation.isPresent()) {
      WorkerTest a = annotation.get();
      if (spec.configs().isEmpty()) {
        spec = spec.withConfigs(Arrays.asList(a.value()));
      }
      if (spec.env().isEmpty()) {
        spec = spec.withEnv(a.env());
      }
      spec = spec.withNetwork(spec.allowNetwork() || a.allowNetwork());
    }
    return spec.withStubs(Injection.names(testClass, InjectStub.class, InjectStub::value));
  }

  private static Optional<WorkerTest> workerTest(Class<?> testClass) {
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      Optional<WorkerTest> a = AnnotationSupport.findAnnotation(c, WorkerTest.class);
      if (a.isPresent()) {
        return a;
      }
    }
    return Optional.empty();
  }

  private WorkerHarness start(ExtensionContext context, HarnessSpec spec, Class<?> testClass) {
    ConfigCache cache = context.getRoot().getStore(NS).getOrComputeIfAbsent(ConfigCache.class.getName(),
        k -> new ConfigCache(), ConfigCache.class);
    String origin = registered != null ? "BinderyExtension" : "@WorkerTest";
    try {
      return new WorkerHarness(spec, cache);
    } catch (ConfigCache.NotFound e) {
      throw new ExtensionConfigurationException(origin + " " + e.getMessage() + " (test class ["
          + testClass.getSimpleName() + "])");
    } catch (ConfigException e) {
      throw new ExtensionConfigurationException(e.getMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ExtensionConfigurationException(e.getMessage(), e);
    }
  }

  private static List<HarnessSpec.VarOverride> vars(AnnotatedElement element) {
    List<HarnessSpec.VarOverride> out = new ArrayList<>();
    for (WithVar v : AnnotationSupport.findRepeatableAnnotations(element, WithVar.class)) {
      out.add(new HarnessSpec.VarOverride(v.worker(), v.name(), v.value()));
    }
    return out;
  }

  private static List<HarnessSpec.BindingOverride> bindings(AnnotatedElement element) {
    List<HarnessSpec.BindingOverride> out = new ArrayList<>();
    for (WithBinding b : AnnotationSupport.findRepeatableAnnotations(element, WithBinding.class)) {
      out.add(new HarnessSpec.BindingOverride(b.worker(), b.binding(), b.service(), b.entrypoint()));
    }
    return out;
  }

  /** Settings of a registered {@link BinderyExtension}, or of a {@link WorkerHarness} started directly. */
  public static final class Builder {
    private HarnessSpec spec = HarnessSpec.empty();

    private Builder() {}

    /** Adds a wrangler config (file path or classpath resource); the first one is the entry worker. */
    public Builder config(String config) {
      spec = spec.withConfigs(List.of(config));
      return this;
    }

    public Builder configs(String... configs) {
      spec = spec.withConfigs(List.of(configs));
      return this;
    }

    /** Selects {@code env.<name>} of every config, as {@code wrangler --env}. */
    public Builder env(String name) {
      spec = spec.withEnv(name);
      return this;
    }

    /** Answers the service with a {@link ServiceStub}, even when a config provides it. */
    public Builder stub(String service) {
      spec = spec.withStubs(java.util.Set.of(service));
      return this;
    }

    /** Adds a fake worker named {@code name} whose main module is this JavaScript source. */
    public Builder jsWorker(String name, String moduleSource) {
      spec = spec.withJsWorker(new HarnessSpec.JsWorker(name, moduleSource, null));
      return this;
    }

    /** Adds a fake worker named {@code name} whose main module is this file. */
    public Builder jsWorker(String name, Path moduleFile) {
      spec = spec.withJsWorker(new HarnessSpec.JsWorker(name, null, moduleFile));
      return this;
    }

    /** Sets a text var of one worker. */
    public Builder var(String worker, String name, String value) {
      spec = spec.withOverrides(List.of(new HarnessSpec.VarOverride(worker, name, value)), List.of());
      return this;
    }

    /** Points (or adds) a binding of one worker at another service. */
    public Builder binding(String worker, String binding, String service) {
      spec = spec.withOverrides(List.of(), List.of(new HarnessSpec.BindingOverride(worker, binding, service, "")));
      return this;
    }

    /** Routes every worker's outbound {@code fetch()} to this base URL, e.g. {@code wireMock::baseUrl}. */
    public Builder outboundTo(Supplier<String> baseUrl) {
      spec = spec.withOutboundTo(baseUrl);
      return this;
    }

    /** Lets outbound {@code fetch()} reach the real network. */
    public Builder allowNetwork() {
      spec = spec.withNetwork(true);
      return this;
    }

    /** The extension, for a {@code @RegisterExtension} field. */
    public BinderyExtension build() {
      return new BinderyExtension(spec);
    }

    /** Starts the workers outside Jupiter (jqwik, plain code); close the harness when done. */
    public WorkerHarness start() {
      return new WorkerHarness(spec, new ConfigCache());
    }
  }
}
