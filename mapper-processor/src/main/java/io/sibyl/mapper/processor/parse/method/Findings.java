package io.sibyl.mapper.processor.parse.method;

import io.sibyl.mapper.processor.diag.Message;
import java.util.List;
import javax.tools.Diagnostic;

/** Reports restriction findings on a method. */
final class Findings {

  private Findings() {}

  /** Where a finding goes: the method, or one of its annotation's attributes. */
  interface Reporter {
    /** Reports one message with its arguments. */
    void report(Message message, Object[] args);
  }

  /** Reports every finding on the method; false when one is an error. */
  static boolean report(MethodContext ctx, List<RestrictionChecker.Finding> findings) {
    return report(findings, ctx::error);
  }

  /** Reports every finding through {@code reporter}; false when one is an error. */
  static boolean report(List<RestrictionChecker.Finding> findings, Reporter reporter) {
    boolean ok = true;
    for (RestrictionChecker.Finding finding : findings) {
      Message message = finding.message();
      reporter.report(message, finding.args());
      ok &= message.kind() != Diagnostic.Kind.ERROR;
    }
    return ok;
  }
}
