package io.sibyl.mapper.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The holder's view of its lease never outlives the lock row on the nodes: checked against how
 * Cassandra expires a TTL (from the coordinator's current whole second).
 */
class LeaseTest {

  private static final long SECOND = 1_000_000_000L;

  /**
   * When a row written at {@code writtenAtNanos} (wall clock) with {@code ttl} stops being read.
   */
  private static long rowExpiry(long writtenAtNanos, int ttl) {
    return (writtenAtNanos / SECOND + ttl) * SECOND;
  }

  @Test
  void should_keep_the_row_alive_for_the_whole_lease_whatever_the_fraction_of_the_second() {
    for (long sentAt = 0; sentAt < 2 * SECOND; sentAt += SECOND / 10) {
      Lease lease = new Lease(Duration.ofSeconds(3), sentAt);
      for (long delay = 0; delay < SECOND; delay += SECOND / 20) {
        long writtenAt = sentAt + delay; // the write happens after the request left
        long lastHeld = sentAt + 3 * SECOND; // the holder's view: not expired up to here
        assertThat(lease.expired(lastHeld)).isFalse();
        assertThat(rowExpiry(writtenAt, lease.ttlSeconds()))
            .as("row written at %d ns, lease sent at %d ns", writtenAt, sentAt)
            .isGreaterThan(lastHeld);
      }
    }
  }

  @Test
  void should_expire_once_the_lease_passed_since_the_last_confirmation_was_sent() {
    Lease lease = new Lease(Duration.ofSeconds(3), 0);

    assertThat(lease.expired(3 * SECOND)).isFalse();
    assertThat(lease.expired(3 * SECOND + 1)).isTrue();
    lease.confirmed(2 * SECOND);
    assertThat(lease.expired(5 * SECOND)).isFalse();
    assertThat(lease.expired(5 * SECOND + 1)).isTrue();
  }

  @Test
  void should_keep_the_latest_confirmation_when_two_threads_confirm_out_of_order() {
    Lease lease = new Lease(Duration.ofSeconds(3), 0);

    lease.confirmed(2 * SECOND); // the renewal thread's, sent later, answered first
    lease.confirmed(SECOND); // the statement thread's, sent earlier, answered last

    assertThat(lease.expired(4 * SECOND)).isFalse();
  }

  @Test
  void should_judge_an_unknown_outcome_by_when_it_was_answered_not_when_it_was_sent() {
    Lease lease = new Lease(Duration.ofSeconds(3), 0);
    long sent = SECOND; // within half the lease
    long answered = sent + 2 * SECOND; // the timeout came two seconds later

    assertThat(lease.coversUnknownOutcome(sent)).isTrue();
    assertThat(lease.coversUnknownOutcome(answered)).isFalse();
  }

  @Test
  void should_count_the_lease_in_whole_seconds_of_at_least_one() {
    assertThat(new Lease(Duration.ofMillis(1500), 0).seconds()).isEqualTo(1);
    assertThat(new Lease(Duration.ofMillis(1500), 0).ttlSeconds()).isEqualTo(2);
    assertThat(new Lease(Duration.ofMillis(200), 0).seconds()).isEqualTo(1);
  }
}
