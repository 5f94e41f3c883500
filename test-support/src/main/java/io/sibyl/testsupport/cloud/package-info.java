/**
 * A loopback stand-in for a cloud database's front door, to test secure connect bundles end to end:
 * {@link io.sibyl.testsupport.cloud.CloudMetadataService} (HTTPS, mutual TLS), {@link
 * io.sibyl.testsupport.cloud.SniProxy} (routes TLS connections by server name to nodes) and {@link
 * io.sibyl.testsupport.cloud.SecureConnectBundles} (writes bundles).
 */
package io.sibyl.testsupport.cloud;
