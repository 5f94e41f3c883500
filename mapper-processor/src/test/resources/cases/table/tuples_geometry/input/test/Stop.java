package test;

import io.sibyl.driver.type.Tuple2;
import io.sibyl.driver.type.geometry.Point;
import io.sibyl.mapper.annotations.Udt;

@Udt(name = "stop")
public record Stop(String name, Tuple2<Integer, Integer> window, Point location) {}
