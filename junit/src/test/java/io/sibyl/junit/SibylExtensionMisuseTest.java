package io.sibyl.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.sibyl.driver.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.testkit.engine.EngineTestKit;

class SibylExtensionMisuseTest {
  @Test
  void should_ask_for_sibyl_test_when_the_extension_is_used_alone() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(WithoutAnnotation.class))
        .configurationParameter(OnlyInTestKit.PARAMETER, "true")
        .execute()
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            finishedWithFailure(
                message(
                    "SibylExtension needs @SibylTest on "
                        + WithoutAnnotation.class.getName()
                        + "; annotate the class with @SibylTest instead of @ExtendWith")));
  }

  @Test
  void should_name_a_missing_script() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(MissingScript.class))
        .configurationParameter(OnlyInTestKit.PARAMETER, "true")
        .execute()
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            finishedWithFailure(
                message(
                    "@CassandraScripts names nowhere.cql, which is not on the class path of "
                        + MissingScript.class.getName()
                        + " (a name without a leading / is relative to the test's package)")));
  }

  /** Run only through the test kit above. */
  @ExtendWith(OnlyInTestKit.class)
  @ExtendWith(SibylExtension.class)
  static class WithoutAnnotation {
    @Test
    void uses(Session session) {}
  }

  /** Run only through the test kit above. */
  @ExtendWith(OnlyInTestKit.class)
  @SibylTest
  @CassandraScripts("nowhere.cql")
  static class MissingScript {
    @Test
    void uses(Session session) {}
  }

  /**
   * Runs the deliberately misconfigured fixtures only inside the test kit above, which sets {@link
   * #PARAMETER}; anywhere else (an IDE running the whole package) they are skipped, not failed.
   */
  static final class OnlyInTestKit implements ExecutionCondition {
    static final String PARAMETER = "sibyl.junit.misuse-fixtures";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(PARAMETER).isPresent()
          ? ConditionEvaluationResult.enabled("run by SibylExtensionMisuseTest's test kit")
          : ConditionEvaluationResult.disabled(
              "a misconfigured fixture of SibylExtensionMisuseTest, run only through its test kit");
    }
  }
}
