package io.sibyl.driver.internal.protocol.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.util.ResourceLeakDetector;
import io.sibyl.driver.DriverException;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.error.ConnectionException;
import io.sibyl.driver.error.ProtocolException;
import io.sibyl.driver.internal.connection.InboundPipeline;
import io.sibyl.driver.internal.protocol.Compressor;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.fuzz.InputGenerator.Input;
import io.sibyl.driver.internal.protocol.message.ColumnSpec;
import io.sibyl.driver.internal.protocol.message.RowsResult;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.TypeCodec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A structure-aware fuzzer of the response decoding path: inputs from {@link InputGenerator} go
 * through the real inbound pipeline (frame decoder, in-flight matching) in an embedded channel,
 * with a request waiting on every stream id the corpus answers. For every input:
 *
 * <ul>
 *   <li>nothing escapes the pipeline, and the only failures are the driver's typed {@link
 *       DriverException}s, with no {@link java.lang.Error} anywhere in their causes;
 *   <li>every waiting request ends exactly once, and a response only reaches the request of its
 *       stream id;
 *   <li>no Netty buffer outlives the input, and none is asked for over a budget of 64 x the input
 *       size + 64 KiB (with LZ4, plus 2 x 255 x the input size, what it may legitimately expand
 *       to); nor does the decoding allocate more heap than that (measured per thread in a second
 *       run of the input with leak tracking off, since paranoid tracking allocates for itself);
 *   <li>the cells of delivered rows decode with their column type's codec, or fail with a typed
 *       error (as an application reading them would);
 *   <li>valid inputs are decoded exactly: each request gets its response, each event arrives.
 * </ul>
 *
 * <p>Seeded and reproducible: {@code -Dsibyl.fuzz.iterations=N} (default 20,000), {@code
 * -Dsibyl.fuzz.seed=S} (first seed; input i uses S + i), {@code -Dsibyl.fuzz.minutes=M} (stop early
 * after M minutes, default 20). A failure names the seed and prints the input in hex.
 */
class DecoderFuzzTest {
  private static final int ITERATIONS = Integer.getInteger("sibyl.fuzz.iterations", 20_000);
  private static final long FIRST_SEED = Long.getLong("sibyl.fuzz.seed", 0x5151_0000L);
  private static final long MINUTES = Long.getLong("sibyl.fuzz.minutes", 20);
  private static final boolean KEEP_GOING = Boolean.getBoolean("sibyl.fuzz.keepGoing");

  /** Seeds to replay instead, from {@code -Dsibyl.fuzz.replay=S1,S2,...} (e.g. a long run's). */
  private static final List<Long> REPLAY =
      java.util.Arrays.stream(System.getProperty("sibyl.fuzz.replay", "").split(","))
          .filter(seed -> !seed.isBlank())
          .map(seed -> Long.parseLong(seed.strip()))
          .toList();

  /** The driver's default maximum frame length: hostile length fields may claim up to this. */
  private static final int MAX_FRAME_LENGTH = 256 * 1024 * 1024;

  private static final int WAITING = InputGenerator.STARTUP_STREAM + 1;

  private final InputGenerator generator = new InputGenerator();
  private final Compressor lz4 = Compressor.lz4();
  private final CappedAllocator alloc = new CappedAllocator(0);

  /**
   * What the inputs led to, counted in the first run of each: responses, failures, closes, cells.
   */
  private final long[] stats = new long[6];

  /** The largest share of its heap budget that an input used, and that input's seed. */
  private double worstHeapShare;

  private long worstHeapSeed;

  private static final String[] STAT_NAMES = {
    "responses delivered", "requests failed on a bad body", "connections closed on corrupt framing",
    "events delivered", "cells decoded", "cells refused by their codec"
  };

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void should_decode_every_valid_input_exactly() {
    List<Input> inputs = generator.validInputs();
    for (Input input : inputs) {
      check(input);
    }
    assertThat(inputs).hasSizeGreaterThan(100);
  }

  @Test
  @Timeout(value = 6, unit = TimeUnit.HOURS)
  void should_fail_only_with_typed_errors_and_bounded_allocation_on_mutated_inputs() {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(MINUTES);
    long start = System.nanoTime();
    long bytes = 0;
    int done = 0;
    List<String> findings = new ArrayList<>();
    int iterations = REPLAY.isEmpty() ? ITERATIONS : REPLAY.size();
    for (; done < iterations && System.nanoTime() < deadline; done++) {
      Input input = generator.generate(REPLAY.isEmpty() ? FIRST_SEED + done : REPLAY.get(done));
      bytes += input.bytes().length;
      try {
        check(input);
      } catch (AssertionError e) {
        if (!KEEP_GOING) {
          throw e;
        }
        String[] lines = e.getMessage().split("\n", 3);
        findings.add(lines[0] + " | " + lines[1].strip().split("\n")[0]);
        System.out.println("FINDING " + findings.get(findings.size() - 1));
      }
    }
    System.out.printf(
        "DecoderFuzzTest: %d inputs (%d bytes) from seed %d in %.1f s, %d finding(s)%n",
        done, bytes, FIRST_SEED, (System.nanoTime() - start) / 1e9, findings.size());
    for (int i = 0; i < stats.length; i++) {
      System.out.printf("  %s: %d%n", STAT_NAMES[i], stats[i]);
    }
    System.out.printf(
        "  largest heap allocation: %.0f%% of the budget (seed %d)%n",
        100 * worstHeapShare, worstHeapSeed);
    assertThat(done).isPositive();
    assertThat(findings).isEmpty();
  }

