package io.sibyl.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.error.InvalidPagingTokenException;
import io.sibyl.driver.error.InvalidPagingTokenException.Check;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.codec.CodecRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issuing, parsing and checking paging tokens, without a server. */
class PagingTokenTest {
  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  private static final ByteBuffer STATE = ByteBuffer.wrap(new byte[] {0, 4, 0, 0, 0, 7, 9, 8, 7});
  private static final String QUERY = "SELECT v FROM t WHERE k = ?";
  private static final CodecRegistry CODECS = CodecRegistry.DEFAULT;

  private final PagingTokenSigner signer = PagingTokenSigner.of(KEY);

  private PagingToken issue(Statement<?> statement) {
    return signer.issue(statement, STATE, ProtocolVersion.V5, "shop", CODECS);
  }

  private ByteBuffer verify(PagingTokenSigner by, PagingToken token, Statement<?> statement) {
    return by.verify(token, statement, ProtocolVersion.V5, "shop", CODECS);
  }

  private static PreparedStatement prepared(String query) {
    ColumnDefinitions variables =
        new ColumnDefinitions(List.of(new ColumnDefinition("shop", "t", "k", DataTypes.INT)));
    return new PreparedStatement(
        query,
        "shop",
        new byte[] {1, 2, 3},
        variables,
        new int[] {0},
        new ColumnDefinitions(List.of()),
        null,
        CODECS,
        StatementOptions.DEFAULT);
  }

  @Test
  void should_round_trip_through_its_url_safe_string_and_give_back_the_raw_state() {
    SimpleStatement statement = SimpleStatement.of(QUERY, 7);
    PagingToken token = issue(statement);

    String text = token.asString();
    PagingToken parsed = PagingToken.parse(text);

    assertThat(text).matches("[A-Za-z0-9_-]+");
    assertThat(parsed).isEqualTo(token).hasSameHashCodeAs(token);
    assertThat(parsed.toString()).isEqualTo(text);
    assertThat(parsed.pagingState()).isEqualTo(STATE);
    assertThat(parsed.protocolVersion()).isEqualTo(ProtocolVersion.V5);
    assertThat(verify(signer, parsed, statement)).isEqualTo(STATE);
  }

  @Test
  void should_not_carry_the_bound_values_in_readable_form() {
    String secret = "ada.lovelace@example.com";
    PagingToken token = issue(SimpleStatement.of("SELECT * FROM users WHERE mail = ?", secret));

    byte[] bytes = Base64.getUrlDecoder().decode(token.asString());

    assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
    assertThat(token.asString()).doesNotContain(secret);
    // format, version, 32-byte hash, the state itself, 32-byte MAC: nothing else.
    assertThat(bytes).hasSize(2 + 32 + STATE.remaining() + 32);
  }

