package io.sibyl.driver.internal.protocol.fuzz;

import io.netty.buffer.AbstractByteBufAllocator;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.UnpooledHeapByteBuf;
import java.util.ArrayList;
import java.util.List;

/**
 * A test allocator that refuses any single buffer array over a cap and remembers every buffer it
 * made, so that a test can check after the fact that no decode asked for a huge buffer and that
 * every buffer was released. Buffers are unpooled heap buffers whose {@link ByteBuf#alloc()} is
 * this allocator, so slices and the buffers derived from them allocate here too; growth of a buffer
 * is checked as well. Leak-aware wrapping (paranoid in tests) still applies. Not thread-safe: one
 * allocator per test thread.
 */
public final class CappedAllocator extends AbstractByteBufAllocator {
  private final List<ByteBuf> buffers = new ArrayList<>();
  private long cap;
  private long largestRequest;
  private long allocatedBytes;
  private String violation;

  /** An allocator refusing arrays longer than {@code cap} bytes. */
  public CappedAllocator(long cap) {
    super(false);
    this.cap = cap;
  }

  /** Forgets the buffers and figures so far and sets a new cap. */
  public void reset(long newCap) {
    buffers.clear();
    cap = newCap;
    largestRequest = 0;
    allocatedBytes = 0;
    violation = null;
  }

  /** The largest array asked for since the last reset, in bytes. */
  public long largestRequest() {
    return largestRequest;
  }

  /** The bytes of all arrays allocated since the last reset. */
  public long allocatedBytes() {
    return allocatedBytes;
  }

  /** What went over the cap since the last reset, or null. */
  public String violation() {
    return violation;
  }

  /** The buffers made since the last reset that are still not released. */
  public List<ByteBuf> unreleased() {
    List<ByteBuf> live = new ArrayList<>();
    for (ByteBuf buffer : buffers) {
      if (buffer.refCnt() > 0) {
        live.add(buffer);
      }
    }
    return live;
  }

  @Override
  protected ByteBuf newHeapBuffer(int initialCapacity, int maxCapacity) {
    ByteBuf buffer = new CappedHeapByteBuf(this, initialCapacity, maxCapacity);
    buffers.add(buffer);
    return buffer;
  }

  @Override
  protected ByteBuf newDirectBuffer(int initialCapacity, int maxCapacity) {
    return newHeapBuffer(initialCapacity, maxCapacity);
  }

  @Override
  public boolean isDirectBufferPooled() {
    return false;
  }

  private void check(int length) {
    largestRequest = Math.max(largestRequest, length);
    if (length > cap) {
      if (violation == null) {
        violation = "a buffer of " + length + " bytes was asked for, over the cap of " + cap;
      }
      throw new CapExceededException(violation);
    }
    allocatedBytes += length;
  }

  /** Thrown in place of an allocation over the cap. */
  public static final class CapExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CapExceededException(String message) {
      super(message);
    }
  }

  private static final class CappedHeapByteBuf extends UnpooledHeapByteBuf {
    CappedHeapByteBuf(ByteBufAllocator alloc, int initialCapacity, int maxCapacity) {
      super(alloc, initialCapacity, maxCapacity);
    }

    @Override
    protected byte[] allocateArray(int initialCapacity) {
      ((CappedAllocator) alloc()).check(initialCapacity);
      return super.allocateArray(initialCapacity);
    }
  }
}
