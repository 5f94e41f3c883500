package io.sibyl.it.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.Session;
import io.sibyl.driver.error.AuthenticationException;
import io.sibyl.it.support.SessionITBase;
import org.junit.jupiter.api.Test;

/** The shared node runs PasswordAuthenticator: every other test logs in; these check the edges. */
class AuthenticationIT extends SessionITBase {

  @Test
  void should_log_in_with_the_right_password() {
    try (Session other = newSession(builder -> {})) {
      assertThat(other.execute("SELECT release_version FROM system.local").one().getString(0))
          .isNotBlank();
    }
  }

  @Test
  void should_refuse_a_wrong_password_with_a_clear_error_that_hides_it() {
    assertThatThrownBy(
            () ->
                newSession(builder -> builder.credentials(cluster.username(), "not-the-password")))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("Authentication failed")
        .hasMessageNotContaining("not-the-password");
  }

  @Test
  void should_say_that_credentials_are_missing() {
    assertThatThrownBy(() -> newSession(builder -> builder.authProvider(null)))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("requires authentication")
        .hasMessageContaining("credentials");
  }
}