  private void check(Input input) {
    long budget = budget(input);
    // 1. Under the leak detector (paranoid in surefire): behaviour, buffers.
    String problem = run(input, budget, false);
    if (problem == null) {
      // 2. Leak tracking off, which allocates on its own: heap allocated by the decoding.
      ResourceLeakDetector.Level level = ResourceLeakDetector.getLevel();
      ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
      try {
        problem = run(input, budget, true);
        if (problem != null) {
          // The first run of a rare path links call sites (string concatenation, lambdas) and
          // allocates for that once: a real over-allocation happens again.
          problem = run(input, budget, true);
        }
      } finally {
        ResourceLeakDetector.setLevel(level);
      }
    }
    if (problem != null) {
      throw new AssertionError(
          String.format(
              "Fuzz input with seed %d (-Dsibyl.fuzz.seed=%d -Dsibyl.fuzz.iterations=1) on %s%n"
                  + "  %s%n  envelopes: %s%n  mutations: %s%n  chunks: %d%n  bytes (%d): %s",
              input.seed(),
              input.seed(),
              input.transport(),
              problem,
              input.envelopes(),
              input.mutations(),
              input.chunks().length,
              input.bytes().length,
              ByteBufUtil.hexDump(input.bytes())));
    }
  }

  /**
   * 64 x the input size + 64 KiB; with LZ4, plus twice what the input may legitimately expand to
   * (255 x: once decompressed, once copied by the decoded message).
   */
  static long budget(Input input) {
    long size = input.bytes().length;
    return 64 * size + 64 * 1024 + (input.transport().lz4 ? 2 * 255 * size : 0);
  }

  /** Runs one input through a fresh pipeline; returns what went wrong, or null. */
  private String run(Input input, long budget, boolean measureHeap) {
    alloc.reset(budget);
    InboundPipeline pipeline =
        new InboundPipeline(
            input.transport().version == 5 ? ProtocolVersion.V5 : ProtocolVersion.V4,
            input.transport().lz4 ? lz4 : null,
            MAX_FRAME_LENGTH,
            alloc,
            WAITING);
    // The input's own buffers are made before measuring: they are the input, not the decoding.
    List<ByteBuf> chunks = new ArrayList<>(input.chunks().length);
    int offset = 0;
    for (int size : input.chunks()) {
      chunks.add(alloc.buffer(size).writeBytes(input.bytes(), offset, size));
      offset += size;
    }
    Throwable escaped = null;
    long heapBefore = HeapMeter.now();
    try {
      int next = 0;
      while (next < chunks.size() && pipeline.channel().isOpen()) {
        pipeline.channel().writeInbound(chunks.get(next++));
      }
      for (; next < chunks.size(); next++) {
        chunks.get(next).release(); // never read: the connection closed before
      }
      pipeline.close();
    } catch (Throwable e) {
      escaped = e;
    }
    String cellProblem =
        escaped == null ? decodeCells(pipeline, measureHeap ? new long[2] : stats) : null;
    long heap = HeapMeter.now() - heapBefore;
    if (cellProblem != null) {
      return cellProblem;
    }

    if (escaped != null) {
      return "escaped the pipeline: " + stackTrace(escaped);
    }
    for (Throwable e : pipeline.decoderExceptions()) {
      String bad = untyped(e);
      if (bad != null) {
        return "the decoder fired " + bad;
      }
    }
    for (InboundPipeline.Request request : pipeline.requests()) {
      int outcomes = request.responses().size() + request.failures().size();
      if (outcomes != 1) {
        return "stream " + request.streamId() + " ended " + outcomes + " times";
      }
      for (var response : request.responses()) {
        if (response.streamId() != request.streamId()) {
          return "stream "
              + request.streamId()
              + " got the response of stream "
              + response.streamId();
        }
      }
      for (Throwable failure : request.failures()) {
        String bad = untyped(failure);
        if (bad != null) {
          return "stream " + request.streamId() + " failed with " + bad;
        }
      }
    }
    if (alloc.violation() != null) {
      return alloc.violation();
    }
    if (!alloc.unreleased().isEmpty()) {
      return alloc.unreleased().size() + " buffer(s) not released: " + alloc.unreleased();
    }
    if (measureHeap && (double) heap / budget > worstHeapShare) {
      worstHeapShare = (double) heap / budget;
      worstHeapSeed = input.seed();
    }
    if (measureHeap && heap > budget) {
      return "decoding allocated " + heap + " heap bytes, over the budget of " + budget;
    }
    if (!measureHeap) {
      for (InboundPipeline.Request request : pipeline.requests()) {
        stats[0] += request.responses().size();
        stats[1] +=
            request.failures().stream()
                .filter(
                    f ->
                        f instanceof ProtocolException
                            && !pipeline.decoderExceptions().contains(f.getCause()))
                .count();
      }
      stats[2] += pipeline.decoderExceptions().isEmpty() ? 0 : 1;
      stats[3] += pipeline.events().size();
    }
    return input.valid() ? checkValid(input, pipeline) : null;
  }

