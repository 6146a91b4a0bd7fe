package dev.bindery.runtime.internal.clone;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.js.runtime.JSRealm;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * A Truffle language of two programs, {@code read} and {@code write}, that copy plain data (plain
 * objects, dense arrays, strings, numbers, booleans, null, undefined) between a JS context and
 * clone tokens at Java speed: the polyglot API asks several questions per value, each a call into
 * the interpreter, where this reads the engine's objects directly. Anything else makes a program
 * answer {@code false}, and the caller takes the general path (ValueWalker and core.js).
 *
 * <p>Host code only: worker code has no way to name a language (the {@code Polyglot} builtin is
 * off), so it cannot reach these programs.
 */
public final class CloneLanguage extends TruffleLanguage<CloneLanguage.State> {

  /** The id contexts must permit (beside {@code js}) to use the fast path. */
  public static final String ID = "bindery-clone";

  /**
   * The GraalJS version whose internals this reads and builds with (a test holds it to the build's
   * version); with any other, {@link PlainClone} leaves every value to the general path.
   */
  public static final String BUILT_FOR = "25.0.5";

  /** The version of the GraalJS on the classpath (its jar's manifest), or null when it cannot tell. */
  public static String graalJsVersion() {
    try {
      URL classFile = JSRealm.class.getResource("JSRealm.class");
      if (classFile == null || !(classFile.openConnection() instanceof JarURLConnection jar)) {
        return null;
      }
      jar.setUseCaches(false);
      Manifest manifest = jar.getManifest();
      Attributes main = manifest == null ? null : manifest.getMainAttributes();
      return main == null || !"js-language".equals(main.getValue("Name")) ? null
          : main.getValue(Attributes.Name.IMPLEMENTATION_VERSION);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static final ContextReference<State> STATE = ContextReference.create(CloneLanguage.class);

  /** Per-context caches; a context runs on one thread at a time, so they need no locking. */
  static final class State {
    final Env env;
    final PlainReader reader = new PlainReader();
    final PlainWriter writer = new PlainWriter();

    State(Env env) {
      this.env = env;
    }
  }

  @Override
  protected State createContext(Env env) {
    return new State(env);
  }

  @Override
  protected CallTarget parse(ParsingRequest request) {
    String program = request.getSource().getCharacters().toString();
    return switch (program) {
      case "read" -> new Program(this, true).getCallTarget();
      case "write" -> new Program(this, false).getCallTarget();
      default -> throw new IllegalArgumentException("unknown " + ID + " program: " + program);
    };
  }

  /**
   * {@code read(value, objectCost, budget)}: the tokens of a JS value (a host {@code Object[]}), or
   * false. {@code write(tokens, objectCost, arrayCost, budget)}: a JS array {@code [PLAIN, value]}
   * for core.js's decoder, or false.
   */
  private static final class Program extends RootNode {
    private final boolean read;

    Program(CloneLanguage language, boolean read) {
      super(language);
      this.read = read;
    }

    @Override
    public Object execute(VirtualFrame frame) {
      return run(frame.getArguments());
    }

    @TruffleBoundary
    private Object run(Object[] args) {
      State state = STATE.get(this);
      if (read) {
        Object[] tokens = state.reader.tokens(args[0], ((Number) args[1]).longValue(), ((Number) args[2]).longValue());
        return tokens == null ? Boolean.FALSE : state.env.asGuestValue(tokens);
      }
      Object value = state.writer.value((Object[]) state.env.asHostObject(args[0]),
          ((Number) args[1]).longValue(), ((Number) args[2]).longValue(), ((Number) args[3]).longValue());
      return value == null ? Boolean.FALSE : value;
    }
  }
}
