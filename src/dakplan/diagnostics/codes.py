"""The catalogue of codes: every rule dakplan checks, with its code, name, severity and what
it finds, why it matters and how to fix it.

``dakplan explain CODE`` and the README's table of checks are generated from it, and a test fails
when a code is used that is not catalogued.
"""

from __future__ import annotations

from dakplan.diagnostics import Diagnostic, Rule, Severity

E, W = Severity.ERROR, Severity.WARNING

_RULES = [
    # --- DK0xx: reading the file ----------------------------------------------------------
    Rule("DK001", "yaml-syntax", E, "The file is not well-formed YAML.",
         "Nothing can be checked until the file parses.",
         "Look at the line named: usually a missing quote, a tab, or wrong indentation."),
    Rule("DK002", "duplicate-key", E, "A key appears twice in the same mapping.",
         "YAML tools silently keep the last value, so one of the two is lost without a word.",
         "Delete one of the two keys, or merge their values."),
    Rule("DK003", "unsafe-tag", E, "A YAML tag such as !!python/object is used.",
         "Tags can make a YAML loader build arbitrary objects; a plan never needs them.",
         "Remove the tag and write the value as plain text, number, date or list."),
    Rule("DK004", "not-a-plan", E,
         "The file is empty, holds only comments, or its top level is not a mapping.",
         "A plan is a mapping of sections (document, agencies, ...).",
         "Start from plans/2020.yaml or `dakplan schema` and fill in the sections."),
    Rule("DK005", "multiple-documents", E, "The file holds more than one YAML document (---).",
         "Only the first would be read; the rest would be silently ignored.",
         "Keep one plan per file; move the other into a file of its own."),
    Rule("DK006", "encoding", E, "The file is not UTF-8 text.",
         "A file in another encoding would be read as the wrong letters.",
         "Re-save the file as UTF-8 (in Word or Notepad: Save As, Encoding: UTF-8)."),
    Rule("DK007", "too-large", E, "The file is too large, too deeply nested, or expands too many "
         "aliases.", "Such a file is either a mistake or an attack on the machine that checks it.",
         "Split the plan, or write the repeated parts out instead of using aliases."),
    Rule("DK008", "unreadable", E, "The file cannot be read.",
         "It is missing, a directory, a pipe or device, a link loop, or not readable by you.",
         "Check the path and the file's permissions."),
    Rule("DK009", "unprintable-character", E, "A text holds a character that cannot be "
         "printed: a control character other than tab and line break, a Unicode noncharacter "
         "or half of a surrogate pair.", "Word cannot save it and other programs show it as "
         "garbage or act on it; escapes such as \"\\x01\", \"\\0\" or \"\\uffff\" put it "
         "in unseen.", "Delete the character at the column named, or write the letter it "
         "stands for (\"\\U0001F600\", not \"\\ud83d\\ude00\")."),
    Rule("DK010", "version-1-file", W, "The file is written in format version 1 and was read "
         "through the conversion to version 2.", "Every command still works on it, but "
         "version 2 is what dakplan writes and documents; the conversion will not stay forever.",
         "Convert it once with `dakplan migrate PLAN -o NEW.yaml` and keep the result."),
    # --- DK1xx: the schema -----------------------------------------------------------------
    Rule("DK101", "missing-key", E, "A required key is missing.",
         "Every plan must say what the schema requires, so that tools can rely on it.",
         "Add the key; `dakplan schema` describes every key."),
    Rule("DK102", "unknown-key", E, "A key the schema does not know.",
         "A misspelt key would otherwise be silently ignored, and its value lost.",
         "Fix the spelling (the message suggests the closest known key) or remove it."),
    Rule("DK103", "wrong-type", E, "A value has the wrong type (text for a date, a number for "
         "text, yes/no for text ...).", "dakplan never guesses: `NO` stays text, `010` is not 8, "
         "and a date is a date.", "Quote text (\"010\"), write dates as 2020-12-15 without "
         "quotes, lists as [a, b]."),
    Rule("DK104", "invalid-value", E, "A value is not one of those allowed, or not of the right "
         "form.", "Codes, ids, document numbers and closed vocabularies keep the plan queryable.",
         "Use one of the values the message lists, in the form it shows."),
    # --- DK2xx: references -----------------------------------------------------------------
    Rule("DK201", "unknown-agency", E, "A task, group, recipient or successor link names an "
         "agency code that is not in the registry.",
         "Nobody could be found responsible, and `dakplan tasks` would lose the duty.",
         "Add the agency under `agencies:` or fix the code."),
    Rule("DK202", "unknown-theme", E, "A task names a content theme id that the plan does not "
         "define.", "The link between duties and content would be broken.",
         "Use an id from `themes:` or add the theme."),
    Rule("DK203", "unused-media", W, "A task names a media format the plan's `media:` section "
         "does not list.", "The plan would promise products in a medium it does not use.",
         "Add the format to `media.formats` or remove it from the task."),
    Rule("DK204", "duplicate-id", E, "Two tasks, themes, bases, agencies or groups share an id "
         "or code.", "Ids are how diffs, reports and calendars follow an item over time.",
         "Give each one its own id."),
    Rule("DK205", "empty-group", E, "A group has no members and no member kinds.",
         "Its duties would belong to nobody.", "List its `members` or `member_kinds`."),
    Rule("DK206", "group-cycle", E, "A group contains itself, directly or through other groups.",
         "Membership could not be worked out.", "Remove one of the memberships in the cycle."),
    Rule("DK207", "nobody-responsible", E, "A task's lead is a group that resolves to no agency.",
         "A duty that nobody leads is not carried out.",
         "Register the agencies of that kind, or give the task a lead agency."),
    Rule("DK208", "lead-also-coordinates", W, "A task lists its lead among its coordinating "
         "agencies.", "One agency would appear in two roles for the same duty.",
         "Remove it from `coordinate`."),
    Rule("DK209", "ambiguous-name", W, "Two registry entries share a name, short name or alias "
         "(compared without case, diacritics or punctuation).",
         "`dakplan tasks --agency NAME` could not tell them apart.",
         "Make the names distinct, or drop the alias from one of them."),
    Rule("DK210", "unknown-media-format", E, "A media block, a duty or a progress record names "
         "a media format code that is neither one of the four press types nor declared under "
         "`media_formats:`.", "Products could not be counted per format, and `--media` would "
         "never find the duty.", "Declare the format under `media_formats:` (code and label) "
         "or fix the code."),
    Rule("DK211", "media-format-redeclared", E, "`media_formats:` declares one of the four "
         "predefined press types (bao-in, bao-dien-tu, bao-hinh, bao-noi).",
         "Their codes and labels are fixed, so that reports of every plan agree on them.",
         "Remove the entry; the press type is always known."),
    Rule("DK212", "duplicate-label", W, "Two sections or numbered points print the same number "
         "in the same place.", "Their labels (\"IV.2\") would not tell them apart in `tasks` "
         "and in messages; usually a `number:` typed twice.",
         "Correct the `number:` or the list's `start:`."),
    # --- DK3xx: dates and periods ------------------------------------------------------------
    Rule("DK301", "date-does-not-exist", E, "A date that does not exist (30 February, month 13).",
         "A deadline on a day that never comes is never due.", "Correct the date."),
    Rule("DK302", "deadline-outside-period", E, "A task's deadline falls outside the plan's "
         "period.", "The plan's own duties must fall within the years it covers.",
         "Move the deadline into the period, or widen `document.period`."),
    Rule("DK303", "basis-after-plan", E, "A legal basis is dated after the plan itself.",
         "A plan cannot be based on a document that did not exist when it was issued.",
         "Correct the basis's date or the plan's date."),
    Rule("DK304", "period-reversed", E, "A period ends before it starts.",
         "Nothing could fall inside it.", "Swap or correct `start` and `end`."),
    Rule("DK305", "agreement-does-not-cover", W, "An agreement cited as a basis does not cover "
         "the plan's period.", "The plan carries out an agreement that is not in force then.",
         "Cite the agreement in force, or correct its period."),
    Rule("DK306", "progress-outside-period", W, "A progress record is dated outside the plan's "
         "period.", "Results belong to the period they were achieved in.",
         "Correct the record's date."),
    Rule("DK307", "agency-not-in-period", W, "A duty goes to an agency that did not exist when "
         "it is due: before its `valid_from` or after its `valid_to` (directly, or as a listed "
         "member of a group that has the duty).", "Nobody can carry out a duty given to an "
         "agency that has been merged, split or not yet set up; the duty would be lost.",
         "Give the duty to the agency that carries it now (the message names the successors), "
         "or correct the agency's `valid_from`/`valid_to`."),
    Rule("DK308", "text-contradicts-timing", E, "A date the text of a duty gives as its timing "
         "(\"trước ngày 15/12/2020\") is none of the dates of its `timing`.",
         "Readers go by the text, `tasks`, `calendar` and `remind` by the timing: one of the "
         "two is wrong, and a deadline would be missed or invented.",
         "Correct the timing or the text, so that they say the same; the message names the "
         "timing's dates."),
    # --- DK31x: numbers as printed --------------------------------------------------------
    Rule("DK310", "unread-document-number", W, "A cited document's number, or the plan's own "
         "symbol, is not of a usual form (N/TYPE-ISSUER, N/YYYY/TYPE-ISSUER, N-TYPE/ISSUER); "
         "the message names the problem.", "The number is kept exactly as printed, but "
         "dakplan cannot read its type, year or issuer from it.",
         "Leave it when the issued text prints it so; otherwise correct it (often a stray "
         "space: \"118/TTr-STTTT\")."),
    Rule("DK311", "number-disagrees", W, "A document number that reads disagrees with the "
         "fields beside it: its type with `type`, its year with `date`.",
         "One of the two is mistyped.", "Correct the number, the type or the date."),
    Rule("DK312", "unusual-signature-chain", W, "The signature's authority lines are unusual: "
         "TM. not first, or one prefix twice.", "Legal but rare, and usually a typo.",
         "Check the order of `signature.chain` against the issued text."),
    # --- DK4xx: waivers -------------------------------------------------------------------
    Rule("DK401", "bad-waiver", E, "A waiver names an unknown code, a code that cannot be "
         "waived (reading, schema and reference errors), or a target the plan does not have.",
         "A waiver that can never apply hides nothing but pretends to.",
         "Fix the code or the `at:` target (document, basis:ID, duty:ID, ...), or remove the "
         "waiver."),
    Rule("DK402", "unused-waiver", W, "A waiver accepts no finding.",
         "The defect it accepted is gone (or the waiver names the wrong subject).",
         "Remove the waiver, or correct its `at:` to the subject the finding names."),
]

CATALOGUE: dict[str, Rule] = {rule.code: rule for rule in _RULES}

_PARTS = ("summary", "why", "fix")


def rule_text(rule: Rule, part: str) -> str:
    """``summary``, ``why`` or ``fix`` of a rule in the current language."""
    from dakplan.i18n import language
    from dakplan.i18n.vi import RULES

    if language() == "vi" and rule.code in RULES:
        return RULES[rule.code][_PARTS.index(part)]
    return str(getattr(rule, part))


def make(code: str, file: str, line: int, col: int, message: str,
         severity: Severity | None = None) -> Diagnostic:
    """A diagnostic of a catalogued code, with the code's own severity unless overridden."""
    rule = CATALOGUE[code]
    return Diagnostic(file, line, col, code, severity or rule.severity, message)


def checks_table() -> str:
    """The Markdown table of every check, as the README shows it."""
    rows = ["| code | name | severity | what it finds | how to fix it |",
            "|---|---|---|---|---|"]
    for rule in CATALOGUE.values():
        rows.append(f"| {rule.code} | {rule.name} | {rule.severity} | {rule.summary} "
                    f"| {rule.fix} |")
    return "\n".join(rows)
