"""Reading many plans one at a time, for a command whose answer keeps little of each.

``load_plans_v2`` keeps every plan until the command is done: a repository of 1,000 plans then
takes ten times the memory of one of 100. A command whose answer is made of small rows reads
the plans through ``Stream`` instead: each plan is loaded, handed to the command, which keeps
its rows (plain values, nothing that refers to the plan), and let go before the next one.

What the person sees is what ``load_plans_v2`` and the command's own steps give, in the same
order: a plan that cannot be read or is not valid stops the command before anything else is
said (every plan is read before any option is resolved against the plans); the notices are
the same; then an option that names something in the plans (``--agency``, ``--theme``,
``--media``) is resolved against every plan's names (``names.Card``), and a results file with
an error stops the command. To make the rows of a plan the command needs that resolution
before the last plan is read: each plan is given the question as resolved against the plans
read so far, which is the final one as soon as the plans that name things have been read (with
one shared registry, from the first plan on). A plan given another question than the final one
(or none, when it could not be resolved yet) is read again at the end, with the final one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from dakplan.diagnostics import Diagnostic
from dakplan.errors import UsageError
from dakplan.model.results import Results
from dakplan.model.v2 import Plan
from dakplan.query.names import Card
from dakplan.results.load import ResultsReport, results_of, stop_for
from dakplan.validate import Registries, each_plan_v2, plan_files, plan_names

Q = TypeVar("Q")

Add = Callable[[int, str, Plan, list[Results], Q], None]
"""What a command does with each plan: its position among the plans, its name, the plan, its
results (checked), and the question as resolved so far."""


class Stream(Generic[Q]):
    """The plans of ``paths`` (as ``load_plans_v2`` finds them) read one at a time for
    ``command``. ``ask`` resolves the command's question against the names of the plans (it
    raises ``UsageError`` as the command would); ``themes``: whether the question needs the
    plans' theme ids. ``read`` reads every plan once; ``settle`` resolves the question against
    them all and reads again the plans that were given another."""

    def __init__(self, paths: list[Path] | None, command: str, ask: Callable[[list[Card]], Q],
                 themes: bool = False, folder: Path | None = None) -> None:
        self.files = plan_files(paths)
        self.names = plan_names(self.files)
        self.command = command
        self.ask = ask
        self.themes = themes
        self.folder = folder
        self.cards: list[Card] = []
        self._registries: Registries = {}
        self._asked: dict[int, object] = {}
        self._bad: dict[int, list[ResultsReport]] = {}

    def _resolved(self) -> tuple[bool, Q | None]:
        try:
            return True, self.ask(self.cards)
        except UsageError:  # resolved once every plan is read, where it raises for good
            return False, None

    def read(self, add: Add[Q], notices: list[Diagnostic] | None = None) -> None:
        """Every plan, in order: ``add`` is called for each plan the question could be
        resolved for so far. Raises what ``load_plans_v2`` raises."""
        known: tuple[bool, Q | None] = (False, None)
        seen: dict[Card, Card] = {}
        parts: dict[object, object] = {}
        for index, (name, plan) in enumerate(
                each_plan_v2(self.files, self.command, notices, self._registries)):
            card = _shared(Card.of(plan, self.themes), parts)
            if not self.cards or self.cards[-1] != card:
                # A card met before is kept once (plans of one registry share it). The
                # question is asked again at the 1st, 2nd, 4th, 8th ... new card: the answer
                # so far only guides which plans are read now, since ``settle`` asks it of
                # every card and reads again any plan given another. Asking at every new card
                # made n plans of n registries cost n^2 / 2 lookups; this costs about 2n. An
                # answer that changes is found at the next ask, so that the plans read again
                # are, beyond those asking at every card would read again, at most the plans
                # read since the ask before.
                shared = seen.setdefault(card, card)
                self.cards.append(shared)
                if shared is card and len(seen) & (len(seen) - 1) == 0:
                    known = self._resolved()
            if known[0]:
                self._asked[index] = known[1]
                self._take(index, name, plan, add, known[1])  # type: ignore[arg-type]

    def _take(self, index: int, name: str, plan: Plan, add: Add[Q], question: Q) -> None:
        found, bad = results_of(name, plan, self.folder)
        if bad:
            self._bad[index] = bad
        add(index, name, plan, found, question)

    def settle(self, add: Add[Q]) -> Q:
        """The question resolved against every plan (raising as the command would), after
        which a results file with an error is a ``PlanError`` (``results_beside``'s); the
        plans that were given another question are read again with this one."""
        question = self.ask(self.cards)
        again = [n for n in range(len(self.files))
                 if n not in self._asked or self._asked[n] != question]
        if again:
            files = [self.files[n] for n in again]
            for index, (name, plan) in zip(
                    again, each_plan_v2(files, self.command, None, self._registries),
                    strict=True):
                self._bad.pop(index, None)
                self._take(index, name, plan, add, question)
        bad = [r for index in sorted(self._bad) for r in self._bad[index]]
        if bad:
            raise stop_for(bad)
        return question


def _shared(card: Card, parts: dict[object, object]) -> Card:
    """``card`` made of the parts (an agency's names, a format's label, a whole list) met in
    the cards before it, where they are equal: a card is kept for every plan whose registry
    differs from the one before it, and most of what two registries say is the same (the
    departments, the groups), so 1,000 plans of 1,000 registries keep one copy of each."""

    def one(value: Any) -> Any:
        return parts.setdefault(value, value)

    def each(values: tuple[Any, ...] | None) -> Any:
        return None if values is None else one(tuple(one(value) for value in values))

    return Card(each(card.agencies), each(card.groups), each(card.themes),
                each(card.media_labels), each(card.media_aliases))
