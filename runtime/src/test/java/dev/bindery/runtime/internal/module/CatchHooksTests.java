package dev.bindery.runtime.internal.module;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatchHooksTests {

  @Test
  void a_catch_block_with_a_binding_calls_the_hook_first() {
    String js = "try { f(); } catch (e) { return e.message; }\ntry { g() } catch(err){}";

    assertThat(CatchHooks.insert(js)).isEqualTo(
        "try { f(); } catch (e) {__bindery_catch(e); return e.message; }\ntry { g() } catch(err){__bindery_catch(err);}");
  }

  @Test
  void source_without_a_hookable_catch_is_returned_as_it_is() {
    String js = "p.catch((e) => e); try { x() } catch { y() } try {} catch ({ message }) {}";

    assertThat(CatchHooks.insert(js)).isSameAs(js);
  }

  @Test
  void catch_inside_comments_strings_templates_and_regexes_is_left_alone() {
    String js = String.join("\n",
        "// } catch (e) {",
        "/* } catch (e) { */",
        "const a = '} catch (e) {', b = \"catch (e) {\";",
        "const t = `catch (e) { ${ {k: 1}.k } catch (e) {`;",
        "const r = /catch (e) {/g, d = 4 / 2 / 1;",
        "const c = x.replace(/[/]catch (e) {/, '');");

    assertThat(CatchHooks.insert(js)).isSameAs(js);
  }

  @Test
  void code_inside_a_template_substitution_is_scanned() {
    String js = "const t = `${(() => { try { return 1 } catch (e) { return 2 } })()} done`;";

    assertThat(CatchHooks.insert(js)).contains("catch (e) {__bindery_catch(e); return 2 }").endsWith("} done`;");
  }

  @Test
  void a_division_after_a_parenthesis_is_not_taken_for_a_regex() {
    String js = "const q = (a) / 2; try { h() } catch (e) { }";

    assertThat(CatchHooks.insert(js)).endsWith("catch (e) {__bindery_catch(e); }");
  }

  @Test
  void a_division_after_a_number_is_not_taken_for_a_regex() {
    String js = "let x = 1/0, y = 2/x; try { h() } catch (e) { }";

    assertThat(CatchHooks.insert(js)).endsWith("catch (e) {__bindery_catch(e); }");
  }

  @Test
  void a_regex_after_return_is_skipped() {
    String js = "function f() { return /} catch (e) {/.test(s) }";

    assertThat(CatchHooks.insert(js)).isSameAs(js);
  }
}
