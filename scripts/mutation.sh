#!/usr/bin/env bash
# Mutation check of the rule and machine modules with mutmut (pip install mutmut; mutmut 3).
#
#   scripts/mutation.sh            # mutate, run the tests against every mutant, print the score
#   KEEP=1 scripts/mutation.sh     # keep the scratch copy to look at survivors (mutmut show NAME)
#   JOBS=2 scripts/mutation.sh     # worker processes (default 2)
#
# mutmut runs in a scratch copy of the worktree (its mutants/ and the Hypothesis database
# never land in the worktree). mutmut switches a mutant on per call, after the package is
# imported, so it cannot switch on a mutant in code that runs at import: the machines' tables
# are compiled then (docket/machines.py, _compile), and its mutants report as
# survivors. The script then applies each of those at import, in a fresh interpreter, and
# runs the unit tests against it; the second score counts the ones killed that way.
# Tests run under the deterministic `mutation` Hypothesis profile (tests/conftest.py), so
# every mutant meets the same examples. mutmut runs for each mutant only the tests that
# reach the mutated function, fastest first, and stops at the first failure.
#
# Measured on 2 cores, nothing else running: 2,220 mutants (94.3% killed) in about 5.5
# minutes, plus 1.5 minutes for the import-time mutants; 7 minutes in all.
# Survivors cost the most (every test that reaches them runs): with 360 of them, before the
# tests added for issue 7, a run took 25 minutes under a load of 4-5.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/docket-mutation.XXXXXX")"
if [[ -z "${KEEP:-}" ]]; then trap 'rm -rf "$work"' EXIT; fi

cd "$root"
git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$work"
cat > "$work/setup.cfg" <<'CFG'
[mutmut]
source_paths = docket
only_mutate =
    docket/machines.py
    docket/engine/entries.py
    docket/engine/orders.py
    docket/engine/briefing.py
    docket/engine/deadlines.py
    docket/engine/motions.py
    docket/engine/stays.py
    docket/engine/world.py
    docket/engine/conditions.py
also_copy =
    events
    README.md
# A worker imports docket and collects the tests before it runs any: allow for that.
timeout_multiplier = 5
timeout_constant = 30
# The property, unit, audit and briefing tests judge the mutants (the other rules tests cover
# the rule packs and time computation, which are not mutated; the CLI tests spawn processes);
# left out: the slow test of shrinking.
pytest_add_cli_args_test_selection =
    tests/property
    tests/unit
    tests/audit
    tests/rules/test_briefing.py
pytest_add_cli_args =
    -p
    no:cacheprovider
    -p
    no:warnings
    --deselect=tests/property/test_strategies.py::test_a_docket_with_a_refiled_motion_shrinks_to_a_handful_of_entries
CFG

cd "$work"
export HYPOTHESIS_PROFILE=mutation PYTHONPATH="$work"
mutmut run --max-children "${JOBS:-2}" > mutmut.log 2>&1 || { tail -40 mutmut.log; exit 1; }
mutmut export-cicd-stats > /dev/null
mutmut results 2>/dev/null | awk -F: '/: survived/ {gsub(/ /, "", $1); print $1}' > survived.txt

# The import-time mutants, applied at import in a fresh interpreter each (a mutant that
# breaks the import counts as killed, so first check the unit tests pass with none applied).
unit_tests_with() {
  (cd mutants && MUTANT_UNDER_TEST="$1" PYTHONPATH="$work/mutants" \
    python -m pytest -q -x -p no:cacheprovider -p no:warnings tests/unit > /dev/null 2>&1)
}
: > killed_at_import.txt
if unit_tests_with none; then
  for name in $(grep -F '.x__compile__mutmut_' survived.txt || true); do
    unit_tests_with "$name" || echo "$name" >> killed_at_import.txt
  done
else
  echo "the unit tests fail with no mutant applied: import-time mutants not checked"
fi

python - <<'PY'
import json
stats = json.load(open("mutants/mutmut-cicd-stats.json"))
killed, survived, timeout = stats["killed"], stats["survived"], stats["timeout"]
other = {
    k: v
    for k, v in stats.items()
    if k not in ("killed", "survived", "timeout", "total") and v
}
at_import = len(open("killed_at_import.txt").read().split())
total = killed + survived + timeout
print(
    f"mutants: {stats['total']}  killed: {killed}  timed out: {timeout}  survived: {survived}"
    f"  other: {other}"
)
print(f"score: {100 * (killed + timeout) / total:.1f}% of {total} mutants killed or timed out")
print(
    f"import-time mutants killed when applied at import: {at_import}; score with them: "
    f"{100 * (killed + timeout + at_import) / total:.1f}%"
)
PY
grep -v -x -F -f killed_at_import.txt survived.txt | sed 's/^/    survived: /' || true
if [[ -n "${KEEP:-}" ]]; then echo "scratch copy kept in $work"; fi
