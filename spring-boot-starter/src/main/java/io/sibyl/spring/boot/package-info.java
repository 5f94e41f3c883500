/**
 * Spring Boot 4 auto-configuration of Sibyl: the {@code sibyl.*} properties ({@link
 * io.sibyl.spring.boot.SibylProperties}), the session, mapper and repository beans ({@link
 * io.sibyl.spring.boot.SibylAutoConfiguration}), the {@code sibyl} health indicator, and an
 * embedded node for development.
 */
package io.sibyl.spring.boot;
