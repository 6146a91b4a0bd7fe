package dev.bindery.samples.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bindery.junit.BinderyAssertions;
import dev.bindery.junit.BinderyExtension;
import dev.bindery.junit.WorkerHarness;
import dev.bindery.runtime.WorkerException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Negative;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Laws of the pricing worker's RPC method {@code total(items)}, checked on generated carts.
 * jqwik does not run Jupiter extensions, so the class starts the worker itself, once for all its
 * properties, and closes it after them.
 */
class PricingLawsTests {

  /** A cart line; crosses into the worker as {@code { sku, unitCents, quantity }}. */
  record Item(String sku, int unitCents, int quantity) {}

  static WorkerHarness harness;

  @BeforeContainer
  static void start_the_pricing_worker() {
    harness = BinderyExtension.newInstance().config("pricing/wrangler.jsonc").start();
  }

  @AfterContainer
  static void stop_the_pricing_worker() {
    harness.close();
  }

  static long total(List<Item> cart) {
    return ((Number) harness.worker("pricing").call("total", cart)).longValue();
  }

  @Provide
  Arbitrary<List<Item>> carts() {
    Arbitrary<Item> item = Combinators.combine(
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
        Arbitraries.integers().between(0, 100_000),
        Arbitraries.integers().between(0, 50)).as(Item::new);
    return item.list().ofMaxSize(8);
  }

  @Property(tries = 200)
  void a_total_is_never_negative(@ForAll("carts") List<Item> cart) {
    assertThat(total(cart)).isNotNegative();
  }

  @Property(tries = 200)
  void a_total_does_not_depend_on_the_order_of_the_items(@ForAll("carts") List<Item> cart, @ForAll Random random) {
    // given
    List<Item> shuffled = new ArrayList<>(cart);
    Collections.shuffle(shuffled, random);

    // then
    assertThat(total(shuffled)).isEqualTo(total(cart));
  }

  @Property(tries = 200)
  void the_total_of_two_carts_together_is_the_sum_of_their_totals(@ForAll("carts") List<Item> first,
      @ForAll("carts") List<Item> second) {
    // given
    List<Item> both = new ArrayList<>(first);
    both.addAll(second);

    // then
    assertThat(total(both)).isEqualTo(total(first) + total(second));
  }

  @Property(tries = 100)
  void below_ten_of_an_item_a_line_costs_its_unit_price_times_its_quantity(
      @ForAll @IntRange(min = 0, max = 100_000) int unitCents, @ForAll @IntRange(min = 0, max = 9) int quantity) {
    assertThat(total(List.of(new Item("pen", unitCents, quantity)))).isEqualTo((long) unitCents * quantity);
  }

  @Property(tries = 100)
  void from_ten_of_an_item_a_line_never_costs_more_than_its_undiscounted_price(
      @ForAll @IntRange(min = 0, max = 100_000) int unitCents, @ForAll @IntRange(min = 10, max = 1_000) int quantity) {
    assertThat(total(List.of(new Item("pen", unitCents, quantity)))).isLessThanOrEqualTo((long) unitCents * quantity);
  }

  @Property(tries = 50)
  void rejects_a_negative_quantity_with_a_range_error(@ForAll @Negative int quantity) {
    // when
    WorkerException e = catchThrowableOfType(WorkerException.class, () -> total(List.of(new Item("pen", 150, quantity))));

    // then
    BinderyAssertions.assertThat(e).hasJsClass("RangeError")
        .hasJsMessage("quantity of pen must be a whole number >= 0, got " + quantity)
        .isFromWorker("pricing");
  }

  @Example
  void an_empty_cart_costs_nothing() {
    assertThat(total(List.of())).isZero();
  }
}
