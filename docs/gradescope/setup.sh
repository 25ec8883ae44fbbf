#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image (Ubuntu 22.04 unless the
# assignment picks another base image), from the unzipped autograder in /autograder/source: the course's
# grader is in /autograder/source/grader (scripts/gradescope-zip lays the zip out so).
#
# It installs what the grader needs (Swift 6.3, libxml2, bubblewrap), then builds the grader once, so that
# each submission only compiles the student's files. Anything already present is left as it is.
set -euo pipefail
root=${AUTOGRADER_ROOT:-/autograder}
swift_version=6.3.1
ubuntu=$(. /etc/os-release && echo "${VERSION_ID:-22.04}")

packages="binutils curl git gnupg2 libc6-dev libcurl4-openssl-dev libedit2 libpython3-dev libsqlite3-0 libxml2-dev
  libz3-dev pkg-config tzdata unzip zlib1g-dev bubblewrap python3"
missing=""
for package in $packages; do
  dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
done
if [ -n "$missing" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi

if ! swift --version 2>/dev/null | grep -q "Swift version $swift_version"; then
  platform="ubuntu${ubuntu/./}"
  archive="swift-$swift_version-RELEASE-ubuntu$ubuntu.tar.gz"
  curl -fsSL -o "/tmp/$archive" \
    "https://download.swift.org/swift-$swift_version-release/$platform/swift-$swift_version-RELEASE/$archive"
  mkdir -p /opt/swift
  tar -xzf "/tmp/$archive" -C /opt/swift --strip-components=1
  rm "/tmp/$archive"
  ln -sf /opt/swift/usr/bin/* /usr/local/bin/
fi

cd "$root/source/grader"
# The image is built once and run on other machines: compile for the baseline x86-64 processor.
GRADER_TARGET_CPU=x86-64 swift build --product grader

# Student code runs as nobody. Where neither bubblewrap nor Landlock can start (a container that refuses
# user namespaces, an older kernel), only file permissions keep the grader's files from it: the sources, the fixtures (hidden cases and
# expected values), the reference solutions and the oracle stay root's; nobody may read only the modules
# and objects a student's worker links, and reach the worker cache the grader creates beside them.
bin=$(swift build --show-bin-path)
chmod -R go-rwx "$root/source"
folder=$bin
while [ "$folder" != "/" ]; do chmod go+x "$folder"; folder=$(dirname "$folder"); done
chmod go+x "$bin/Modules"
for target in NumericCore WorkerProtocol Assignments Experiments CaseRunner; do
  chmod -R go+rX "$bin/$target.build"
  chmod go+r "$bin/Modules/$target.swiftmodule"
done
