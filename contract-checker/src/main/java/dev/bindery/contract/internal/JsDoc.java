package dev.bindery.contract.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JSDoc tags the checker reads: {@code @param}, {@code @returns}, {@code @deprecated}. */
record JsDoc(Map<String, ParamTag> params, String returnType, boolean deprecated) {

    record ParamTag(String type, boolean optional, String defaultValue) {
    }

    private static final String TYPE = "\\{((?:[^{}]|\\{[^{}]*})*)}";
    private static final Pattern PARAM = Pattern.compile(
            "@param\\s+(?:" + TYPE + "\\s*)?(\\[)?\\s*([\\w$]+)(?:\\s*=\\s*([^\\]]*))?\\]?");
    private static final Pattern RETURNS = Pattern.compile("@returns?\\s+" + TYPE);
    private static final Pattern DEPRECATED = Pattern.compile("@deprecated\\b");

    static final JsDoc NONE = new JsDoc(Map.of(), null, false);

    static JsDoc parse(String comment) {
        if (comment == null || comment.isEmpty()) {
            return NONE;
        }
        Map<String, ParamTag> params = new HashMap<>();
        Matcher m = PARAM.matcher(comment);
        while (m.find()) {
            String type = m.group(1) == null ? null : Types.normalize(m.group(1));
            String def = m.group(4) == null ? null : m.group(4).trim();
            params.put(m.group(3), new ParamTag(type, m.group(2) != null, def));
        }
        Matcher r = RETURNS.matcher(comment);
        String returns = r.find() ? Types.normalize(r.group(1)) : null;
        return new JsDoc(params, returns, DEPRECATED.matcher(comment).find());
    }
}
