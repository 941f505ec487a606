"""What the year-end results report says beyond the tasks' own progress records."""

from pydantic import Field

from dakplan.model.base import Strict, Text


class Report(Strict):
    """The top-level ``report:`` section: filled in at year end, empty in an issued plan."""

    problems: list[Text] = Field(default_factory=list)
    """Difficulties and obstacles met ("Khó khăn, vướng mắc"): one entry per bullet."""
    proposals: list[Text] = Field(default_factory=list)
    """Proposals and recommendations ("Kiến nghị, đề xuất"): one entry per bullet."""
    next_year: list[Text] = Field(default_factory=list)
    """Items for next year's plan ("Nhiệm vụ năm tiếp theo"): one entry per bullet."""
