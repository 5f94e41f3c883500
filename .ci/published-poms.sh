#!/usr/bin/env bash
# Checks the POMs of the Sibyl artifacts installed in the local repository (the flattened POMs that
# are published) with .ci/PublishedPoms.java: no test framework, Cassandra server or SLF4J binding
# on users' class paths, slf4j-api 2.x, literal versions, no build-only sections.
# SIBYL_INSTALLED_REPOSITORY names another installed repository (default ~/.m2/repository).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
installed="${SIBYL_INSTALLED_REPOSITORY:-$HOME/.m2/repository}"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -1)"
java "$root/.ci/PublishedPoms.java" "$installed" "$version"
