package dev.bindery.contract.internal;

import com.caoccao.javet.swc4j.Swc4j;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.program.Swc4jAstModule;
import com.caoccao.javet.swc4j.comments.Swc4jComment;
import com.caoccao.javet.swc4j.comments.Swc4jComments;
import com.caoccao.javet.swc4j.enums.Swc4jMediaType;
import com.caoccao.javet.swc4j.enums.Swc4jParseMode;
import com.caoccao.javet.swc4j.exceptions.Swc4jCoreException;
import com.caoccao.javet.swc4j.options.Swc4jParseOptions;
import dev.bindery.contract.ContractException;
import dev.bindery.contract.SourceLocation;
import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One parsed JavaScript or TypeScript module with its text and comments. */
public final class SourceFile {

    private static final Swc4j SWC = new Swc4j();
    private static final Pattern ERROR_AT = Pattern.compile(" at \\S+?:(\\d+):(\\d+)");

    private final Path path;
    private final String displayName;
    private final String text;
    private final Swc4jAstModule module;
    private final Swc4jComments comments;

    private SourceFile(Path path, String displayName, String text, Swc4jAstModule module, Swc4jComments comments) {
        this.path = path;
        this.displayName = displayName;
        this.text = text;
        this.module = module;
        this.comments = comments;
    }

    /**
     * Parses a module.
     *
     * @param displayName the name used in locations (relative to the worker's config directory)
     */
    public static SourceFile parse(Path path, String displayName) {
        String code;
        try {
            code = Files.readString(path);
        } catch (NoSuchFileException e) {
            throw new ContractException(SourceLocation.ofFile(displayName), "source file not found (" + path + ").", e);
        } catch (IOException e) {
            throw new ContractException(SourceLocation.ofFile(displayName), "cannot read source file: " + e, e);
        }
        String name = path.getFileName().toString();
        Swc4jMediaType type = name.endsWith(".ts") || name.endsWith(".mts") || name.endsWith(".cts")
                ? Swc4jMediaType.TypeScript : name.endsWith(".tsx") ? Swc4jMediaType.Tsx : Swc4jMediaType.JavaScript;
        Swc4jParseOptions options;
        try {
            options = new Swc4jParseOptions().setSpecifier(path.toUri().toURL()).setMediaType(type)
                    .setParseMode(Swc4jParseMode.Module).setCaptureAst(true).setCaptureComments(true);
        } catch (MalformedURLException e) {
            throw new ContractException(SourceLocation.ofFile(displayName), "bad source path: " + e, e);
        }
        try {
            var output = SWC.parse(code, options);
            return new SourceFile(path, displayName, code, (Swc4jAstModule) output.getProgram(), output.getComments());
        } catch (Swc4jCoreException e) {
            String message = e.getMessage() == null ? "syntax error" : e.getMessage();
            Matcher m = ERROR_AT.matcher(message);
            int line = 0;
            int column = 0;
            if (m.find()) {
                line = Integer.parseInt(m.group(1));
                column = Integer.parseInt(m.group(2));
            }
            String firstLine = message.lines().findFirst().orElse(message);
            int at = firstLine.lastIndexOf(" at ");
            String reason = at > 0 ? firstLine.substring(0, at) : firstLine;
            throw new ContractException(new SourceLocation(displayName, line, column),
                    "does not parse: " + reason + ". Fix the syntax error; the checker reads the same sources wrangler deploys.", e);
        }
    }

    public Path path() {
        return path;
    }

    public String displayName() {
        return displayName;
    }

    public Swc4jAstModule module() {
        return module;
    }

    /** The source text of a node. */
    public String text(ISwc4jAst node) {
        var span = node.getSpan();
        return text.substring(Math.max(0, span.getStart()), Math.min(text.length(), span.getEnd()));
    }

    public SourceLocation location(ISwc4jAst node) {
        var span = node.getSpan();
        return new SourceLocation(displayName, span.getLine(), span.getColumn());
    }

    /** The JSDoc block ({@code /** ... *}{@code /}) immediately before a node, or {@code ""}. */
    public String jsDoc(ISwc4jAst node) {
        List<Swc4jComment> leading = comments == null ? null : comments.getLeading().get(node.getSpan().getStart());
        if (leading == null) {
            return "";
        }
        for (int i = leading.size() - 1; i >= 0; i--) {
            String t = leading.get(i).getText();
            if (t.startsWith("*")) {
                return t;
            }
        }
        return "";
    }
}
