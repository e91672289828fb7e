#!/usr/bin/env bash
# Fuzzes the feed parser for a bounded time.
#
#   scripts/fuzz-feedparser.sh [SECONDS]      (default 60)
#
# Configures a clang build in build-fuzz (or $VOORZET_FUZZ_BUILD_DIR) with
# -DVOORZET_FUZZ=ON, builds fuzz-feedparser (libFuzzer + ASan + UBSan), runs it
# on a copy of tests/fuzz/feedparser/corpus and crashes, and copies whatever it
# finds into tests/fuzz/feedparser/crashes/, where tst_fuzzregressions replays
# it on every test run. Exit status: 0 nothing found, 1 findings, 2 set-up failed.
set -uo pipefail

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "usage: $0 [SECONDS]" >&2
    exit 2
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${VOORZET_FUZZ_BUILD_DIR:-$root/build-fuzz}"
fuzzdir="$root/tests/fuzz/feedparser"

for tool in clang clang++ cmake; do
    if ! command -v "$tool" >/dev/null; then
        echo "error: $tool is needed (apt install clang libclang-rt-14-dev cmake)" >&2
        exit 2
    fi
done
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)

echo "== configuring $build"
mkdir -p "$build"
if ! CC=clang CXX=clang++ cmake -S "$root" -B "$build" "${generator[@]}" \
        -DVOORZET_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$build/voorzet-configure.log" 2>&1; then
    cat "$build/voorzet-configure.log" >&2
    echo "error: configuring the fuzz build failed" >&2
    exit 2
fi
echo "== building fuzz-feedparser"
if ! cmake --build "$build" --target fuzz-feedparser -j2; then
    echo "error: building fuzz-feedparser failed" >&2
    exit 2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/voorzet-fuzz.XXXXXX")"
mkdir -p "$work/corpus" "$work/artifacts"
cp "$fuzzdir"/corpus/* "$work/corpus/"
find "$fuzzdir/crashes" -maxdepth 1 -type f ! -name README.md -exec cp {} "$work/corpus/" \;
seeds=$(ls "$work/corpus" | wc -l)

echo "== fuzzing for $seconds s from $seeds seeds (work folder $work)"
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
"$build/bin/fuzz-feedparser" "$work/corpus" \
    -max_total_time="$seconds" \
    -max_len=8192 \
    -timeout=10 \
    -rss_limit_mb=2048 \
    -dict="$fuzzdir/feedparser.dict" \
    -artifact_prefix="$work/artifacts/" \
    -print_final_stats=1 2>&1 | tee "$work/fuzz.log" | grep -E "^#[0-9]+[[:space:]]+(INITED|DONE|pulse)|ERROR|SUMMARY|contract broken|stat::"
status=${PIPESTATUS[0]}

found=0
for artifact in "$work"/artifacts/*; do
    [ -e "$artifact" ] || continue
    # .gitignore ignores crash-*, leak-*, timeout-* (stray libFuzzer output):
    # the kept copy gets a prefix so that it can be committed.
    name="finding-$(basename "$artifact")"
    cp "$artifact" "$fuzzdir/crashes/$name"
    echo "FOUND: $(basename "$artifact") -> tests/fuzz/feedparser/crashes/$name"
    found=$((found + 1))
done
echo "== corpus grew from $seeds to $(ls "$work/corpus" | wc -l) inputs; log: $work/fuzz.log"
if [ "$found" -gt 0 ]; then
    echo "The fuzzer found $found input(s) that crash the parser or break the feed contract."
    echo "Reproduce: $build/bin/fuzz-feedparser tests/fuzz/feedparser/crashes/<file>"
    echo "Fix the parser, then keep the file: tst_fuzzregressions replays it."
    exit 1
fi
if [ "$status" -ne 0 ]; then
    echo "error: fuzz-feedparser exited with status $status but left no artifact; see $work/fuzz.log" >&2
    exit 2
fi
echo "Nothing found in $seconds s."
rm -rf "$work/artifacts"
exit 0
