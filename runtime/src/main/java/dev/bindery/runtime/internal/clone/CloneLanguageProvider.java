package dev.bindery.runtime.internal.clone;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.provider.TruffleLanguageProvider;
import java.util.Collection;
import java.util.List;

/**
 * Registers {@link CloneLanguage} with the polyglot engine (what Truffle's annotation processor
 * would generate; the processor is not a dependency of this build).
 */
@TruffleLanguage.Registration(id = CloneLanguage.ID, name = "Bindery clone",
    contextPolicy = TruffleLanguage.ContextPolicy.SHARED)
public final class CloneLanguageProvider extends TruffleLanguageProvider {

  @Override
  protected String getLanguageClassName() {
    return CloneLanguage.class.getName();
  }

  @Override
  protected Object create() {
    return new CloneLanguage();
  }

  @Override
  protected Collection<String> getServicesClassNames() {
    return List.of();
  }

  @Override
  protected List<?> createFileTypeDetectors() {
    return List.of();
  }
}
