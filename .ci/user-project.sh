#!/usr/bin/env bash
# Builds it-tests/user-project — a user's project outside the reactor — against the Sibyl
# artifacts installed in the local repository, on what is as good as a new machine: a fresh local
# repository into which only io/sibyl is copied (everything else comes from Maven Central again),
# and a fresh user home (no ~/.m2/settings.xml, no ~/.sibyl cache). A path or file that exists only
# where Sibyl was built makes it fail.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
installed="${SIBYL_INSTALLED_REPOSITORY:-$HOME/.m2/repository}"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -1)"
work="$(mktemp -d -t sibyl-user-project-XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/repository/io" "$work/home"
cp -R "$installed/io/sibyl" "$work/repository/io/"
echo "User project against Sibyl $version, local repository $work/repository"
cd "$root/it-tests/user-project"
# The test JVM resolves the Cassandra server itself (embedded-cassandra): give it the same fresh
# repository and home.
mvn -B -ntp -Dmaven.repo.local="$work/repository" -Duser.home="$work/home" \
  -Dsibyl.version="$version" \
  -DargLine="-Duser.home=$work/home -Dmaven.repo.local=$work/repository" \
  clean verify
