#!/usr/bin/env bash
# Builds it-tests/netty41-project — an application pinned to Netty 4.1 that uses
# sibyl-protocol-driver-shaded, and the mapper runtime and sibyl-junit with their unshaded driver
# excluded — against the Sibyl artifacts installed in the local repository, the same way as
# .ci/user-project.sh: a fresh local repository into which only io/sibyl is copied and a fresh user
# home. Its tests include the driver's single-node integration tests (it-tests' io.sibyl.it.driver,
# compiled there), so they run against the shaded jar; the script fails if fewer than all of them
# ran. SIBYL_INSTALLED_REPOSITORY names another installed repository (default ~/.m2/repository).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
installed="${SIBYL_INSTALLED_REPOSITORY:-$HOME/.m2/repository}"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -1)"
work="$(mktemp -d -t sibyl-netty41-project-XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/repository/io" "$work/home"
cp -R "$installed/io/sibyl" "$work/repository/io/"
echo "Netty 4.1 project against Sibyl $version, local repository $work/repository"
cd "$root/it-tests/netty41-project"
mvn -B -ntp -Dmaven.repo.local="$work/repository" -Duser.home="$work/home" \
  -Dsibyl.version="$version" \
  -DargLine="-Duser.home=$work/home -Dmaven.repo.local=$work/repository" \
  clean verify

# The driver's integration tests are compiled from ../src/test/java: make sure none went missing.
expected="$(ls "$root/it-tests/src/test/java/io/sibyl/it/driver" | grep -c 'IT\.java$')"
expected=$((expected - 1)) # VirtualThreadsIT needs Java 21; .ci/java25.sh runs it
ran="$(ls target/surefire-reports | grep -c '^TEST-io\.sibyl\.it\.driver\..*IT\.xml$' || true)"
if [[ "$ran" -ne "$expected" ]]; then
  echo "Expected $expected driver integration test classes on the shaded driver, $ran ran" >&2
  exit 1
fi
echo "$ran driver integration test classes passed on the shaded driver next to Netty 4.1"
