"""Plans for the tests of ``dakplan tasks`` and ``dakplan agencies``, built from small_plan()."""

from __future__ import annotations

from typing import Any

from conftest import small_plan


def task(id: str, lead: str, text: str, timing: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"id": id, "lead": lead, "text": text, "timing": timing, **extra}


def deadline(date: str) -> dict[str, str]:
    return {"type": "deadline", "date": date}


def rich_plan() -> dict[str, Any]:
    """The small plan with statuses, themes and media on more tasks (invented progress, for
    the filters): svh-ho-so done by 31/3, svh-phim in progress and due 30/6, syt-phong-su due
    20/7 and not reported, syt-dich cancelled, press-bao-cao due 15/12."""
    data = small_plan()
    data["themes"].append({"id": "y-te", "text": "Tuyên truyền y tế."})
    data["media"]["formats"].append("bao-noi")
    data["implementation"][0]["tasks"][0]["status"] = "in_progress"
    data["implementation"][0]["tasks"].append(
        task("svh-ho-so", "SVH", "Hoàn thiện hồ sơ.", deadline("2030-03-31"), status="done"))
    data["implementation"].append({"heading": "Sở Y tế", "tasks": [
        task("syt-dich", "SYT", "Dịch tài liệu.", deadline("2030-09-01"), status="cancelled",
             themes=["y-te"], media=["bao-dien-tu"]),
        task("syt-phong-su", "SYT", "Phóng sự y tế.", deadline("2030-07-20"),
             themes=["y-te"], media=["bao-noi", "bao-hinh"]),
    ]})
    return data
