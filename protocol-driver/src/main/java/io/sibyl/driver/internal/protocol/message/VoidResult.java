package io.sibyl.driver.internal.protocol.message;

/** The Void RESULT (spec section 4.2.5.1): success, nothing more. */
public final class VoidResult implements Result {
  /** The only instance. */
  public static final VoidResult INSTANCE = new VoidResult();

  private VoidResult() {}

  @Override
  public int kind() {
    return VOID;
  }

  @Override
  public String toString() {
    return "RESULT Void";
  }
}
