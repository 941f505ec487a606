"""The collector: off through the command line's start-up and while a plan loads, on between
plans; never left off by a command that reads plans."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator

import pytest

from conftest import PLAN_2020, ROOT
from dakplan.io import gcpause


@pytest.fixture(autouse=True)
def collector() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    gcpause._held = False
    yield
    gcpause._held = False
    gc.unfreeze()
    if was:
        gc.enable()
    else:
        gc.disable()


def test_the_start_up_is_held_until_the_first_plan_then_frozen() -> None:
    gcpause.hold()
    assert not gc.isenabled()
    with gcpause.paused_gc():
        assert not gc.isenabled()  # a plan loads with the collector paused, as always
        frozen = gc.get_freeze_count()
    assert gc.isenabled()  # and it runs between plans from then on
    assert frozen > 0  # what the start-up made is out of its sight
    with gcpause.paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_release_ends_a_start_up_without_a_plan_and_only_once() -> None:
    gcpause.hold()
    gcpause.release()
    assert gc.isenabled()
    gc.disable()  # someone else's choice after the start-up: not undone
    gcpause.release()
    assert not gc.isenabled()


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()  # an embedding program that runs without the collector
    gcpause.hold()
    with gcpause.paused_gc():
        pass
    gcpause.release()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_the_paused_block_restores_the_collector_on_error() -> None:
    with pytest.raises(ValueError), gcpause.paused_gc():
        raise ValueError
    assert gc.isenabled()


PROBE = """\
import atexit, gc, sys
atexit.register(lambda: sys.stderr.write(f"GC {gc.isenabled()} {gc.get_freeze_count() > 0}\\n"))
sys.argv = ["dakplan", *sys.argv[1:]]
from dakplan.cli import main
main()
"""


@pytest.mark.parametrize("args", [["validate", str(PLAN_2020)],
                                  ["tasks", "--agency", "STTTT", str(PLAN_2020)],
                                  ["remind", "--as-of", "2020-06-01", str(PLAN_2020)]])
def test_a_command_that_reads_a_plan_ends_with_the_collector_on(args: list[str]) -> None:
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                            text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "GC True True" in result.stderr.splitlines()
