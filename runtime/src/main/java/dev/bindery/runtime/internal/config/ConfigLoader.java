package dev.bindery.runtime.internal.config;

import dev.bindery.runtime.ConfigException;
import dev.bindery.runtime.SourceLocation;
import dev.bindery.runtime.WorkerConfig;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Loads a wrangler config file: checks the path, picks the format by extension, parses and
 * validates. Entry point behind {@link WorkerConfig#load(Path, String)}; not an API.
 */
public final class ConfigLoader {

  private static final String ACCEPTED_NAMES =
      "wrangler.jsonc, wrangler.json or wrangler.toml (any name ending in .jsonc, .json or .toml)";

  private ConfigLoader() {}

  /** See {@link WorkerConfig#load(Path, String)}. */
  public static WorkerConfig load(Path configFile, String envName) {
    if (configFile == null) {
      throw new NullPointerException("configFile");
    }
    Path file = configFile.toAbsolutePath().normalize();
    if (Files.isDirectory(file)) {
      Path suggestion = Stream.of("wrangler.jsonc", "wrangler.json", "wrangler.toml")
          .map(file::resolve).filter(Files::isRegularFile).findFirst()
          .orElse(file.resolve("wrangler.jsonc"));
      throw new ConfigException("Config file " + file + " is a directory. Pass the config file "
          + "itself, e.g. " + suggestion + ".", SourceLocation.of(file));
    }
    Syntax syntax = syntaxOf(file);
    if (!Files.exists(file)) {
      throw new ConfigException("Config file not found: " + file + ". Check the path; relative "
          + "paths resolve against the current directory " + Path.of("").toAbsolutePath() + ".",
          SourceLocation.of(file));
    }
    String text = read(file);
    Node root = syntax == Syntax.TOML ? TomlReader.read(file, text) : JsoncReader.read(file, text);
    return new ConfigBuilder(file, syntax, root, envName).build();
  }

  private static Syntax syntaxOf(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonc") || lower.endsWith(".json")) {
      return Syntax.JSON;
    }
    if (lower.endsWith(".toml")) {
      return Syntax.TOML;
    }
    throw new ConfigException("Unsupported config file name \"" + name + "\" (" + file
        + "). Accepted: " + ACCEPTED_NAMES + ".", SourceLocation.of(file));
  }

  private static String read(Path file) {
    try {
      String text = Files.readString(file);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new ConfigException("Config file " + file + " is not valid UTF-8. Save it as UTF-8.",
          SourceLocation.of(file), e);
    } catch (IOException e) {
      throw new ConfigException("Cannot read config file " + file + ": " + e.getMessage()
          + ". Check that the file is readable.", SourceLocation.of(file), e);
    }
  }
}
