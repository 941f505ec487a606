"""The default templates of ``dakplan render``, installed as the package ``dakplan.templates``.

This folder is both the defaults shipped with dakplan and, in a plan repository, the place
whose templates override the defaults of the same name. Only ``*.j2`` files are templates.
"""
