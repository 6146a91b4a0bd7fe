package dev.bindery.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the workers of these wrangler configs for each test, with their service bindings connected,
 * as {@code wrangler dev -c a -c b} does. The first config is the entry worker.
 *
 * <pre>{@code
 * @WorkerTest({"workers/a/wrangler.jsonc", "workers/b/wrangler.jsonc"})
 * class OrderTests {
 *   @InjectWorker("worker_b") Worker billing;
 *
 *   @Test
 *   void adds(WorkerGroup group) {
 *     assertThat(group.fetch(WorkerRequest.get("http://localhost/"))).hasBodyText("3");
 *   }
 * }
 * }</pre>
 *
 * <p>Each test gets a fresh group, unless a {@code static} field or a {@code @BeforeAll} method
 * asks for one: then the class shares one group, and stubs and the journal are reset before each
 * test. A binding to a service that no config provides is answered by a {@link ServiceStub}.
 * Richer set-up goes through {@link BinderyExtension#newInstance()} and {@code @RegisterExtension}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(BinderyExtension.class)
public @interface WorkerTest {

  /**
   * The wrangler configs, entry worker first: paths relative to the working directory (the project
   * folder under Maven), or classpath resources.
   */
  String[] value() default {};

  /** The {@code env.<name>} section of every config, as {@code wrangler --env}; empty for the top level. */
  String env() default "";

  /**
   * Whether a worker's {@code fetch()} to a host that is not a binding may reach the real network.
   * By default it is refused with a {@code TypeError} that says how to route it to WireMock.
   */
  boolean allowNetwork() default false;
}
