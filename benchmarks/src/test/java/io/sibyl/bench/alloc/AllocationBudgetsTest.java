package io.sibyl.bench.alloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.bench.mapper.SibylStatementsClient;
import io.sibyl.driver.RequestTracker;
import io.sibyl.driver.Session;
import io.sibyl.driver.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The budget check itself: it passes within budget and fails, naming the path, over it. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AllocationBudgetsTest {

  @Test
  void should_pass_when_every_path_is_within_its_budget() {
    AllocationBudgets budgets = new AllocationBudgets().budget("a", 100).budget("b", 200);

    assertThat(budgets.violations(Map.of("a", 100.0, "b", 150.0))).isEmpty();
  }

  @Test
  void should_name_the_path_its_bytes_and_its_budget_when_a_path_is_over() {
    AllocationBudgets budgets = new AllocationBudgets().budget("a", 100).budget("b", 2_000);

    assertThatThrownBy(() -> budgets.check(Map.of("a", 99.0, "b", 2_345.4)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("b: 2,345 B allocated per request, over its budget of 2,000 B")
        .hasMessageNotContaining("a:");
  }

  @Test
  void should_refuse_a_path_without_a_budget() {
    AllocationBudgets budgets = new AllocationBudgets().budget("a", 100);

    assertThatThrownBy(() -> budgets.violations(Map.of("c", 1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'c'");
  }

  /**
   * The test of the test: a path that allocates 4 KB more per request (a request tracker keeping a
   * 4 KB array per request) is measured as the budget test measures, and the real budget of its
   * path catches it.
   */
  @Test
  void should_fail_the_real_budget_when_a_path_allocates_4_kb_more_per_request() {
    try (ResponderFixture responder = new ResponderFixture();
        Session session = responder.session(new AllocatingTracker())) {
      RequestPath path = RequestPath.syncInsert("sync insert", new SibylStatementsClient(session));

      Map<String, Double> measured =
          AllocationBudgetTest.measure(responder.meter(), List.of(path), 2_000, 2_000);

      assertThat(measured.get("sync insert")).isGreaterThan(4_096.0);
      assertThatThrownBy(() -> AllocationBudgetTest.BUDGETS.check(measured))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("sync insert: ")
          .hasMessageContaining(
              "over its budget of "
                  + String.format(
                      Locale.ROOT, "%,d", AllocationBudgetTest.BUDGETS.budgetOf("sync insert"))
                  + " B");
    }
  }

  /** Allocates a 4 KB array per request, kept until the request ends (so it cannot be elided). */
  private static final class AllocatingTracker implements RequestTracker {
    @Override
    public Object onStart(Statement<?> statement) {
      return new byte[4_096];
    }
  }
}
