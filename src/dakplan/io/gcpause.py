"""Pausing Python's cyclic garbage collector while a plan is loaded and validated.

Loading a plan allocates hundreds of thousands of small objects (the YAML nodes, the data, the
models) that nearly all live until the plan is done. Each allocation burst makes the collector
walk every live object again, for nothing: the plan holds no reference cycles worth collecting
early. Pausing it for the length of one plan makes the YAML construction about twice as fast;
it runs again between plans, so memory stays flat over many files.

The command line also keeps it off through its start-up (``hold``): the imports, the command's
arguments, the models' classes. All of that lives for the whole run, and the collector would
walk it again and again as it grows, for nothing: about a twentieth of a cold ``dakplan
validate``. The start-up ends when the first plan is read (``paused_gc``) or a command says so
(``release``): what is alive then is frozen, out of the collector's sight for the rest of the
run (so it does not walk those objects again between plans either), and the collector runs
as usual from there.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_held = False


def hold() -> None:
    """Keep the collector off until ``release`` (the command line calls it first thing)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """End the start-up ``hold`` began: freeze what is alive, then run the collector again
    (nothing when no start-up is held)."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()


@contextmanager
def paused_gc() -> Iterator[None]:
    """Disable the cyclic collector inside the block; restore its state after, even on error.
    The first block ends the start-up (``release``)."""
    release()
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
