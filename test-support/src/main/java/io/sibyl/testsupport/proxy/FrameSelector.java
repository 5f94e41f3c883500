package io.sibyl.testsupport.proxy;

import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses envelopes, e.g. for a {@link FaultRule#onFrames(FrameSelector) rule} or for {@link
 * ProxyCounters#countForwarded(Direction, FrameSelector) counting}. A chunk of bytes that holds
 * several envelopes (a v5 segment) is matched if any of the envelopes starting in it matches.
 */
@FunctionalInterface
public interface FrameSelector {
  /** Whether the envelope is chosen. */
  boolean matches(Frame frame);

  /** Every envelope. */
  static FrameSelector any() {
    return frame -> true;
  }

  /** The envelopes with one of the opcodes. */
  static FrameSelector opcode(Opcode first, Opcode... more) {
    Set<Opcode> opcodes = EnumSet.of(first, more);
    return frame -> opcodes.contains(frame.opcode());
  }

  /** The envelopes of a stream id: a request and its response share it. */
  static FrameSelector stream(int streamId) {
    return frame -> frame.streamId() == streamId;
  }

  /** The envelopes (QUERY, PREPARE, BATCH) that carry exactly this CQL text. */
  static FrameSelector query(String cql) {
    Objects.requireNonNull(cql, "cql");
    return frame -> frame.queries().contains(cql);
  }

  /** The envelopes (QUERY, PREPARE, BATCH) one of whose CQL texts contains {@code part}. */
  static FrameSelector queryContaining(String part) {
    Objects.requireNonNull(part, "part");
    return frame -> frame.queries().stream().anyMatch(q -> q.contains(part));
  }

  /**
   * The envelopes (EXECUTE, BATCH, RESULT of kind Prepared) that carry this prepared id. The
   * buffer's remaining bytes are the id; it is not modified.
   */
  static FrameSelector preparedId(ByteBuffer id) {
    ByteBuffer copy = ByteBuffer.allocate(id.remaining()).put(id.duplicate()).flip();
    return frame -> frame.preparedIds().contains(copy);
  }

  /** The envelopes that this selector and {@code other} both choose. */
  default FrameSelector and(FrameSelector other) {
    Objects.requireNonNull(other, "other");
    return frame -> matches(frame) && other.matches(frame);
  }

  /** The envelopes that this selector or {@code other} chooses. */
  default FrameSelector or(FrameSelector other) {
    Objects.requireNonNull(other, "other");
    return frame -> matches(frame) || other.matches(frame);
  }

  /** The envelopes that this selector does not choose. */
  default FrameSelector negate() {
    return frame -> !matches(frame);
  }
}
