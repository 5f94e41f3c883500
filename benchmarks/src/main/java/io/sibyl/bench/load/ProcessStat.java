package io.sibyl.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads this process's system (kernel) CPU time from {@code /proc/self/stat} on Linux. */
final class ProcessStat {
  private static final Path STAT = Path.of("/proc/self/stat");
  // USER_HZ: the unit of the stat file's times; 100 on every mainstream Linux build.
  private static final long NANOS_PER_TICK = 10_000_000L;
  // Fields after the command name (which is in parentheses and may hold spaces): state is the
  // first, stime (the 15th field of the file) the 13th.
  private static final int STIME_AFTER_COMMAND = 12;

  private ProcessStat() {}

  /** The process's system CPU time in nanoseconds (10 ms resolution), or -1 where unknown. */
  static long systemCpuNanos() {
    try {
      return parseSystemTicks(Files.readString(STAT, StandardCharsets.US_ASCII)) * NANOS_PER_TICK;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The stime field of a stat line, in clock ticks. */
  static long parseSystemTicks(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    return Long.parseLong(fields[STIME_AFTER_COMMAND]);
  }
}
