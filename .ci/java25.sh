#!/usr/bin/env bash
# Unit tests of the product modules and a selection of integration tests on the JDK that
# JAVA_HOME names (CI: Java 25). The Cassandra nodes still run on a Java they support (17),
# found by embedded-cassandra. Formatting and Javadoc were checked by the Java 17 build.
set -euo pipefail
cd "$(dirname "$0")/.."
"$JAVA_HOME/bin/java" -version
mvn -B -ntp verify -Dspotless.check.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  -pl protocol-driver,mapper-runtime,mapper-processor,test-support,it-tests -am \
  -Dit.test='VirtualThreadsIT,ConnectIT,PreparedStatementIT,PagingIT,BatchIT,TypesIT,QueryDslIT,ProxiedNodeFaultsIT' \
  -Dit.excluded.java21=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
