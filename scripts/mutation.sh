#!/usr/bin/env bash
# Mutation check of the rule and machine modules with mutmut (pip install mutmut).
#
#   scripts/mutation.sh            # mutate, run the tests against every mutant, print the score
#   KEEP=1 scripts/mutation.sh     # keep the scratch copy to look at survivors (mutmut show NAME)
#
# mutmut runs in a scratch copy of the worktree (its mutants/ and the Hypothesis database
# never land in the worktree). mutmut cannot switch on a mutant in code that runs at import:
# the machines' tables are compiled then (docket/machines/_compile), so its mutants there
# report as survivors; applied by hand they are killed by tests/unit/test_machines.py.
# Tests run under the deterministic `mutation` Hypothesis profile (tests/conftest.py), so
# every mutant meets the same examples. A full run takes well over an hour on 2 cores.
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
    docket/machines/*
    docket/_apply.py
    docket/_orders.py
    docket/_briefing.py
    docket/_deadlines.py
    docket/_world.py
    docket/_conditions.py
    docket/_numbering.py
also_copy = events
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
python - <<'PY'
import json
stats = json.load(open("mutants/mutmut-cicd-stats.json"))
killed, survived = stats["killed"], stats["survived"]
other = {k: v for k, v in stats.items() if k not in ("killed", "survived", "total") and v}
total = killed + survived
print(f"mutants: {stats['total']}  killed: {killed}  survived: {survived}  other: {other}")
print(f"score: {100 * killed / total:.1f}% of {total} mutants killed")
PY
mutmut results 2>/dev/null | grep -v ": killed" || true
if [[ -n "${KEEP:-}" ]]; then echo "scratch copy kept in $work"; fi
