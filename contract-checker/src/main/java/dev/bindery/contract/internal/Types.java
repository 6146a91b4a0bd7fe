package dev.bindery.contract.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Just enough type algebra on type text to tell widening from narrowing: top-level unions. */
public final class Types {

    /** How a new type relates to an old one. */
    public enum Relation { SAME, WIDER, NARROWER, CHANGED }

    private Types() {
    }

    /** Collapses whitespace. */
    public static String normalize(String type) {
        return type == null ? null : type.replaceAll("\\s+", " ").replaceAll("\\s*([|&<>,;:()\\[\\]{}])\\s*", "$1").trim();
    }

    /** Strips an outer {@code Promise<...>}: sync and async results look the same to callers. */
    public static String awaited(String type) {
        if (type == null) {
            return null;
        }
        String t = normalize(type);
        if (t.startsWith("Promise<") && t.endsWith(">")) {
            return t.substring("Promise<".length(), t.length() - 1);
        }
        return t;
    }

    /** Top-level union members of a type, as a set. */
    public static Set<String> unionMembers(String type) {
        String t = normalize(type);
        while (t.startsWith("(") && t.endsWith(")") && balanced(t.substring(1, t.length() - 1))) {
            t = t.substring(1, t.length() - 1);
        }
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '<' || c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == '>' || c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(t.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(t.substring(start));
        Set<String> out = new LinkedHashSet<>();
        for (String p : parts) {
            if (!p.isBlank()) {
                out.add(p.trim());
            }
        }
        return out;
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (char c : s.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** How {@code newer} relates to {@code older}; {@code any} and {@code unknown} are wider than everything. */
    public static Relation relate(String older, String newer) {
        Set<String> o = unionMembers(older);
        Set<String> n = unionMembers(newer);
        if (o.equals(n)) {
            return Relation.SAME;
        }
        boolean newTop = n.contains("any") || n.contains("unknown");
        boolean oldTop = o.contains("any") || o.contains("unknown");
        if (newTop && !oldTop) {
            return Relation.WIDER;
        }
        if (oldTop && !newTop) {
            return Relation.NARROWER;
        }
        if (n.containsAll(o)) {
            return Relation.WIDER;
        }
        if (o.containsAll(n)) {
            return Relation.NARROWER;
        }
        return Relation.CHANGED;
    }
}
