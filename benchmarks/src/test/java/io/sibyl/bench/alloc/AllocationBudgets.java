package io.sibyl.bench.alloc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The most bytes each request path may allocate per request, and the check that measured figures
 * keep to them. The budgets are set from measured figures plus a small margin (docs/performance.md
 * lists both) and lowered as allocation is cut.
 */
final class AllocationBudgets {
  private final Map<String, Long> budgets = new LinkedHashMap<>();

  /** Adds (or replaces) the budget of a path, in bytes per request. */
  AllocationBudgets budget(String path, long bytesPerRequest) {
    budgets.put(path, bytesPerRequest);
    return this;
  }

  /** The budget of a path. */
  long budgetOf(String path) {
    Long budget = budgets.get(path);
    if (budget == null) {
      throw new IllegalArgumentException(
          "No allocation budget for the path '" + path + "'; known paths: " + budgets.keySet());
    }
    return budget;
  }

  /**
   * The paths over their budget, one message each (empty when all keep to theirs).
   *
   * @param measured bytes per request by path; every path must have a budget
   */
  List<String> violations(Map<String, Double> measured) {
    List<String> violations = new ArrayList<>();
    measured.forEach(
        (path, bytes) -> {
          long budget = budgetOf(path);
          if (bytes > budget) {
            violations.add(
                String.format(
                    Locale.ROOT,
                    "%s: %,.0f B allocated per request, over its budget of %,d B",
                    path,
                    bytes,
                    budget));
          }
        });
    return violations;
  }

  /**
   * Throws when a path is over its budget.
   *
   * @throws AssertionError naming every path over its budget, with its measured bytes and budget
   */
  void check(Map<String, Double> measured) {
    List<String> violations = violations(measured);
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "Allocation over budget (find what the path allocates with a JFR allocation profile, see"
              + " docs/performance.md; raise a budget only for a reason written there):\n  "
              + String.join("\n  ", violations));
    }
  }
}
