"""Blocks -> the body of a standalone HTML page. Every piece of text is HTML-escaped here;
the page around it (``_page.html.j2``: A4, Times New Roman, the decree's sizes) is a template."""

from __future__ import annotations

import re
from collections.abc import Mapping
from html import escape

from dakplan.render.blocks import Block, Div, Heading, Image, Line, Para, Table

LAYOUTS = ("header", "signature")
"""Divs whose ``cell`` children are laid out two to a row in a borderless table."""


def spans(line: Line) -> str:
    out = []
    for span in line:
        text = escape(span.text, quote=False)
        if span.italic:
            text = f"<em>{text}</em>"
        if span.bold:
            text = f"<strong>{text}</strong>"
        out.append(text)
    return "".join(out)


def _para(block: Para, ruled: bool = False) -> str:
    lines = [spans(line) for line in block.lines]
    if ruled and lines:
        lines[-1] = f'<span class="ruled">{lines[-1]}</span>'
    body = "<br>\n".join(lines)
    if block.bullet:
        return f'<p class="dash">- {body}</p>'
    return f"<p>{body}</p>"


def _cells(div: Div) -> list[Div]:
    return [c for c in div.children if isinstance(c, Div)]


def _layout(div: Div) -> str:
    cells = _cells(div)
    rows = []
    for start in range(0, len(cells), 2):
        tds = []
        for col, cell in enumerate(cells[start:start + 2]):
            first_row = div.name == "header" and start == 0
            inner = []
            for k, child in enumerate(cell.children):
                last = k == len(cell.children) - 1
                if isinstance(child, Para):
                    # the decree's rules: a short one under the issuing body, one as wide as
                    # the motto under the motto
                    inner.append(_para(child, ruled=first_row and last and col == 1))
                else:
                    inner.append(render_block(child))
            if first_row and col == 0:
                inner.append('<hr class="short">')
            tds.append(f'<td class="col{col}">' + "\n".join(inner) + "</td>")
        rows.append("<tr>" + "".join(tds) + "</tr>")
    return f'<table class="{div.name}">\n' + "\n".join(rows) + "\n</table>"


_PROLOGUE = re.compile(rb"\A.*?(?=<svg[\s>])", re.DOTALL)


def inline_svg(svg: bytes) -> str:
    """An SVG file as an element of the page: without its XML declaration and doctype."""
    return _PROLOGUE.sub(b"", svg, count=1).decode("utf-8").strip()


def _figure(block: Image, images: Mapping[str, bytes]) -> str:
    title = escape(block.title, quote=True)
    svg = inline_svg(images[block.name]).replace("<svg ", f'<svg role="img" aria-label="{title}" ',
                                                  1)
    return (f'<figure class="chart" id="chart-{block.name}">\n{svg}\n'
            f"<figcaption>{escape(block.title, quote=False)}</figcaption>\n</figure>")


def _colgroup(widths: list[int] | None) -> str:
    if widths is None:
        return ""
    total = sum(widths)
    return "<colgroup>" + "".join(f'<col style="width:{100 * w / total:.1f}%">'
                                  for w in widths) + "</colgroup>\n"


def render_block(block: Block, images: Mapping[str, bytes] | None = None) -> str:
    if isinstance(block, Image):
        return _figure(block, images or {})
    if isinstance(block, Heading):
        return f"<h{block.level}>{spans(block.spans)}</h{block.level}>"
    if isinstance(block, Para):
        return _para(block)
    if isinstance(block, Table):
        head = "".join(f'<th class="{a}">{spans(c)}</th>' for c, a in zip(block.header, block.align,
                                                                          strict=True))
        body = "\n".join(
            "<tr>" + "".join(f'<td class="{a}">{spans(c)}</td>'
                             for c, a in zip(row, block.align, strict=True)) + "</tr>"
            for row in block.rows)
        return (f'<table class="grid">\n{_colgroup(block.widths)}<thead><tr>{head}</tr></thead>'
                f"\n<tbody>\n{body}\n</tbody>\n</table>")
    if block.name in LAYOUTS:
        return _layout(block)
    inner = "\n".join(render_block(child, images) for child in block.children)
    return f'<div class="{escape(block.name)}">\n{inner}\n</div>'


def body(blocks: list[Block], images: Mapping[str, bytes] | None = None) -> str:
    """The page's body; ``images``: each chart's SVG by name."""
    return "\n".join(render_block(block, images) for block in blocks)
