"""How much one render may take: time, and the size of any text or list a template makes.

A template is untrusted code: without a bound, nested loops run for hours and ``'x' * 10**10``
takes ten gigabytes. The sandbox (``render.sandbox``) asks the budget before every step that
can grow: each loop turn, call, filter, operator and piece of output ticks the clock, and
every operation that makes a text, a list or a number checks its size *before* it is made
where the size is known in advance (repetition, powers, padding, joining) and right after
otherwise. Crossing a bound raises ``RenderLimit``, which ends the render with the template's
file and line.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Sized
from dataclasses import dataclass, field
from typing import Any

from jinja2.exceptions import TemplateRuntimeError

from dakplan.i18n import t

DEFAULT_SECONDS = 10.0
"""The default time a template may run (``--time-limit``)."""
DEFAULT_MB = 20.0
"""The default size, in millions of characters, of the template's output and of any one text
it makes (``--max-size``); a 5,000-task report is about 2."""
MAX_SECONDS = 3600.0
MAX_MB = 1000.0

MAX_ITEMS = 1_000_000
"""The most items a list a template makes may hold."""
MAX_DIGITS = 4300
"""The most digits a number a template makes may have (what Python will print)."""
_MAX_BITS = int(MAX_DIGITS * math.log2(10))
MAX_DEPTH = 40
"""How deeply a template's statements and expressions may nest (the defaults use 12)."""
MAX_LOOPS = 12
"""How many loops (and includes) a template may nest one inside another (the defaults: 2)."""


_STEPS = 64
_LONG = 10_000
"""A text this long may take a while to make: the clock is read at the next step."""


class RenderLimit(TemplateRuntimeError):
    """A template went past one of the render's bounds."""


@dataclass
class Budget:
    seconds: float = DEFAULT_SECONDS
    megabytes: float = DEFAULT_MB
    _deadline: float = field(default=math.inf, repr=False)
    _written: int = field(default=0, repr=False)
    _limit: int = field(default=0, repr=False)
    _countdown: int = field(default=0, repr=False)

    def __post_init__(self) -> None:
        self._limit = self.max_chars

    @property
    def max_chars(self) -> int:
        return int(self.megabytes * 1_000_000)

    def start(self, allowance: int = 0) -> None:
        """Start the clock; ``allowance`` characters of dakplan's own making (the HTML body a
        page template places) are not counted against the size bound."""
        self._deadline = time.monotonic() + self.seconds
        self._written = 0
        self._limit = self.max_chars + allowance
        self._countdown = 0

    def tick(self) -> None:
        """One step of the template. The clock is read every ``_STEPS`` steps (a step is short:
        one loop turn, call or operation on a bounded value), and after any step that
        handled a long text."""
        self._countdown -= 1
        if self._countdown > 0:
            return
        self._countdown = _STEPS
        if time.monotonic() > self._deadline:
            raise RenderLimit(t("render.time_limit", seconds=_figure(self.seconds)))

    def text(self, size: int) -> None:
        """Refuse a text of ``size`` characters when it is past the bound."""
        if size > self._limit:
            raise RenderLimit(t("render.size_limit", mb=_figure(self.megabytes)))
        if size > _LONG:
            self._countdown = 0

    def write(self, size: int) -> None:
        """Count ``size`` characters written by an output expression anywhere in the render
        (inside a macro, a block or an imported template too), against the size bound."""
        self._written += size
        self.text(self._written)

    def items(self, count: int) -> None:
        if count > MAX_ITEMS:
            raise RenderLimit(t("render.too_many_items", count=f"{MAX_ITEMS:,}"))

    def bits(self, count: int) -> None:
        if count > _MAX_BITS:
            raise RenderLimit(t("render.number_too_large", digits=f"{MAX_DIGITS:,}"))

    def check(self, value: Any) -> Any:
        """``value``, once its size is known to be within bounds."""
        if isinstance(value, str):
            self.text(len(value))
        elif isinstance(value, bool):
            pass
        elif isinstance(value, int):
            self.bits(value.bit_length())
        elif isinstance(value, (list, tuple, dict)):
            self.items(len(value))
        return value

    def operands(self, operator: str, left: Any, right: Any) -> None:
        """Refuse ``left operator right`` when its result would be past a bound."""
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and _is_int(times):
                    self.repeat(seq, times)
            if _is_int(left) and _is_int(right):
                self.bits(left.bit_length() + right.bit_length())
        elif operator == "**":
            if _is_int(left) and _is_int(right) and right > 0 and abs(left) > 1:
                self.bits(int(right * math.log2(abs(left))))
        elif operator == "+":
            if isinstance(left, str) and isinstance(right, str):
                self.text(len(left) + len(right))
            elif isinstance(left, (list, tuple)) and isinstance(right, (list, tuple)):
                self.items(len(left) + len(right))
        elif operator == "%" and isinstance(left, str):
            self.format_spec(left)

    def repeat(self, seq: Sized, times: int) -> None:
        size = len(seq) * max(times, 0)
        if isinstance(seq, str):
            self.text(size)
        else:
            self.items(size)

    def format_spec(self, text: str) -> None:
        """Refuse a ``%`` format whose padding is past the size bound (``%999999999d``)."""
        for match in _PERCENT.finditer(text):
            for number in match.groups():
                if number == "*" or (number and (len(number) > 10
                                                 or int(number) > self.max_chars)):
                    raise RenderLimit(t("render.format_width", mb=_figure(self.megabytes)))


_PERCENT = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d*))?")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _figure(value: float) -> str:
    return f"{value:g}"
