"""What the year-end results report says beyond the tasks' own progress records."""


from dakplan.model.base import Strict, Text


class Report(Strict):
    """The top-level ``report:`` section: filled in at year end, empty in an issued plan."""

    problems: list[Text] = []
    """Difficulties and obstacles met ("Khó khăn, vướng mắc"): one entry per bullet."""
    proposals: list[Text] = []
    """Proposals and recommendations ("Kiến nghị, đề xuất"): one entry per bullet."""
    next_year: list[Text] = []
    """Items for next year's plan ("Nhiệm vụ năm tiếp theo"): one entry per bullet."""
