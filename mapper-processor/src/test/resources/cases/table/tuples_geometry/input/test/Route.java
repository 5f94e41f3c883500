package test;

import io.sibyl.driver.type.Tuple2;
import io.sibyl.driver.type.Tuple3;
import io.sibyl.driver.type.geometry.LineString;
import io.sibyl.driver.type.geometry.Point;
import io.sibyl.driver.type.geometry.Polygon;
import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@Table(name = "routes", keyspace = "geo")
public record Route(
    @PartitionKey Tuple2<String, Integer> region,
    @ClusteringColumn Tuple3<Integer, String, Instant> leg,
    Tuple2<Double, Double> origin,
    List<Tuple2<Integer, String>> stops,
    Map<String, Tuple2<Stop, List<String>>> byName,
    Tuple2<Tuple2<Integer, Integer>, String> nested,
    @Column(type = "tuple<int, ascii>") Tuple2<Integer, String> code,
    Point start,
    LineString path,
    @Column(type = "'PolygonType'") Polygon area,
    @Column(type = "'org.apache.cassandra.db.marshal.PointType'") Point finish) {}
