package dev.bindery.contract.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bindery.contract.ContractException;
import dev.bindery.contract.Entrypoint;
import dev.bindery.contract.EntrypointStyle;
import dev.bindery.contract.Exposure;
import dev.bindery.contract.HiddenMember;
import dev.bindery.contract.Member;
import dev.bindery.contract.MemberKind;
import dev.bindery.contract.Param;
import dev.bindery.contract.ReturnMode;
import dev.bindery.contract.SourceLocation;
import dev.bindery.contract.Surface;
import dev.bindery.contract.TargetClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The snapshot format: writing with a fixed key order, reading with a clear error for every bad field. */
public final class SurfaceCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SurfaceCodec() {
    }

    public static String write(List<Surface> surfaces) {
        JsonNode root;
        if (surfaces.size() == 1) {
            root = surface(surfaces.get(0));
        } else {
            ObjectNode bundle = MAPPER.createObjectNode();
            bundle.put("formatVersion", Surface.FORMAT_VERSION);
            ArrayNode list = bundle.putArray("surfaces");
            surfaces.stream().sorted((a, b) -> a.worker().compareTo(b.worker())).forEach(s -> list.add(surface(s)));
            root = bundle;
        }
        return root.toPrettyString() + "\n";
    }

    public static void writeFile(List<Surface> surfaces, Path file) {
        AtomicFiles.write(file, write(surfaces));
    }

    private static ObjectNode surface(Surface s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("formatVersion", s.formatVersion());
        n.put("worker", s.worker());
        putIfPresent(n, "compatibilityDate", s.compatibilityDate());
        ArrayNode eps = n.putArray("entrypoints");
        for (Entrypoint e : s.entrypoints()) {
            ObjectNode en = eps.addObject();
            en.put("name", e.name());
            en.put("style", e.style().name());
            en.put("location", e.location().toString());
            members(en, e.members(), e.hidden());
        }
        ArrayNode targets = n.putArray("targets");
        for (TargetClass t : s.targets()) {
            ObjectNode tn = targets.addObject();
            tn.put("name", t.name());
            tn.put("location", t.location().toString());
            members(tn, t.members(), t.hidden());
        }
        return n;
    }

    private static void members(ObjectNode owner, List<Member> members, List<HiddenMember> hidden) {
        ArrayNode list = owner.putArray("members");
        for (Member m : members) {
            ObjectNode mn = list.addObject();
            mn.put("name", m.name());
            mn.put("kind", m.kind().name());
            if (m.async()) {
                mn.put("async", true);
            }
            if (m.kind() == MemberKind.METHOD) {
                ArrayNode ps = mn.putArray("params");
                for (Param p : m.params()) {
                    ObjectNode pn = ps.addObject();
                    pn.put("name", p.name());
                    if (p.optional()) {
                        pn.put("optional", true);
                    }
                    putIfPresent(pn, "default", p.defaultValue());
                    if (p.rest()) {
                        pn.put("rest", true);
                    }
                    putIfPresent(pn, "type", p.type());
                }
            }
            ObjectNode rn = mn.putObject("returns");
            rn.put("mode", m.returnMode().name());
            putIfPresent(rn, "type", m.returnType());
            putIfPresent(rn, "target", m.returnTarget());
            if (m.deprecated()) {
                mn.put("deprecated", true);
            }
            mn.put("location", m.location().toString());
        }
        if (!hidden.isEmpty()) {
            ArrayNode hs = owner.putArray("hidden");
            for (HiddenMember h : hidden) {
                hs.addObject().put("name", h.name()).put("reason", h.reason().name())
                        .put("location", h.location().toString());
            }
        }
    }

    private static void putIfPresent(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value);
        }
    }

    public static List<Surface> read(Path fileOrDirectory) {
        if (Files.isDirectory(fileOrDirectory)) {
            List<Path> files;
            try (Stream<Path> list = Files.list(fileOrDirectory)) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            } catch (IOException e) {
                throw new ContractException(SourceLocation.ofFile(fileOrDirectory.toString()),
                        "cannot list snapshot directory: " + e, e);
            }
            if (files.isEmpty()) {
                throw new ContractException(SourceLocation.ofFile(fileOrDirectory.toString()),
                        "snapshot directory holds no *.json files. Write one with 'bindery contract <config> --out FILE'.");
            }
            List<Surface> all = new ArrayList<>();
            files.forEach(f -> all.addAll(read(f)));
            return all;
        }
        try {
            return read(Files.readString(fileOrDirectory), fileOrDirectory.toString());
        } catch (NoSuchFileException e) {
            throw new ContractException(SourceLocation.ofFile(fileOrDirectory.toString()),
                    "snapshot not found. Write one with 'bindery contract <config> --out FILE'.", e);
        } catch (IOException e) {
            throw new ContractException(SourceLocation.ofFile(fileOrDirectory.toString()),
                    "cannot read snapshot: " + e, e);
        }
    }

    public static List<Surface> read(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ContractException(new SourceLocation(source, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr()), "corrupt snapshot, not valid JSON: " + e.getOriginalMessage(), e);
        }
        Reader r = new Reader(source);
        if (root == null || !root.isObject()) {
            throw r.fail("$", "a snapshot must be a JSON object");
        }
        if (root.has("surfaces")) {
            r.version(root, "$");
            JsonNode list = r.array(root, "surfaces", "$");
            List<Surface> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(r.surface(list.get(i), "$.surfaces[" + i + "]"));
            }
            return out;
        }
        return List.of(r.surface(root, "$"));
    }

    /** Reads one document, naming the JSON path of the first bad field. */
    private record Reader(String source) {

        ContractException fail(String path, String problem) {
            return new ContractException(SourceLocation.ofFile(source), "corrupt snapshot at " + path + ": " + problem
                    + ". Regenerate it with 'bindery contract <config> --out FILE'.");
        }

        void version(JsonNode n, String path) {
            JsonNode v = n.get("formatVersion");
            if (v == null || !v.isInt()) {
                throw fail(path + ".formatVersion", "missing integer");
            }
            if (v.asInt() != Surface.FORMAT_VERSION) {
                throw fail(path + ".formatVersion", "unsupported version " + v.asInt() + " (this checker reads "
                        + Surface.FORMAT_VERSION + ")");
            }
        }

        Surface surface(JsonNode n, String path) {
            if (n == null || !n.isObject()) {
                throw fail(path, "expected an object");
            }
            version(n, path);
            List<Entrypoint> eps = new ArrayList<>();
            JsonNode list = array(n, "entrypoints", path);
            for (int i = 0; i < list.size(); i++) {
                String p = path + ".entrypoints[" + i + "]";
                JsonNode e = list.get(i);
                eps.add(new Entrypoint(text(e, "name", p), enumOf(EntrypointStyle.class, e, "style", p),
                        location(e, p), members(e, p), hidden(e, p)));
            }
            List<TargetClass> targets = new ArrayList<>();
            JsonNode tl = n.has("targets") ? array(n, "targets", path) : MAPPER.createArrayNode();
            for (int i = 0; i < tl.size(); i++) {
                String p = path + ".targets[" + i + "]";
                JsonNode t = tl.get(i);
                targets.add(new TargetClass(text(t, "name", p), location(t, p), members(t, p), hidden(t, p)));
            }
            return new Surface(Surface.FORMAT_VERSION, text(n, "worker", path), optText(n, "compatibilityDate", path),
                    eps, targets);
        }

        List<Member> members(JsonNode owner, String path) {
            List<Member> out = new ArrayList<>();
            JsonNode list = array(owner, "members", path);
            for (int i = 0; i < list.size(); i++) {
                String p = path + ".members[" + i + "]";
                JsonNode m = list.get(i);
                List<Param> params = new ArrayList<>();
                if (m.has("params")) {
                    JsonNode ps = array(m, "params", p);
                    for (int j = 0; j < ps.size(); j++) {
                        String pp = p + ".params[" + j + "]";
                        JsonNode pn = ps.get(j);
                        params.add(new Param(text(pn, "name", pp), bool(pn, "optional", pp), optText(pn, "default", pp),
                                bool(pn, "rest", pp), optText(pn, "type", pp)));
                    }
                }
                JsonNode ret = m.get("returns");
                if (ret == null || !ret.isObject()) {
                    throw fail(p + ".returns", "missing object");
                }
                out.add(new Member(text(m, "name", p), enumOf(MemberKind.class, m, "kind", p), bool(m, "async", p),
                        params, optText(ret, "type", p + ".returns"),
                        enumOf(ReturnMode.class, ret, "mode", p + ".returns"), optText(ret, "target", p + ".returns"),
                        bool(m, "deprecated", p), location(m, p)));
            }
            return out;
        }

        List<HiddenMember> hidden(JsonNode owner, String path) {
            List<HiddenMember> out = new ArrayList<>();
            if (!owner.has("hidden")) {
                return out;
            }
            JsonNode list = array(owner, "hidden", path);
            for (int i = 0; i < list.size(); i++) {
                String p = path + ".hidden[" + i + "]";
                JsonNode h = list.get(i);
                out.add(new HiddenMember(text(h, "name", p), enumOf(Exposure.class, h, "reason", p), location(h, p)));
            }
            return out;
        }

        JsonNode array(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null || !v.isArray()) {
                throw fail(path + "." + field, "missing array");
            }
            return v;
        }

        String text(JsonNode n, String field, String path) {
            JsonNode v = n == null ? null : n.get(field);
            if (v == null || !v.isTextual()) {
                throw fail(path + "." + field, "missing string");
            }
            return v.asText();
        }

        String optText(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw fail(path + "." + field, "expected a string");
            }
            return v.asText();
        }

        boolean bool(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null) {
                return false;
            }
            if (!v.isBoolean()) {
                throw fail(path + "." + field, "expected true or false");
            }
            return v.asBoolean();
        }

        <E extends Enum<E>> E enumOf(Class<E> type, JsonNode n, String field, String path) {
            String v = text(n, field, path);
            try {
                return Enum.valueOf(type, v);
            } catch (IllegalArgumentException e) {
                List<String> names = Stream.of(type.getEnumConstants()).map(Enum::name).toList();
                throw fail(path + "." + field, "unknown value '" + v + "', expected one of " + names);
            }
        }

        SourceLocation location(JsonNode n, String path) {
            return Locations.parse(text(n, "location", path));
        }
    }
}
