package dev.bindery.contract.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.bindery.contract.ContractException;
import dev.bindery.contract.Entrypoint;
import dev.bindery.contract.ServiceBinding;
import dev.bindery.contract.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The few keys of a wrangler config the checker needs: {@code name}, {@code main}, {@code compatibility_date}
 * and {@code services}. Reads {@code .jsonc}/{@code .json} (comments and trailing commas allowed) and {@code .toml}.
 */
public record WranglerConfig(Path file, String name, String main, String compatibilityDate,
                             List<ServiceBinding> services) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA).build();
    private static final ObjectMapper TOML = new TomlMapper();

    /** The directory the config lives in; {@code main} and locations are relative to it. */
    public Path directory() {
        return file.toAbsolutePath().getParent();
    }

    /** The {@code main} module, or an error naming the config when it has none. */
    public Path mainModule() {
        if (main == null) {
            throw new ContractException(SourceLocation.ofFile(file.toString()),
                    "wrangler config has no \"main\"; set it to the worker's entry module, e.g. \"src/index.ts\".");
        }
        return directory().resolve(main).normalize();
    }

    public static WranglerConfig read(Path file) {
        String name = file.getFileName().toString();
        boolean toml = name.endsWith(".toml");
        if (!toml && !name.endsWith(".json") && !name.endsWith(".jsonc")) {
            throw new ContractException(SourceLocation.ofFile(file.toString()),
                    "not a wrangler config. Accepted files: wrangler.jsonc, wrangler.json, wrangler.toml.");
        }
        JsonNode root;
        try {
            root = (toml ? TOML : JSON).readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ContractException(SourceLocation.ofFile(file.toString()),
                    "wrangler config not found. Pass the path of an existing wrangler.jsonc, wrangler.json or wrangler.toml.", e);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ContractException(new SourceLocation(file.toString(), loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr()), "wrangler config does not parse: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ContractException(SourceLocation.ofFile(file.toString()), "cannot read wrangler config: " + e, e);
        }
        SourceLocation where = SourceLocation.ofFile(file.toString());
        if (root == null || !root.isObject()) {
            throw new ContractException(where, "wrangler config must be an object.");
        }
        String workerName = string(root, "name", where);
        if (workerName == null) {
            throw new ContractException(where, "wrangler config has no \"name\"; every worker needs one.");
        }
        List<ServiceBinding> services = new ArrayList<>();
        JsonNode list = root.get("services");
        if (list != null) {
            if (!list.isArray()) {
                throw new ContractException(where, "\"services\" must be an array of {binding, service, entrypoint}.");
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode s = list.get(i);
                String binding = string(s, "binding", where);
                String service = string(s, "service", where);
                if (binding == null || service == null) {
                    throw new ContractException(where, "services[" + i + "] needs \"binding\" and \"service\".");
                }
                String entrypoint = string(s, "entrypoint", where);
                services.add(new ServiceBinding(binding, service, entrypoint == null ? Entrypoint.DEFAULT : entrypoint,
                        where));
            }
        }
        return new WranglerConfig(file, workerName, string(root, "main", where),
                string(root, "compatibility_date", where), services);
    }

    private static String string(JsonNode node, String key, SourceLocation where) {
        JsonNode v = node == null ? null : node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new ContractException(where, "\"" + key + "\" must be a string.");
        }
        return v.asText();
    }
}
