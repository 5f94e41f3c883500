package io.sibyl.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A block of loopback addresses {@code 127.0.N.1..3} reserved for one cluster, so that two test
 * runs on one machine (a developer's and CI's, say) never share addresses or ports.
 *
 * <p>The block is picked at random among N in [{@value #FIRST_BLOCK}, {@value #LAST_BLOCK}] (so
 * never 127.0.10.x, which Simulacron uses). It is held with a file lock on {@code
 * <tmpdir>/sibyl-embedded-127.0.N.lock} for as long as the cluster lives, and taken only if every
 * port the nodes will listen on is free on every address. Lock files are left in place: deleting
 * one could let two processes lock two different files of the same name.
 *
 * <p>Before picking a block, {@link OrphanNodes} stops the nodes that dead JVMs left on theirs.
 * Blocks held by this JVM are skipped without opening their lock file again: closing a second
 * channel to it would drop this JVM's lock (POSIX locks belong to the process).
 */
final class LoopbackBlock implements AutoCloseable {

  static final int FIRST_BLOCK = 20;
  static final int LAST_BLOCK = 250;

  /** The lock files this JVM holds. */
  private static final Set<Path> HELD = new HashSet<>();

  private final int block;
  private final Path lockDirectory;
  private final FileChannel channel;
  private final FileLock lock;

  private LoopbackBlock(int block, Path lockDirectory, FileChannel channel, FileLock lock) {
    this.block = block;
    this.lockDirectory = lockDirectory;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Reserves a free block.
   *
   * @param addressCount how many addresses (nodes) the block must offer, 1 to 3
   * @param ports the ports that must be free on each address
   * @param random where the order of candidate blocks comes from
   * @param lockDirectory where the lock files live (normally {@code java.io.tmpdir})
   * @return the reserved block; close it to release it
   * @throws EmbeddedCassandraException if no block is free
   */
  static LoopbackBlock reserve(
      int addressCount, List<Integer> ports, Random random, Path lockDirectory) {
    OrphanNodes.reap(lockDirectory);
    List<Integer> candidates = new ArrayList<>();
    for (int block = FIRST_BLOCK; block <= LAST_BLOCK; block++) {
      candidates.add(block);
    }
    Collections.shuffle(candidates, random);
    for (int block : candidates) {
      LoopbackBlock reserved = tryLock(block, lockDirectory);
      if (reserved == null) {
        continue;
      }
      if (portsFree(block, addressCount, ports)) {
        return reserved;
      }
      reserved.close();
    }
    throw new EmbeddedCassandraException(
        "No free loopback block 127.0.N.x (N in "
            + FIRST_BLOCK
            + ".."
            + LAST_BLOCK
            + ") has ports "
            + ports
            + " free on "
            + addressCount
            + " address(es). Is a Cassandra listening on 0.0.0.0 with one of these ports, or are"
            + " old test nodes still running (look for CassandraDaemon processes)?");
  }

  /** The N of {@code 127.0.N.x}. */
  int block() {
    return block;
  }

  /** The address of node {@code number} (1-based): {@code 127.0.N.number}. */
  InetAddress address(int number) {
    return address(block, number);
  }

  static InetAddress address(int block, int number) {
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, (byte) block, (byte) number});
    } catch (UnknownHostException e) {
      throw new IllegalStateException("A 4-byte address is always valid", e);
    }
  }

  static Path lockFile(Path lockDirectory, int block) {
    return lockDirectory.resolve("sibyl-embedded-127.0." + block + ".lock");
  }

  /** This block's {@link BlockPidFile}. */
  Path pidFile() {
    return pidFile(lockDirectory, block);
  }

  /** The file beside the lock file naming the owner JVM and node processes of the block. */
  static Path pidFile(Path lockDirectory, int block) {
    return lockDirectory.resolve("sibyl-embedded-127.0." + block + ".pids");
  }

  /** Locks {@code block} if no one holds it, without checking ports; {@code null} if held. */
  static LoopbackBlock tryReserve(int block, Path lockDirectory) {
    return tryLock(block, lockDirectory);
  }

  /** Checks by binding that every port is free on every address of the block. */
  static boolean portsFree(int block, int addressCount, List<Integer> ports) {
    for (int number = 1; number <= addressCount; number++) {
      for (int port : ports) {
        try (ServerSocket socket = new ServerSocket()) {
          // As Cassandra's own listeners do, so that ports in TIME_WAIT count as free.
          socket.setReuseAddress(true);
          socket.bind(new InetSocketAddress(address(block, number), port));
        } catch (IOException e) {
          return false;
        }
      }
    }
    return true;
  }

  private static LoopbackBlock tryLock(int block, Path lockDirectory) {
    Path lockFile = lockFile(lockDirectory, block).toAbsolutePath().normalize();
    synchronized (HELD) {
      if (!HELD.add(lockFile)) {
        return null;
      }
    }
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              lockFile(lockDirectory, block), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return new LoopbackBlock(block, lockDirectory, channel, lock);
      }
    } catch (IOException | OverlappingFileLockException e) {
      // Held by this JVM (overlapping) or not lockable: try another block.
    }
    closeQuietly(channel);
    synchronized (HELD) {
      HELD.remove(lockFile);
    }
    return null;
  }

  /** Releases the block; idempotent. */
  @Override
  public void close() {
    if (!channel.isOpen()) {
      return;
    }
    try {
      lock.release();
    } catch (IOException e) {
      // Closing the channel below releases it too.
    }
    closeQuietly(channel);
    synchronized (HELD) {
      HELD.remove(lockFile(lockDirectory, block).toAbsolutePath().normalize());
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // Nothing left to release.
      }
    }
  }
}
