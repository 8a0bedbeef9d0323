#!/usr/bin/env bash
# Usage: run-test.sh REPORT_DIR PROGRAM [ARGS...]
# Runs one test of a sanitized build (-DWITHER_SANITIZE=ON; CTest calls it through wither_add_test) and fails it
# on any sanitizer report, also one from a program the test started (wither-proxy, wither-mock-upstream). That is
# needed because the harness stops its servers without judging their exit codes, and a leak is only reported
# when a process exits:
# - ASan and LSan write their reports to REPORT_DIR/asan.<pid> (log_path, inherited by every child);
# - UBSan ignores log_path when GCC links it beside libasan and always writes to stderr, so the harness echoes
#   every child's output into the test's (WITHER_TEST_ECHO_OUTPUT=1) and the captured output is searched.
set -uo pipefail
reports=$1
shift
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
rm -rf "$reports"
mkdir -p "$reports"
output=$reports/test-output.log

# Options the caller set come first, so a developer can add to them; ours decide what makes a finding fatal.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}halt_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1:log_path=$reports/asan"
export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$here/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}halt_on_error=1:print_stacktrace=1"
export WITHER_TEST_ECHO_OUTPUT=1
# Qt Test's crash handler attaches gdb for a stack dump, which hangs on a sanitized process until the test's
# timeout; ASan and UBSan print the stack themselves.
export QTEST_DISABLE_STACK_DUMP=1

"$@" 2>&1 | tee "$output"
status=${PIPESTATUS[0]}

found=0
for report in "$reports"/asan.*; do
    [[ -s $report ]] || continue
    found=1
    echo "==== sanitizer report $(basename "$report") (pid ${report##*.}) ===="
    cat "$report"
done
if grep -qE ': runtime error: |ERROR: (AddressSanitizer|LeakSanitizer)' "$output"; then
    found=1
    echo "==== UndefinedBehaviorSanitizer (or a sanitizer error printed to stderr) in the output above ===="
    grep -E -A12 ': runtime error: |ERROR: (AddressSanitizer|LeakSanitizer)' "$output"
fi
if [[ $found -eq 1 ]]; then
    echo "FAIL: sanitizer findings above (kept in $reports)"
    [[ $status -eq 0 ]] && status=1
fi
exit "$status"