  @Test
  void should_refuse_the_token_when_any_bit_of_any_byte_is_flipped() {
    SimpleStatement statement = SimpleStatement.of(QUERY, 7);
    byte[] bytes = issue(statement).bytes();

    for (int i = 0; i < bytes.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] tampered = bytes.clone();
        tampered[i] ^= (byte) (1 << bit);
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
        int position = i;

        assertThatThrownBy(() -> verify(signer, PagingToken.parse(text), statement))
            .as("bit %d of byte %d", bit, position)
            .isInstanceOfSatisfying(
                InvalidPagingTokenException.class,
                e ->
                    assertThat(e.failedCheck())
                        // parsing refuses an unknown format or protocol version (5 -> 4 is known)
                        .isIn(
                            position < 2 ? List.of(Check.FORMAT, Check.MAC) : List.of(Check.MAC)));
      }
    }
  }

  @Test
  void should_refuse_a_token_issued_under_another_key_with_a_message_saying_what_to_do() {
    SimpleStatement statement = SimpleStatement.of(QUERY, 7);
    PagingToken token = issue(statement);
    PagingTokenSigner other = PagingTokenSigner.of(otherKey());

    assertThatThrownBy(() -> verify(other, token, statement))
        .isInstanceOfSatisfying(
            InvalidPagingTokenException.class,
            e -> assertThat(e.failedCheck()).isEqualTo(Check.MAC))
        .hasMessageContaining("altered, or issued by a session with another paging-token key")
        .hasMessageContaining("SessionBuilder.pagingTokenKey")
        .hasMessageContaining(QUERY);
    assertThatThrownBy(() -> verify(PagingTokenSigner.of(null), token, statement))
        .isInstanceOf(InvalidPagingTokenException.class);
  }

  @Test
  void should_accept_a_token_issued_by_another_signer_with_the_same_key() {
    SimpleStatement statement = SimpleStatement.of(QUERY, 7);

    assertThat(verify(PagingTokenSigner.of(KEY.clone()), issue(statement), statement))
        .isEqualTo(STATE);
  }

  @Test
  void should_refuse_a_token_resumed_on_another_statement_text() {
    PagingToken token = issue(SimpleStatement.of(QUERY, 7));
    SimpleStatement other = SimpleStatement.of("SELECT v FROM other WHERE k = ?", 7);

    assertThatThrownBy(() -> verify(signer, token, other))
        .isInstanceOfSatisfying(
            InvalidPagingTokenException.class,
            e -> assertThat(e.failedCheck()).isEqualTo(Check.STATEMENT))
        .hasMessageContaining("another statement, keyspace or other bound values")
        .hasMessageContaining("SELECT v FROM other WHERE k = ?");
  }

  @Test
  void should_refuse_a_token_resumed_with_other_values_without_naming_them() {
    PagingToken token = issue(SimpleStatement.of(QUERY, 7));

    assertThatThrownBy(() -> verify(signer, token, SimpleStatement.of(QUERY, 8)))
        .isInstanceOfSatisfying(
            InvalidPagingTokenException.class,
            e -> assertThat(e.failedCheck()).isEqualTo(Check.STATEMENT))
        .hasMessageNotContaining("8");
    assertThatThrownBy(() -> verify(signer, token, SimpleStatement.of(QUERY)))
        .isInstanceOf(InvalidPagingTokenException.class);
    assertThatThrownBy(() -> verify(signer, token, SimpleStatement.of(QUERY, Map.of("k", 7))))
        .isInstanceOf(InvalidPagingTokenException.class);
  }

  @Test
  void should_bind_a_token_to_the_values_of_a_bound_statement() {
    PreparedStatement prepared = prepared(QUERY);
    PagingToken token = issue(prepared.bind(7));

    assertThat(verify(signer, token, prepared.bind(7))).isEqualTo(STATE);
    assertThatThrownBy(() -> verify(signer, token, prepared.bind(8)))
        .isInstanceOfSatisfying(
            InvalidPagingTokenException.class,
            e -> assertThat(e.failedCheck()).isEqualTo(Check.STATEMENT));
    assertThatThrownBy(() -> verify(signer, token, prepared.bind()))
        .isInstanceOf(InvalidPagingTokenException.class);
    assertThatThrownBy(() -> verify(signer, token, prepared("SELECT w FROM t WHERE k = ?").bind(7)))
        .isInstanceOf(InvalidPagingTokenException.class);
  }

  @Test
  void should_refuse_a_token_resumed_in_another_keyspace() {
    SimpleStatement statement = SimpleStatement.of(QUERY, 7);
    PagingToken token = issue(statement);

    assertThatThrownBy(() -> signer.verify(token, statement, ProtocolVersion.V5, "other", CODECS))
        .isInstanceOfSatisfying(
            InvalidPagingTokenException.class,
            e -> assertThat(e.failedCheck()).isEqualTo(Check.STATEMENT));
    assertThatThrownBy(() -> verify(signer, token, statement.withKeyspace("other")))
        .isInstanceOf(InvalidPagingTokenException.class);
  }

  @Test
  void should_refuse_a_token_issued_under_another_protocol_version() {
    SimpleStatement statement = SimpleStatement.of(QUERY, 7);
    PagingToken token = issue(statement);

    assertThatThrownBy(() -> signer.verify(token, statement, ProtocolVersion.V4, "shop", CODECS))
        .isInstanceOfSatisfying(
            InvalidPagingTokenException.class,
            e -> assertThat(e.failedCheck()).isEqualTo(Check.PROTOCOL_VERSION))
        .hasMessageContaining("issued under protocol V5 but this session uses V4");
  }

  @Test
  void should_refuse_strings_that_are_not_tokens_on_parsing() {
    String valid = issue(SimpleStatement.of(QUERY, 7)).asString();
    String lastChanged = valid.substring(0, valid.length() - 1) + (valid.endsWith("A") ? "B" : "A");

    for (String bad :
        List.of("", "not a token!", valid + "=", valid.substring(0, 40), "AQU" + valid)) {
      assertThatThrownBy(() -> PagingToken.parse(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidPagingTokenException.class,
              e -> assertThat(e.failedCheck()).isEqualTo(Check.FORMAT))
          .hasMessageContaining("not a paging token issued by Sibyl");
    }
    assertThatThrownBy(() -> PagingToken.parse(null))
        .isInstanceOf(InvalidPagingTokenException.class);
    // A changed last character either changes the bytes (MAC) or is not canonical (format).
    assertThatThrownBy(
            () -> verify(signer, PagingToken.parse(lastChanged), SimpleStatement.of(QUERY, 7)))
        .isInstanceOf(InvalidPagingTokenException.class);
  }

  @Test
  void should_clear_the_raw_paging_state_when_a_token_is_set_and_the_other_way_round() {
    PagingToken token = issue(SimpleStatement.of(QUERY, 7));
    SimpleStatement statement = SimpleStatement.of(QUERY, 7).withPagingState(STATE);

    SimpleStatement withToken = statement.withPagingToken(token);
    SimpleStatement withState = withToken.withPagingState(STATE);

    assertThat(withToken.pagingToken()).isEqualTo(token);
    assertThat(withToken.pagingState()).isNull();
    assertThat(withState.pagingToken()).isNull();
    assertThat(withState.pagingState()).isEqualTo(STATE);
  }

  @Test
  void should_refuse_a_paging_token_key_shorter_than_16_bytes() {
    assertThatThrownBy(() -> Session.builder().pagingTokenKey(new byte[15]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "pagingTokenKey needs at least 16 bytes (32 random bytes are best), got 15 bytes");
    assertThatThrownBy(() -> Session.builder().pagingTokenKey(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] otherKey() {
    byte[] other = KEY.clone();
    other[31] ^= 1;
    return other;
  }
}