  /**
   * Decodes every cell of the rows delivered, as an application reading them would, with the
   * default codec of the column's type: a cell that does not match its type must fail with a typed
   * error. Returns what went wrong, or null.
   */
  private static String decodeCells(InboundPipeline pipeline, long[] counts) {
    for (InboundPipeline.Request request : pipeline.requests()) {
      for (Frame frame : request.responses()) {
        if (!(frame.message() instanceof RowsResult rows) || rows.metadata().columns() == null) {
          continue;
        }
        List<ColumnSpec> columns = rows.metadata().columns();
        for (int column = 0; column < columns.size(); column++) {
          TypeCodec<Object> codec;
          try {
            codec = CodecRegistry.DEFAULT.codecFor(columns.get(column).type());
          } catch (DriverException e) {
            continue; // e.g. no codec for a custom type
          }
          for (int row = 0; row < rows.rowCount(); row++) {
            try {
              codec.decode(rows.cell(row, column));
              counts[counts.length - 2]++;
            } catch (DriverException e) {
              counts[counts.length - 1]++; // typed: the application gets a CodecException
            } catch (RuntimeException | java.lang.Error e) {
              return "decoding cell ("
                  + row
                  + ", "
                  + column
                  + ") of "
                  + columns.get(column)
                  + " threw "
                  + stackTrace(e);
            }
          }
        }
      }
    }
    return null;
  }

  /** A valid input: every response reaches its request, every event arrives, nothing fails. */
  private static String checkValid(Input input, InboundPipeline pipeline) {
    if (!pipeline.decoderExceptions().isEmpty()) {
      return "valid input, but the decoder fired " + pipeline.decoderExceptions();
    }
    Set<Integer> answered = new HashSet<>();
    List<Integer> expectedOpcodes = new ArrayList<>();
    int events = 0;
    if (input.transport().version == 5) {
      answered.add(InputGenerator.STARTUP_STREAM);
    }
    for (Envelope envelope : input.envelopes()) {
      if (envelope.streamId < 0) {
        events++;
      }
    }
    for (InboundPipeline.Request request : pipeline.requests()) {
      Envelope expected = null;
      for (Envelope envelope : input.envelopes()) {
        if (envelope.streamId == request.streamId()) {
          expected = envelope;
          break;
        }
      }
      int opcode =
          expected != null
              ? expected.opcode
              : answered.contains(request.streamId()) ? Opcode.READY : -1;
      expectedOpcodes.add(opcode);
      if (opcode < 0) {
        if (request.failures().isEmpty()
            || !(request.failures().get(0) instanceof ConnectionException)) {
          return "stream " + request.streamId() + " should have failed at close";
        }
      } else if (request.responses().isEmpty()
          || request.responses().get(0).message().opcode() != opcode) {
        return "stream "
            + request.streamId()
            + " should have got "
            + Opcode.name(opcode)
            + ", got "
            + request.responses()
            + request.failures();
      }
    }
    if (pipeline.events().size() != events) {
      return events + " events sent, " + pipeline.events().size() + " delivered";
    }
    return null;
  }

  /**
   * Null if {@code e} is a typed driver error whose causes hold no {@link java.lang.Error}, and no
   * untyped exception except under a {@link ProtocolException} (how the decoder reports the parsing
   * error of a malformed body). An untyped cause anywhere else (say a connection failure caused by
   * an index out of bounds) is a driver bug surfacing as a failure.
   */
  private static String untyped(Throwable e) {
    if (!(e instanceof DriverException)) {
      return "an untyped " + stackTrace(e);
    }
    boolean parseDetail = false;
    for (Throwable parent = e, cause = e.getCause();
        cause != null;
        parent = cause, cause = cause.getCause()) {
      parseDetail |= parent instanceof ProtocolException;
      if (cause instanceof java.lang.Error
          || cause instanceof CappedAllocator.CapExceededException
          || (!(cause instanceof DriverException) && !parseDetail)) {
        return stackTrace(e);
      }
    }
    return null;
  }

  private static String stackTrace(Throwable e) {
    java.io.StringWriter out = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }
}
