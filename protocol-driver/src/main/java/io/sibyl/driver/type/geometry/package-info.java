/**
 * Geometric values of DataStax Enterprise's custom types {@code PointType}, {@code LineStringType}
 * and {@code PolygonType}: {@link io.sibyl.driver.type.geometry.Point}, {@link
 * io.sibyl.driver.type.geometry.LineString} and {@link io.sibyl.driver.type.geometry.Polygon},
 * immutable, with their well-known text (WKT) and well-known binary (WKB) forms. The driver's codec
 * registry maps them to those custom types, whose values travel as WKB.
 */
package io.sibyl.driver.type.geometry;
