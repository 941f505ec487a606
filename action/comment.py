#!/usr/bin/env python3
"""The pull-request comment of the dakplan action: build it, and post it or update it.

    comment.py body --base REV --head REV [--lang vi] [--validate-rc N] [--render-rc N]
                    [--artifact-url URL] [--out FILE] [PLAN ...]
    comment.py pick [--author LOGIN] < comments.json
    comment.py post --repo OWNER/NAME --pr N --body-file FILE [--author LOGIN]

``body`` runs ``dakplan diff --git BASE...HEAD`` on the changed plans (a plan that is not valid
is named, and the others are still compared) and writes the comment. ``pick`` reads the
pull request's comments as the GitHub API lists them and prints the id of the one to edit, or
nothing when a new comment is needed. ``post`` does both through ``gh api``: one comment per
pull request, found again by a hidden marker and edited, never a second one.

Only the standard library, so it runs with whichever Python the runner has.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

MARKER = "<!-- dakplan-diff -->"
BOT = "github-actions[bot]"
LIMIT = 65536
"""GitHub refuses a comment body longer than this many characters."""

TEXTS = {
    "en": {
        "no_plans": "No plan file changed.",
        "invalid": "`{path}`: not a valid plan, so not compared; see the annotations in "
        "*Files changed* or run `dakplan validate {path}`.",
        "failed": "`dakplan diff` could not compare the plans:",
        "validate_failed": "Some plans have problems: they are shown as annotations on their "
        "lines in *Files changed*, and the check fails until they are fixed.",
        "validate_ok": "The changed plans are valid.",
        "render_failed": "Some documents could not be rendered: see the annotations of the run.",
        "documents": "The plans rendered as Word (.docx) and HTML: [{name}]({url}).",
        "truncated": "The list is cut here, GitHub's comments being limited in size: the whole "
        "of it is in the run's summary.",
    },
    "vi": {
        "no_plans": "Không có tệp kế hoạch nào thay đổi.",
        "invalid": "`{path}`: không phải kế hoạch hợp lệ nên chưa so sánh được; xem các chú thích "
        "ở thẻ *Files changed* hoặc chạy `dakplan validate {path}`.",
        "failed": "`dakplan diff` không so sánh được các kế hoạch:",
        "validate_failed": "Có kế hoạch bị lỗi: lỗi hiện thành chú thích ngay trên dòng ở thẻ "
        "*Files changed*, và bước kiểm tra báo hỏng cho đến khi sửa xong.",
        "validate_ok": "Các kế hoạch được sửa đều hợp lệ.",
        "render_failed": "Có văn bản không tạo được: xem các chú thích của lượt chạy.",
        "documents": "Các kế hoạch dựng thành tệp Word (.docx) và HTML: [{name}]({url}).",
        "truncated": "Danh sách dừng ở đây vì GitHub giới hạn độ dài bình luận: toàn bộ nằm ở "
        "trang tóm tắt (*Summary*) của lượt chạy.",
    },
}


def text(lang: str, key: str, **values: str) -> str:
    return TEXTS.get(lang, TEXTS["en"])[key].format(**values)


# --- body ----------------------------------------------------------------------------------


def _diff(spec: str, lang: str, plans: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["dakplan", "--lang", lang, "diff", "--git", spec, "-f", "markdown",
                           *plans], capture_output=True, text=True, check=False)


def _short(rev: str) -> str:
    """A commit id as people read it; any other revision (origin/main) as it is."""
    if len(rev) == 40 and all(c in "0123456789abcdef" for c in rev):
        done = subprocess.run(["git", "rev-parse", "--short", rev], capture_output=True,
                              text=True, check=False)
        if done.returncode == 0:
            return done.stdout.strip()
    return rev


def diff_section(base: str, head: str, lang: str, plans: Sequence[str]) -> str:
    """What ``dakplan diff`` says of the plans, in ``lang``; plans that are not valid are
    named and left out, so that one broken file does not hide the others' changes."""
    if not plans:
        return text(lang, "no_plans")
    spec = f"{_short(base)}...{_short(head)}"
    done = _diff(spec, lang, plans)
    if done.returncode == 1:
        invalid = [p for p in plans if _diff(spec, lang, [p]).returncode == 1]
        valid = [p for p in plans if p not in invalid]
        notes = "\n".join(f"- {text(lang, 'invalid', path=p)}" for p in invalid)
        if not valid:
            return notes
        done = _diff(spec, lang, valid)
        if done.returncode == 0:
            return f"{done.stdout.rstrip()}\n\n{notes}"
    if done.returncode != 0:
        return f"{text(lang, 'failed')}\n\n```\n{done.stderr.strip()}\n```"
    return done.stdout.rstrip()


