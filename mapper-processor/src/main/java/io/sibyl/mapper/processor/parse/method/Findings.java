package io.sibyl.mapper.processor.parse.method;

import io.sibyl.mapper.processor.diag.Message;
import java.util.List;
import javax.tools.Diagnostic;

/** Reports restriction findings on a method. */
final class Findings {

  private Findings() {}

  /** Reports every finding; false when one is an error. */
  static boolean report(MethodContext ctx, List<RestrictionChecker.Finding> findings) {
    boolean ok = true;
    for (RestrictionChecker.Finding finding : findings) {
      Message message = finding.message();
      ctx.error(message, finding.args());
      ok &= message.kind() != Diagnostic.Kind.ERROR;
    }
    return ok;
  }
}
