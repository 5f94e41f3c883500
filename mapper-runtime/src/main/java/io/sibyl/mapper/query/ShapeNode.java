package io.sibyl.mapper.query;

import io.sibyl.mapper.generated.PreparedCql;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.metamodel.ColumnRef;
import io.sibyl.mapper.metamodel.Ordering;
import io.sibyl.mapper.metamodel.Relation;
import io.sibyl.mapper.metamodel.Restriction;
import io.sibyl.mapper.metamodel.Selector;
import io.sibyl.mapper.metamodel.TokenRestriction;
import io.sibyl.mapper.metamodel.TupleRestriction;
import java.util.Arrays;
import java.util.List;

/**
 * One select shape in the tree of the builder steps that lead to it from a table's root ({@code
 * select()}, then {@code where(...)}, {@code limit(...)}...), holding the shape's CQL and prepared
 * statements once found. A query reached by the same steps as an earlier one (values aside) finds
 * them with a few comparisons, without writing its CQL nor hashing it: the DSL then costs about
 * what a repository method costs.
 *
 * <p>Each step is encoded as a {@code long}; a step that does not fit (a column position above 255,
 * more than five ordering terms...) has no node, and the query falls back to writing its CQL and
 * finding its statement by text in the {@link StatementCache}. A node keeps at most {@value
 * #MAX_CHILDREN} children, so the tree stays small whatever the queries.
 */
final class ShapeNode {

  static final int MAX_CHILDREN = 64;

  private static final long NONE = -1L;
  private static final int KIND_SHIFT = 56;
  private static final long ENTITIES = kind(1);
  private static final long PROJECTION = kind(2);
  private static final long COLUMN = kind(3);
  private static final long RESTRICTION = kind(4);
  private static final long TOKEN = kind(5);
  private static final long TUPLE = kind(6);
  private static final long ORDER_BY = kind(7);
  private static final long LIMIT = kind(8);
  private static final long PER_PARTITION_LIMIT = kind(9);
  private static final long ALLOW_FILTERING = kind(10);
  private static final long DISTINCT = kind(11);

  private static final Children NO_CHILDREN = new Children(new long[0], new ShapeNode[0]);

  private volatile Children children = NO_CHILDREN;

  /** The CQL of the shape, once written. */
  volatile String cql;

  /** The statement of the shape, once found. */
  volatile PreparedCql prepared;

  /** The statement of the shape's count, once found. */
  volatile PreparedCql countPrepared;

  /**
   * The function converting the result of the shape's {@code oneAsync()} for the table's own
   * reader, once made (a {@code SelectQuery} type; it keeps the statement it was made for).
   */
  volatile Object oneRow;

  private record Children(long[] keys, ShapeNode[] nodes) {}

  /** The node of a select of whole entities. */
  ShapeNode entities() {
    return child(ENTITIES);
  }

  /** The node of a select of these columns of {@code table}. */
  static <T> ShapeNode projection(
      ShapeNode root, TableDescriptor<T> table, List<Selector<T, ?>> columns) {
    ShapeNode node = step(root, PROJECTION);
    for (int i = 0; i < columns.size() && node != null; i++) {
      // A field of a user-type column has no position: its shape is found by its CQL text.
      node =
          columns.get(i) instanceof ColumnRef<T, ?> column && column.table() == table
              ? step(node, position(column.position(), COLUMN))
              : null;
    }
    return node;
  }

  /** The node after adding these relations on {@code table}. */
  static <T> ShapeNode where(ShapeNode from, TableDescriptor<T> table, Relation<T>[] relations) {
    ShapeNode node = from;
    for (int i = 0; i < relations.length && node != null; i++) {
      node = step(node, key(table, relations[i]));
    }
    return node;
  }

  /** The node after adding this relation on {@code table}. */
  static <T> ShapeNode where(ShapeNode from, TableDescriptor<T> table, Relation<T> relation) {
    return step(from, key(table, relation));
  }

  /** The node after setting this ordering on {@code table}. */
  static <T> ShapeNode orderBy(ShapeNode from, TableDescriptor<T> table, Ordering<T>[] terms) {
    if (terms.length > 5) {
      return null;
    }
    long payload = terms.length;
    for (Ordering<T> term : terms) {
      int position = term.column().position();
      if (position > 255 || term.column().table() != table) {
        return null;
      }
      payload = payload << 9 | position << 1 | (term.descending() ? 1 : 0);
    }
    return step(from, ORDER_BY | payload);
  }

  static ShapeNode limit(ShapeNode from) {
    return step(from, LIMIT);
  }

  static ShapeNode perPartitionLimit(ShapeNode from) {
    return step(from, PER_PARTITION_LIMIT);
  }

  static ShapeNode allowFiltering(ShapeNode from) {
    return step(from, ALLOW_FILTERING);
  }

  static ShapeNode distinct(ShapeNode from) {
    return step(from, DISTINCT);
  }

  // The key of a relation: what its CQL depends on (never its values, but the number of IN
  // tuples); none for a relation on another table, which the checks then refuse.
  private static <T> long key(TableDescriptor<T> table, Relation<T> relation) {
    if (relation instanceof Restriction<T> r) {
      // A restriction on a function's result, an element or a field is found by its CQL text.
      return r.column().table() != table || !r.isOnColumn()
          ? NONE
          : position(r.column().position(), RESTRICTION | (long) r.operator().ordinal() << 8);
    }
    if (relation instanceof TokenRestriction<T> t) {
      return t.token().table() != table ? NONE : TOKEN | t.operator().ordinal();
    }
    TupleRestriction<T> tuple = (TupleRestriction<T>) relation;
    int count = tuple.tupleCount();
    if (count > 0xFFFF || tuple.tuple().table() != table) {
      return NONE;
    }
    long operatorAndSize =
        (long) tuple.operator().ordinal() << 8 | (long) tuple.tuple().columns().size() << 16;
    return position(
        tuple.tuple().columns().get(0).position(), TUPLE | operatorAndSize | (long) count << 24);
  }

  private static long position(int position, long rest) {
    return position > 255 ? NONE : rest | position;
  }

  private static long kind(int kind) {
    return (long) kind << KIND_SHIFT;
  }

  private static ShapeNode step(ShapeNode from, long key) {
    return from == null || key == NONE ? null : from.child(key);
  }

  private ShapeNode child(long key) {
    Children current = children;
    for (int i = 0; i < current.keys.length; i++) {
      if (current.keys[i] == key) {
        return current.nodes[i];
      }
    }
    synchronized (this) {
      current = children;
      int size = current.keys.length;
      for (int i = 0; i < size; i++) {
        if (current.keys[i] == key) {
          return current.nodes[i];
        }
      }
      if (size >= MAX_CHILDREN) {
        return null;
      }
      long[] keys = Arrays.copyOf(current.keys, size + 1);
      ShapeNode[] nodes = Arrays.copyOf(current.nodes, size + 1);
      keys[size] = key;
      nodes[size] = new ShapeNode();
      children = new Children(keys, nodes);
      return nodes[size];
    }
  }
}
