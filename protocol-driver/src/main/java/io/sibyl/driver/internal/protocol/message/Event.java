package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Primitives;
import io.sibyl.driver.internal.protocol.Response;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;

/**
 * EVENT (spec section 4.2.6): a server push, always on stream -1. Body: the event type [string],
 * then the event's fields.
 */
public sealed interface Event extends Response
    permits Event.TopologyChangeEvent, Event.StatusChangeEvent, Event.SchemaChangeEvent {
  /** Event type: a node joined or left the cluster. */
  String TOPOLOGY_CHANGE = "TOPOLOGY_CHANGE";

  /** Event type: a node went up or down. */
  String STATUS_CHANGE = "STATUS_CHANGE";

  /** Event type: the schema changed. */
  String SCHEMA_CHANGE = "SCHEMA_CHANGE";

  @Override
  default int opcode() {
    return Opcode.EVENT;
  }

  /** The event type, one of the constants of this interface. */
  String type();

  /**
   * Decodes the body.
   *
   * @throws IllegalArgumentException for an event type the spec does not define
   */
  static Event decode(ByteBuf body, ProtocolVersion version) {
    String type = Primitives.readString(body);
    return switch (type) {
      case TOPOLOGY_CHANGE ->
          new TopologyChangeEvent(Primitives.readString(body), Primitives.readInet(body));
      case STATUS_CHANGE ->
          new StatusChangeEvent(Primitives.readString(body), Primitives.readInet(body));
      case SCHEMA_CHANGE -> SchemaChangeEvent.decodeFields(body);
      default -> throw new IllegalArgumentException("unknown event type '" + type + "'");
    };
  }

  /**
   * A node joined or left.
   *
   * @param change {@code "NEW_NODE"} or {@code "REMOVED_NODE"}
   * @param address the node's native transport address
   */
  record TopologyChangeEvent(String change, InetSocketAddress address) implements Event {
    /** A node joined. */
    public static final String NEW_NODE = "NEW_NODE";

    /** A node left. */
    public static final String REMOVED_NODE = "REMOVED_NODE";

    @Override
    public String type() {
      return TOPOLOGY_CHANGE;
    }
  }

  /**
   * A node went up or down.
   *
   * @param change {@code "UP"} or {@code "DOWN"}
   * @param address the node's native transport address
   */
  record StatusChangeEvent(String change, InetSocketAddress address) implements Event {
    /** The node is up. */
    public static final String UP = "UP";

    /** The node is down. */
    public static final String DOWN = "DOWN";

    @Override
    public String type() {
      return STATUS_CHANGE;
    }
  }

  /**
   * The schema changed. The same fields make the Schema_change RESULT.
   *
   * @param changeType {@code "CREATED"}, {@code "UPDATED"} or {@code "DROPPED"}
   * @param target {@code "KEYSPACE"}, {@code "TABLE"}, {@code "TYPE"}, {@code "FUNCTION"} or {@code
   *     "AGGREGATE"}
   * @param keyspace the keyspace changed or holding the changed object
   * @param name the table, type, function or aggregate name; null for a keyspace
   * @param argTypes the CQL argument types of a function or aggregate, else empty
   */
  record SchemaChangeEvent(
      String changeType, String target, String keyspace, String name, List<String> argTypes)
      implements Event {
    /** Target: a keyspace. */
    public static final String KEYSPACE = "KEYSPACE";

    /** Target: a table. */
    public static final String TABLE = "TABLE";

    /** Target: a user-defined type. */
    public static final String TYPE = "TYPE";

    /** Target: a function. */
    public static final String FUNCTION = "FUNCTION";

    /** Target: an aggregate. */
    public static final String AGGREGATE = "AGGREGATE";

    /** Checks and copies the components. */
    public SchemaChangeEvent {
      Objects.requireNonNull(changeType, "changeType");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(keyspace, "keyspace");
      argTypes = argTypes == null ? List.of() : List.copyOf(argTypes);
    }

    @Override
    public String type() {
      return SCHEMA_CHANGE;
    }

    /** Reads {@code <change_type><target><options>}. */
    static SchemaChangeEvent decodeFields(ByteBuf body) {
      String changeType = Primitives.readString(body);
      String target = Primitives.readString(body);
      String keyspace = Primitives.readString(body);
      return switch (target) {
        case KEYSPACE -> new SchemaChangeEvent(changeType, target, keyspace, null, List.of());
        case TABLE, TYPE ->
            new SchemaChangeEvent(
                changeType, target, keyspace, Primitives.readString(body), List.of());
        case FUNCTION, AGGREGATE ->
            new SchemaChangeEvent(
                changeType,
                target,
                keyspace,
                Primitives.readString(body),
                Primitives.readStringList(body));
        default ->
            throw new IllegalArgumentException("unknown schema change target '" + target + "'");
      };
    }
  }
}
