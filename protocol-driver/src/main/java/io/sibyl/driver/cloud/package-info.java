/**
 * Connecting to a cloud database (such as DataStax Astra) with a secure connect bundle: reading the
 * bundle, asking its metadata service for the SNI proxy, the local data center and the nodes' host
 * ids. Used through {@link
 * io.sibyl.driver.SessionBuilder#cloudSecureConnectBundle(java.nio.file.Path)}.
 */
package io.sibyl.driver.cloud;
