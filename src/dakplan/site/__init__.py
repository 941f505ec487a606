"""``dakplan site``: the plans as a static website, to read offline or publish as it is.

- ``collect``: what the site shows, from the plans, with the library's own questions (each
  agency's duties as ``dakplan tasks --agency`` lists them, statuses, what is overdue or due
  soon on the build day);
- ``progress``: the home page's on-time rates per agency (``results.summary`` over every plan)
  and the results report's charts of them;
- ``pages``: the HTML pages, from the plan's own render and the templates shipped here;
- ``search``: the search index, folded as dakplan folds names;
- ``build``: the files of the site, written into a folder dakplan may write into.
"""

from __future__ import annotations

from dakplan.site.build import MARKER, Built, build, pages

__all__ = ["MARKER", "Built", "build", "pages"]
