/**
 * Spring Boot auto-configuration of Sibyl (Boot 4.0 in {@code sibyl-spring-boot-starter}, Boot 3.5
 * in {@code sibyl-spring-boot3-starter}): the {@code sibyl.*} properties ({@link
 * io.sibyl.spring.boot.SibylProperties}), the session, mapper and repository beans ({@link
 * io.sibyl.spring.boot.SibylAutoConfiguration}), the {@code sibyl} health indicator, service
 * connections, and an embedded node for development.
 */
package io.sibyl.spring.boot;
