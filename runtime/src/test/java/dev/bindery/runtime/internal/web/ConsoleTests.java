package dev.bindery.runtime.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ConsoleTests {

  @AutoClose
  private final TestWorker worker = new TestWorker();

  @Test
  void formats_arguments_like_node() {
    worker.eval("console.log('a', 1, { b: [1, 'x'], 'c-d': null }, undefined, -0, 5n, [], {});"
        + "console.info(new Map([['k', 1]]), new Set([2]), new Uint8Array([1, 2]), [1, [2, [3, [4]]]]);"
        + "class Foo { constructor() { this.x = 1; } } console.warn(new Foo(), function named() {}, class Bar {}, Symbol('s'));"
        + "console.debug('%s is %d years and %o', 'Bob', 42.5, { a: 1 }, 'extra');");
    assertThat(worker.console).containsExactly(
        "log: a 1 { b: [ 1, 'x' ], 'c-d': null } undefined -0 5n [] {}",
        "info: Map(1) { 'k' => 1 } Set(1) { 2 } Uint8Array(2) [ 1, 2 ] [ 1, [ 2, [ 3, [Array] ] ] ]",
        "warn: Foo { x: 1 } [Function: named] [class Bar] Symbol(s)",
        "debug: Bob is 42.5 years and { a: 1 } extra");
  }

  @Test
  void errors_print_with_their_stack() {
    worker.eval("function thrower() { return new TypeError('boom'); } console.error('failed:', thrower());");
    assertThat(worker.console).hasSize(1);
    assertThat(worker.console.get(0)).startsWith("error: failed: TypeError: boom\n").contains("thrower");
  }

  @Test
  void cycles_do_not_hang() {
    worker.eval("const o = { name: 'o' }; o.self = o; console.log(o);");
    assertThat(worker.console).containsExactly("log: { name: 'o', self: [Circular *1] }");
  }
}
