package dev.bindery.runtime.internal.module;

/**
 * Makes a worker's {@code catch (e) { ... }} blocks see engine errors in V8's words: inserts
 * {@code __bindery_catch(e);} at the start of each such block. The hook (installed by core.js)
 * rewrites the message of an error GraalJS raised where V8 words it differently, so that code
 * comparing {@code e.message} behaves as on workerd.
 *
 * <p>The scan is lexical: it skips comments, strings, template literals and regular expression
 * literals, and only touches the keyword {@code catch} followed by one parenthesised identifier
 * and a block. Nothing else in the source moves; text after an insertion on the same line moves
 * right by the length of the call.
 */
public final class CatchHooks {

  /** The global function core.js defines for the inserted calls. */
  public static final String HOOK = "__bindery_catch";

  private CatchHooks() {}

  /** The source with hooks inserted, or the same string when it has no catch block to hook. */
  public static String insert(String source) {
    if (!source.contains("catch")) {
      return source;
    }
    return new Scanner(source).run();
  }

  private static final class Scanner {
    private final String s;
    private final StringBuilder out;
    private int copied;
    private int i;
    /** The last significant character outside comments and literals: tells a regex from a division. */
    private char last = ';';
    private String lastWord = "";
    /** Brace depths at which open template literals continue after their {@code ${...}}. */
    private final java.util.ArrayDeque<Integer> templates = new java.util.ArrayDeque<>();
    private int braces;

    Scanner(String source) {
      this.s = source;
      this.out = new StringBuilder(source.length() + 64);
    }

    String run() {
      int n = s.length();
      while (i < n) {
        char c = s.charAt(i);
        if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
          skipLineComment();
        } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
          int end = s.indexOf("*/", i + 2);
          i = end < 0 ? n : end + 2;
        } else if (c == '\'' || c == '"') {
          skipString(c);
          significant('"', "");
        } else if (c == '`') {
          i++;
          skipTemplate();
        } else if (c == '/') {
          if (regexAllowed()) {
            skipRegex();
            significant('"', "");
          } else {
            i++;
            significant('/', "");
          }
        } else if (c == '{') {
          braces++;
          i++;
          significant('{', "");
        } else if (c == '}') {
          if (!templates.isEmpty() && templates.peek() == braces) {
            templates.pop();
            i++;
            skipTemplate();
          } else {
            braces--;
            i++;
            significant('}', "");
          }
        } else if (Character.isJavaIdentifierStart(c)) {
          int start = i;
          while (i < n && Character.isJavaIdentifierPart(s.charAt(i))) {
            i++;
          }
          String word = s.substring(start, i);
          if (!(word.equals("catch") && last != '.' && hookCatch())) {
            significant('a', word);
          }
        } else if (Character.isWhitespace(c)) {
          i++;
        } else if (Character.isJavaIdentifierPart(c)) { // a digit: a number, and a division may follow
          i++;
          significant('a', "");
        } else {
          i++;
          significant(c, "");
        }
      }
      if (copied == 0) {
        return s;
      }
      out.append(s, copied, n);
      return out.toString();
    }

    private void significant(char c, String word) {
      last = c;
      lastWord = word;
    }

    private static final java.util.Set<String> BEFORE_EXPRESSION = java.util.Set.of("return", "typeof", "instanceof",
        "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await");

    // A slash starts a regex literal where an expression may start, as after an operator or a keyword.
    private boolean regexAllowed() {
      if (last == 'a') {
        return BEFORE_EXPRESSION.contains(lastWord);
      }
      return last != ')' && last != ']' && last != '}' && last != '"';
    }

    private void skipLineComment() {
      int end = s.indexOf('\n', i);
      i = end < 0 ? s.length() : end;
    }

    private void skipString(char quote) {
      i++;
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (c == '\\') {
          i++;
        } else if (c == quote || c == '\n') {
          return;
        }
      }
    }

    // From just inside a template literal (or after a `}` ending a substitution) to its end or
    // to the start of a substitution, whose code the main loop then scans.
    private void skipTemplate() {
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (c == '\\') {
          i++;
        } else if (c == '`') {
          significant('"', "");
          return;
        } else if (c == '$' && i < s.length() && s.charAt(i) == '{') {
          i++;
          templates.push(braces);
          significant('{', "");
          return;
        }
      }
    }

    private void skipRegex() {
      i++;
      boolean inClass = false;
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (c == '\\') {
          i++;
        } else if (c == '\n') {
          return;
        } else if (inClass) {
          inClass = c != ']';
        } else if (c == '[') {
          inClass = true;
        } else if (c == '/') {
          while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) {
            i++; // flags
          }
          return;
        }
      }
    }

    // At the end of the keyword `catch`: `(name) {` follows for a catch block with a plain binding.
    private boolean hookCatch() {
      int j = skipSpace(i);
      if (j >= s.length() || s.charAt(j) != '(') {
        return false;
      }
      int nameStart = skipSpace(j + 1);
      int nameEnd = nameStart;
      if (nameEnd < s.length() && Character.isJavaIdentifierStart(s.charAt(nameEnd))) {
        nameEnd++;
        while (nameEnd < s.length() && Character.isJavaIdentifierPart(s.charAt(nameEnd))) {
          nameEnd++;
        }
      }
      if (nameEnd == nameStart) {
        return false;
      }
      int close = skipSpace(nameEnd);
      if (close >= s.length() || s.charAt(close) != ')') {
        return false;
      }
      int open = skipSpace(close + 1);
      if (open >= s.length() || s.charAt(open) != '{') {
        return false;
      }
      out.append(s, copied, open + 1).append(HOOK).append('(').append(s, nameStart, nameEnd).append(");");
      copied = open + 1;
      braces++;
      i = open + 1;
      significant('{', "");
      return true;
    }

    private int skipSpace(int j) {
      while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
        j++;
      }
      return j;
    }
  }
}