def build_body(diff: str, lang: str, validate_rc: int | None = 0, render_rc: int = 0,
               artifact_url: str = "", artifact_name: str = "") -> str:
    """The whole comment: marker, diff, the state of the checks (``validate_rc`` None: no plan
    was checked), the documents' link."""
    notes = []
    if validate_rc is not None:
        notes.append(text(lang, "validate_failed" if validate_rc else "validate_ok"))
    if render_rc:
        notes.append(text(lang, "render_failed"))
    if artifact_url:
        notes.append(text(lang, "documents", name=artifact_name or "documents", url=artifact_url))
    tail = "".join(f"\n\n{note}" for note in notes) + "\n"
    room = LIMIT - len(MARKER) - 1 - len(tail)
    if len(diff) > room:
        cut = text(lang, "truncated")
        kept = diff[: room - len(cut) - 3]
        diff = kept[: kept.rfind("\n") if "\n" in kept else len(kept)] + f"\n\n{cut}"
    return f"{MARKER}\n{diff}{tail}"


# --- which comment ------------------------------------------------------------------------


def read_comments(raw: str) -> list[dict[str, Any]]:
    """Comments from ``gh api --paginate``, which prints one JSON array per page, back to back."""
    decoder = json.JSONDecoder()
    comments: list[dict[str, Any]] = []
    at = 0
    while True:
        while at < len(raw) and raw[at].isspace():
            at += 1
        if at == len(raw):
            return comments
        page, at = decoder.raw_decode(raw, at)
        if not isinstance(page, list):
            raise ValueError("expected a JSON list of comments")
        comments += [c for c in page if isinstance(c, dict)]


def pick(comments: Sequence[dict[str, Any]], author: str = BOT) -> int | None:
    """The comment to edit: the first one by ``author`` that carries the marker. Another
    person's comment quoting the marker is never taken (and could not be edited anyway)."""
    for comment in comments:
        user = comment.get("user") or {}
        body = comment.get("body") or ""
        if user.get("login") == author and body.startswith(MARKER):
            return int(comment["id"])
    return None


# --- post -----------------------------------------------------------------------------------


def _gh(args: list[str], payload: dict[str, Any] | None = None) -> str:
    done = subprocess.run(["gh", "api", *args, *(["--input", "-"] if payload else [])],
                          input=json.dumps(payload) if payload else None,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip() or f"gh api {args[0]} failed")
    return done.stdout


def post(repo: str, pr: int, body: str, author: str = BOT) -> str:
    """Edit the earlier comment or add one; says which it did."""
    comments = read_comments(_gh(["--paginate", f"repos/{repo}/issues/{pr}/comments?per_page=100"]))
    found = pick(comments, author)
    if found is None:
        _gh(["--method", "POST", f"repos/{repo}/issues/{pr}/comments"], {"body": body})
        return "created"
    _gh(["--method", "PATCH", f"repos/{repo}/issues/comments/{found}"], {"body": body})
    return f"updated {found}"


# --- command line ----------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="comment.py", description=__doc__.split("\n\n")[1])
    commands = parser.add_subparsers(dest="command", required=True)
    b = commands.add_parser("body")
    b.add_argument("--base", required=True)
    b.add_argument("--head", required=True)
    b.add_argument("--lang", default="vi", choices=sorted(TEXTS))
    b.add_argument("--validate-rc", type=int, default=0)
    b.add_argument("--render-rc", type=int, default=0)
    b.add_argument("--artifact-url", default="")
    b.add_argument("--artifact-name", default="")
    b.add_argument("--out")
    b.add_argument("plans", nargs="*")
    k = commands.add_parser("pick")
    k.add_argument("--author", default=BOT)
    p = commands.add_parser("post")
    p.add_argument("--repo", required=True)
    p.add_argument("--pr", type=int, required=True)
    p.add_argument("--body-file", required=True)
    p.add_argument("--author", default=BOT)
    args = parser.parse_args(argv)

    if args.command == "body":
        diff = diff_section(args.base, args.head, args.lang, args.plans)
        validated = args.validate_rc if any(Path(p).is_file() for p in args.plans) else None
        body = build_body(diff, args.lang, validated, args.render_rc,
                          args.artifact_url, args.artifact_name)
        if args.out:
            Path(args.out).write_text(body, encoding="utf-8")
        else:
            sys.stdout.write(body)
        return 0
    if args.command == "pick":
        found = pick(read_comments(sys.stdin.read()), args.author)
        if found is not None:
            print(found)
        return 0
    body = Path(args.body_file).read_text(encoding="utf-8")
    try:
        print(f"comment {post(args.repo, args.pr, body, args.author)}")
    except (RuntimeError, ValueError, OSError) as exc:
        # A pull request from a fork gets a read-only token: the diff is still in the summary.
        message = str(exc).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        print(f"::warning title=dakplan::the pull-request comment was not posted: {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
