"""Enumerated card pulls: every card operation (purchase, issue, re-issue, technician card) on both media
(SLE4442, ISO 7816 CPU card), the card pulled after every single step and torn in the middle of every
write, each case checked for "every paid card sale is on the card exactly once, or recoverable without
a second charge" right after the pull and after the retry (see ``card_pull_bench``)."""

from __future__ import annotations

import json
import os

import pytest

from tests.devices.card_pull_bench import MEDIA, OPERATIONS, Bench


@pytest.mark.parametrize("medium", MEDIA)
@pytest.mark.parametrize("operation", OPERATIONS)
def test_pull_the_card_after_every_step(demo_office, tmp_path, operation, medium):
    bench = Bench(demo_office, tmp_path)
    try:
        steps, log = bench.count_steps(operation, medium)
        assert steps >= 5, log  # at least the five writes of the two-phase write
        cases = [bench.case(operation, medium, k, False, log) for k in range(steps + 1)]
        cases += [bench.case(operation, medium, k, True, log) for k in range(steps) if log[k].startswith("write")]
    finally:
        bench.close()
    table = [(c.pulled_after, "torn" if c.tear else "after", c.step, c.outcome, c.checks) for c in cases]
    out = os.environ.get("STS_POS_PULL_TABLE")
    if out:  # the closing note's table: STS_POS_PULL_TABLE=/path pytest tests/devices/test_card_pulls.py
        with open(out, "a") as handle:
            handle.write(json.dumps({"operation": operation, "medium": medium, "steps": log, "cases": table}) + "\n")
    assert [row for row in table if row[4]] == []
    assert all("retry" in c.outcome for c in cases)
