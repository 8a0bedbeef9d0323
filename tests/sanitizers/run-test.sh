#!/usr/bin/env bash
# Usage: run-test.sh REPORT_DIR PROGRAM [ARGS...]
# Runs one test of a sanitized build (-DWITHER_SANITIZE=ON; CTest calls it through wither_add_test). Every
# instrumented process the test starts (the wither-proxy and wither-mock-upstream children too) inherits the
# sanitizer options and writes its report into REPORT_DIR. A child's report fails the test even when the test
# itself passed: the harness stops its children quietly, and a leak is only reported when a process exits.
set -uo pipefail
reports=$1
shift
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
rm -rf "$reports"
mkdir -p "$reports"

# Options the caller set come first, so a developer can add to them; ours decide what makes a finding fatal.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}halt_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1:log_path=$reports/asan"
export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$here/lsan.supp:print_suppressions=0:log_path=$reports/asan"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}halt_on_error=1:print_stacktrace=1:log_path=$reports/ubsan"

"$@"
status=$?

found=0
for report in "$reports"/*; do
    [[ -s $report ]] || continue
    found=1
    echo "==== sanitizer report $(basename "$report") (pid ${report##*.}) ====" >&2
    cat "$report" >&2
done
if [[ $found -eq 1 ]]; then
    echo "FAIL: sanitizer reports above (kept in $reports)" >&2
    [[ $status -eq 0 ]] && status=1
fi
exit "$status"
