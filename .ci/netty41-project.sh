#!/usr/bin/env bash
# Builds it-tests/netty41-project — an application pinned to Netty 4.1 that uses
# sibyl-protocol-driver-shaded — against the Sibyl artifacts installed in the local repository,
# the same way as .ci/user-project.sh: a fresh local repository into which only io/sibyl is copied
# and a fresh user home.
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
