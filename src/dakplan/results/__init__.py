"""Results reported by the agencies, kept in files of their own beside the plan.

Layout (``layout``): ``results/<plan>/<round>/<AGENCY>.yaml`` in the plan repository (the
folder that holds ``plans/``), ``<plan>`` being the stem of the plan's file name. ``load``
reads and checks them against the plan (``checks``); ``ledger`` says what each agency reported
of each duty as of a day, the plan's own inline ``status``/``progress`` records included;
``sheet`` writes an agency's duties as a workbook and ``intake`` reads it back.
"""
