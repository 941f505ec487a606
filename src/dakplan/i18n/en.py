"""The English catalogue. Keys are grouped by the module that uses them; a test checks that
both catalogues have the same keys and the same placeholders."""

from __future__ import annotations

EN: dict[str, str] = {
    # files, outside findings (a finding's messages are in diagnostics/codes.py)
    "load.not_regular": "is not a regular file (a pipe, a device or a socket)",
    "load.missing": "no such file",
    # fragments several findings share
    "schema.hint": " (did you mean '{near}'?)",
    "type.text": "text",
    "type.number": "a whole number",
    "type.date": "a date (2020-12-15, unquoted)",
    "type.list": "a list",
    "type.mapping": "a mapping",
    "type.boolean": "true or false",
    "type.empty": "nothing",
    "type.other": "a value of another kind",
    # cli
    "cli.no_plans": "no plan files found under {path}",
    "cli.valid": "{file}: valid",
    "cli.summary": "{files:# file|# files} checked: {errors:# error|# errors}, "
    "{warnings:# warning|# warnings}",
    "cli.summary_waived": ", {waived} waived",
    "cli.waived": "(waived: {reason})",
    "cli.bad_format": "unknown format '{value}'; use one of: {choices}",
    "cli.bad_jobs": "--jobs {value}: give a number of processes from 1 to {most}",
    "cli.worker_failed": "{file}: a worker process failed while validating it ({kind}: {text}); "
    "run with --jobs 1 to see where",
    "cli.worker_ended": "a worker process ended unexpectedly ({text}) before validating {file}; "
    "run with --jobs 1",
    "cli.unknown_code": "unknown code or name '{code}'",
    "cli.invalid_plan": "{file} is not a valid plan ({errors:# error|# errors}); "
    "see `dakplan validate {file}`",
    "cli.not_waived": "{file}: {count:# finding|# findings} not waived; "
    "see `dakplan validate {file}`",
    "cli.bad_lang": "{origin}: unknown language '{value}'; use one of: en, vi",
    "cli.stdin_twice": "standard input (-) can be read only once",
    "cli.bad_suffix": "{option} {file}: unknown suffix '{suffix}'; use one of: {suffixes}",
    "cli.wrong_suffix": "{option} {file}: a '{suffix}' file cannot hold {format} output; use "
    "one of: {suffixes}",
    "cli.plan_deprecated": "--plan is deprecated and will go: give the plan after the template "
    "(dakplan render {template} PLAN)",
    "cli.plan_twice": "give the plan once: after the template or with --plan, not both",
    "cli.not_ignorable": "{where}: {code} cannot be ignored: nothing in a file that cannot be "
    "read is checked",
    "cli.unknown_ignore": "{where}: unknown code or name '{value}' (see dakplan explain)",
    "config.unreadable": "cannot read {file}: {reason}",
    "config.not_utf8": "{file} is not UTF-8 text",
    "config.syntax": "{where}: not valid TOML: {message}",
    "config.unknown_key": "{where}: unknown setting '{key}'; the settings are: {known}",
    "config.type": "{where}: '{key}' must be {kind}, not {value}",
    "config.kind.str": "a text in quotes",
    "config.kind.bool": "true or false",
    "config.kind.list": "a list of texts in quotes",
    "config.bad_lang": "{where}: unknown language '{value}'; use one of: en, vi",
    "config.bad_zone": "{where}: '{value}' is not a time zone; use a name such as "
    "Asia/Ho_Chi_Minh or UTC",
    # shared.py, cli/registry.py: the registry of agencies the plans share
    "registry.kind.agency": "agency",
    "registry.kind.group": "group",
    "registry.configured_missing": "{where}: the registry {file} does not exist",
    "cli.invalid_registry": "{file} is not a valid registry of agencies "
    "({errors:# error|# errors}); see `dakplan validate {file}`",
    "registry.invalid_entries": "{count:# entry|# entries} of the plans' registries cannot be "
    "read (above); nothing was written",
    "registry.exists": "{file} exists; registry extract writes a new file only",
    "registry.not_governing": "{plan} would not read {target} (see `registry` in dakplan.toml, "
    "or put agencies.yaml beside plans/); nothing was written",
    "registry.drop_needs_output": "--drop-from-plans needs -o FILE: the registry the plans will "
    "read",
    "registry.written": "wrote {file}: {agencies:# agency|# agencies}, {groups:# group|# groups}, "
    "from {plans:# plan|# plans}",
    "registry.built": "registry built from {plans:# plan|# plans}: "
    "{agencies:# agency|# agencies}, {groups:# group|# groups}",
    "registry.disagree_header": "{count:# field disagrees|# fields disagree} between plans; the "
    "registry takes the later value:",
    "registry.disagree": "{kind} {code}, {field}: {plan}:{line} {value} ≠ {kept_plan}:"
    "{kept_line} {kept_value}",
    "registry.dropped": "{file}: {count:# copy|# copies} of the registry removed",
    "registry.kept": "{file}: {count:# copy|# copies} kept, {count:it differs|they differ} "
    "from the registry (dakplan validate: DK213): {codes}",
    "registry.copies": "{file}: {count:# copy|# copies} of the registry "
    "(--drop-from-plans removes those that agree with it)",
    "registry.lost_header": "{count:# comment|# comments} went with the copies removed:",
    # query/succession.py
    "succession.current": "{agency} exists on {day} and carries its own duties.",
    "succession.not_yet": "{agency} does not exist yet on {day}: it starts on {start}.",
    "succession.no_successor": "{agency} ended on {ended} and the registry names no successor: "
    "nobody carries its duties.",
    "succession.carried": "{agency} ended on {ended}; on {day} its duties are carried by "
    "{carriers}.",
    "succession.via": "(through {via})",
    "succession.choose_lead": "'{code}' was succeeded by several agencies ({carriers}); choose "
    "the one that leads",
    # explain (cli/validate.py)
    "explain.rule": "{code} {name} ({severity})\n\nWhat it finds: {summary}\nWhy it matters: "
    "{why}\nHow to fix it: {fix}",
    "severity.error": "error",
    "severity.warning": "warning",
    # calendar (calendar.py, cli/calendar.py)
    "calendar.written": "{file}: {events:# event|# events} written ({recurring} repeating, "
    "{undated:# one-off reminder|# one-off reminders} for duties with no frequency)",
    "calendar.standing": "{count:# standing duty for the whole period is not a calendar "
    "entry; `dakplan tasks` lists it|# standing duties for the whole period are not calendar "
    "entries; `dakplan tasks` lists them}",
    "calendar.same_identity": "{first} and {second} are the same plan (issuer, symbol, period) "
    "and both have task '{id}'; give one of them its own task ids",
    "cli.cannot_write": "cannot write {file}: {reason}",
    "spill.cannot_write": "cannot write a temporary file in {folder}: {reason} "
    "(TMPDIR names another folder)",
    "cli.cannot_write_stdout": "cannot write standard output: {reason}",
    # writing files (io/write.py)
    "write.is_input": "refusing to write {file}: this run reads it (a plan or a template)",
    "write.leads_to_input": "refusing to write {file}: it leads to {input}, which this run "
    "reads",
    "write.is_plan": "refusing to replace {file}: it is a plan file (.yaml, .yml); only `dakplan "
    "new` writes plans, and never over an existing file",
    "write.is_folder": "refusing to write {file}: it is a folder; give a file name",
    "write.not_a_file": "refusing to write {file}: it is a {kind}, not a regular file",
    "write.kind.fifo": "named pipe",
    "write.kind.char": "character device",
    "write.kind.block": "block device",
    "write.kind.socket": "socket",
    "write.kind.other": "special file",
    "write.no_folder": "cannot write {file}: folder {folder} does not exist",
    "write.not_a_folder": "cannot write {file}: {folder} is not a folder",
    "write.exists": "{file} exists",
    # remind (remind.py, outputs/remind.py, cli/remind.py)
    "remind.title": "Reminders as of {day}: due within {days:# day|# days}, or overdue",
    "remind.nothing": "Nothing is due in this window and nothing is overdue.",
    "remind.overdue": "Overdue",
    "remind.due_soon": "Due soon",
    "remind.overdue_by": "{days:# day|# days} overdue",
    "remind.due_in": "due in {days:# day|# days}",
    "remind.recurring_starts": "recurring, a new round starts",
    "remind.role.lead": "lead",
    "remind.role.coordinate": "coordinating",
    "remind.via": "as a member of {group}",
    "remind.carried_from": "carried over from {code} ({name})",
    "remind.reference": "Plan {number}: {subject} ({file}, task {id})",
    # help texts (cli/*.py): looked up when help is shown
    "help.app": "Keep a provincial plan (Kế hoạch) as code: validate it, ask who does what by "
    "when, render its documents.",
    "help.version": "Show the version.",
    "help.install_completion": "Install completion of commands, options, agency codes, theme "
    "ids and template names for the current shell.",
    "help.show_completion": "Show the completion script for the current shell, to copy it or "
    "install it by hand.",
    "help.lang": "Language of messages: vi or en (default: DAKPLAN_LANG, then lang in the "
    "configuration, then the locale).",
    "help.help_option": "Show this message and exit.",
    "help.usage": "Usage:",
    "help.options": "Options:",
    "help.arguments": "Arguments:",
    "help.commands": "Commands:",
    "help.required": "[required]",
    "help.default": "[default:",
    "help.plans": "Plan files or folders, - for standard input (default: every plan in the "
    "repository's plans folder).",
    "help.validate": "Check plan files against the schema and the rules of a plan.\n\nExit "
    "status: 0 valid, 1 problems found, 2 usage error.\n\nExample: dakplan validate "
    "plans/2020.yaml --format json",
    "help.validate.paths": "Plan files or folders, - for standard input (default: every plan in "
    "the repository's plans folder).",
    "help.validate.format": "text, json or github (default: github when GITHUB_ACTIONS is set, "
    "else text).",
    "help.validate.strict": "Warnings fail too.",
    "help.validate.ignore": "Do not report this code or name (repeatable; replaces ignore in "
    "the configuration).",
    "help.validate.stdin_filename": "The file name to show for the plan read from standard "
    "input (-), as an editor knows it.",
    "help.explain": "Explain a diagnostic code: what it finds, why it matters, how to fix it. "
    "Without a code, list every check.\n\nExample: dakplan explain DK302",
    "help.explain.code": "A diagnostic code, e.g. DK302.",
    "help.validate.quiet": "Print the problems only: no \"valid\" lines, no summary.",
    "help.validate.jobs": "Validate with N processes (default: one per core when the files "
    "add up to 1 MiB or more; 1: one process). The output is the same.",
    "help.calendar": "Write every deadline and recurring duty as an iCalendar (.ics) file for "
    "Outlook, Google Calendar or Thunderbird. Standing duties are left out.\n\nExit status: 0 "
    "written, 1 a plan is not valid, 2 usage error.\n\nExample: dakplan calendar "
    "plans/2020.yaml --agency STTTT -o stttt.ics",
    "help.calendar.output": "The .ics file to write, - for standard output.",
    "help.calendar.agency": "Only the duties of this agency or group (code or name), led or "
    "coordinated, directly or through a group.",
    "help.calendar.alarm_days": "Days before each dated event to show an alarm (0 to 366).",
    "help.remind": "Say what is due within DAYS of a day, or overdue (not reported done or "
    "cancelled), one section per agency, as text ready to send.\n\nExit status: 0 done, 1 a "
    "plan is not valid, 2 usage error.\n\nExample: dakplan remind plans/2020.yaml --as-of "
    "2020-12-01 --within 14",
    "help.remind.as_of": "The day to count from: 2020-12-01 or 01/12/2020 (default: today in "
    "Vietnam).",
    "help.remind.within": "How many days ahead count as due soon (0 to 3660).",
    "help.remind.format": "markdown, text or json (default: markdown).",
    "help.remind.agency": "Only this agency's section (a group: its members' sections).",
    # model/json_schema.py, cli/schema.py
    "migrate.written": "version 2 plan written to {path}",
    "migrate.already": "{file} is already version 2: nothing to convert",
    "migrate.dropped": "{file}: not carried: {item}",
    "migrate.output_or_in_place": "give -o FILE or --in-place, not both",
    "schema.written": "schema written to {path}",
    "schema.bad_version": "no format version {version}; the versions are {versions}",
    # io/git.py
    "git.missing": "git is not installed or not on PATH",
    "git.not_repo": "{path} is not in a git repository",
    "git.bad_revision": "'{rev}' is not a revision git knows",
    "git.outside": "{path} is outside the repository {root}",
    "git.no_merge_base": "'{a}' and '{b}' have no commit in common (no merge base); in a "
    "shallow clone, fetch the whole history first (git fetch --unshallow; in GitHub Actions, "
    "actions/checkout with fetch-depth: 0)",
    # changes.py, diff.py, outputs/diff.py, cli/diff.py
    "diff.usage": "give two plan files (dakplan diff OLD NEW) or a revision "
    "(dakplan diff --git REV [PATH ...])",
    "diff.header": "comparing {old} with {new}",
    "diff.md_title": "Plan changes: {old} → {new}",
    "diff.working_tree": "the working tree",
    "diff.merge_base": "{rev} (merge base {commit})",
    "diff.summary": "{files:# file|# files} compared: {changes:# change|# changes}",
    "diff.no_files": "no plan files",
    "diff.file.added": "new plan file",
    "diff.file.removed": "plan file removed",
    "diff.file.unchanged": "no changes",
    "diff.file.changes": "{count:# change|# changes}",
    "diff.what.document": "document {key}",
    "diff.what.recipient": "recipient \"{key}\"",
    "diff.what.basis": "basis {key}",
    "diff.what.agency": "agency {key}",
    "diff.what.group": "group {key}",
    "diff.what.purpose": "purpose {key}",
    "diff.what.requirement": "requirement {key}",
    "diff.what.theme": "theme {key}",
    "diff.what.media": "media {key}",
    "diff.what.partner": "partner {key}",
    "diff.what.format": "media format {key}",
    "diff.what.section": "section {key}",
    "diff.what.paragraph": "paragraph {key}",
    "diff.what.item": "item {key}",
    "diff.what.waiver": "waiver {key}",
    "diff.in": "{what} in {at}",
    "diff.what.task": "task {key}",
    "diff.what.clause": "funding clause {key}",
    "diff.added": "added",
    "diff.removed": "removed",
    "diff.task_added": "added (lead {lead}, {timing})",
    "diff.renamed": "renamed from {old} to {new}",
    "diff.renumbered": "renumbered from {old} to {new}",
    "diff.reassigned": "reassigned from {old} to {new}",
    "diff.reworded": "reworded: {detail}",
    "diff.deadline_moved": "deadline moved from {old} to {new} ({days:# day|# days})",
    "diff.timing": "timing changed from {old} to {new}",
    "diff.coordinate": "coordinating agencies: {detail}",
    "diff.themes": "themes: {detail}",
    "diff.media": "media formats: {detail}",
    "diff.status": "status: {old} → {new}",
    "diff.progress": "progress: {added:# record|# records} added, {removed} removed",
    "diff.moved": "moved from {old} to {new}",
    "diff.none": "(empty)",
    "diff.set.added": "added {items}",
    "diff.set.removed": "removed {items}",
    "diff.timing.deadline": "by {date}",
    "diff.timing.throughout": "throughout the period",
    "diff.timing.recurring": "recurring",
    "diff.timing.recurring_every": "recurring ({frequency})",
    "diff.timing.deadlines": "by each of {dates}",
    "diff.timing.window": "window {start} – {end}",
    "diff.timing.window_end": "window to {end}",
    "diff.timing.recurring_by": "recurring ({frequency}, by {by})",
    "diff.anchor.day": "day {day}",
    "diff.anchor.month_day": "day {day} of month {month}",
    "diff.section.funding": "the funding section",
    "diff.section.reporting": "the reporting paragraph",
    "diff.section.none": "outside any section",
    # new.py, cli/new.py
    "new.same_year": "the plan already covers {year}; give another year",
    "new.bad_year": "{year} is not a year a plan can cover ({first} to {last})",
    "new.exists": "{path} exists; dakplan new never overwrites a file (use -o for another path)",
    "new.invalid_draft": "the draft would not be a valid plan: {errors}",
    "new.written": "wrote {path} from {source} (dates moved by {years:# year|# years}; number, "
    "issue date, status and progress cleared)",
    "new.converted": "{source} is in format version 1: the draft is written in version 2 "
    "(dakplan migrate), its comments carried",
    "new.rewritten_header": "timing dates rewritten in duty texts:",
    "new.review_header": "{count:# place still names|# places still name} the old period; "
    "review {count:it|them}:",
    "new.check_header": "{count:# more place|# more places} to check:",
    "new.citation": "citation, kept as issued",
    "new.unsure": "a timing date that is none of the duty's: not moved",
    "new.waiver": "waiver copied: check the defect is still there",
    "new.dropped_header": "{count:# comment|# comments} of the source went with the fields "
    "removed:",
    "new.lost_header": "{count:# comment|# comments} of the source stood beside what version 2 "
    "has no place for, and {count:is|are} not in the draft:",
    # new.py, cli/new.py: duties of ended agencies
    "new.mapped_header": "duties of agencies that no longer exist on {day}, given to the "
    "agencies that carry them:",
    "new.undecided_header": "{count:# duty|# duties} of agencies that no longer exist, left as "
    "{count:it was|they were}; choose who carries {count:it|them}:",
    "new.role.lead": "lead",
    "new.role.coordinate": "coordinating",
    "new.role.member": "member",
    # help texts of schema, diff and new (cli/schema.py, cli/diff.py, cli/new.py)
    "help.migrate": "Convert a version 1 plan to version 2: the same document, duties and ids; "
    "what version 2 has no place for is listed on standard error. Without -o the result goes "
    "to standard output; -o writes a new file, never over an existing one; --in-place replaces "
    "the plan itself, in one step.\n\nExit status: 0 done, 1 the plan is not valid, 2 usage "
    "error.\n\nExample: dakplan migrate plans/2019.yaml -o plans/2019.v2.yaml",
    "help.migrate.plan": "The version 1 plan file.",
    "help.migrate.output": "Write the version 2 plan to this new file.",
    "help.migrate.in_place": "Replace the plan file itself with its version 2.",
    "help.registry": "The registry of agencies the plans of a repository share (agencies.yaml "
    "beside plans/). `extract` builds it from the copies the plans carry: each field from the "
    "last plan that gives it, every disagreement between plans listed; without -o it goes to "
    "standard output. --drop-from-plans then removes from the plans the copies that agree with "
    "it, comments kept.\n\nExit status: 0 done, 1 plans disagree (the registry is written) or "
    "an entry cannot be read, 2 usage error.\n\nExample: dakplan registry extract plans -o "
    "agencies.yaml --drop-from-plans",
    "help.registry.action": "extract: build the registry from the plans' own copies.",
    "help.registry.paths": "Plan files or folders (default: the repository's plans folder).",
    "help.registry.output": "Write the registry to this new file (never over an existing one).",
    "help.registry.drop": "Remove from the plans the copies that agree with the registry "
    "(the plans are rewritten, comments kept).",
    "help.registry.format": "text or json (default: text).",
    "help.schema": "Print the JSON Schema (draft 2020-12) of the plan format, generated from the "
    "model: format version 2, or version 1 with --version 1; editors with a YAML language "
    "server use it to complete and check plans as one types.\n\nExit status: 0 done, 2 the "
    "file cannot be written or no such version.\n\nExample: dakplan schema -o "
    "schema/plan.schema.json",
    "help.schema.output": "Write the schema to this file (.json) instead of standard output.",
    "help.schema.version": "The format version the schema is of: 2 (the current one) or 1.",
    "help.diff": "Show what changed between two plans, in plan terms: duties added, removed, "
    "reassigned, reworded or moved, timings changed, sections added, removed, renamed or "
    "renumbered, paragraphs and items, document fields, signature, bases, recipients, waivers "
    "and the rest.\n\nExit status: 0 whether or not anything changed (a side's errors that do "
    "not stop it on standard error), 1 a side cannot be read as a plan, 2 usage "
    "error (missing file, bad revision, no merge base, not a git repository).\n\nExample: "
    "dakplan diff --git main --format markdown (or: dakplan diff plans/2020.yaml "
    "plans/2021.yaml)",
    "help.diff.paths": "OLD NEW: two plan files; with --git: plan files or folders (default: "
    "plans).",
    "help.diff.git": "Compare the working tree with where HEAD branched off this revision (the "
    "merge base of REV and HEAD), as a pull request does: main, origin/main, HEAD~1, a tag. "
    "A..B compares A with B, A...B the merge base of A and B with B (both read from git).",
    "help.diff.format": "text, markdown or json (default: text).",
    "help.new": "Draft another year's plan from this one (version 2; a version 1 plan is "
    "converted): duties copied (those of agencies that no longer exist given to their "
    "successors), the period and every timing date moved, in the texts too, number, issue "
    "date, status and progress cleared; every place that still names the old year is listed."
    "\n\nExit status: 0 written, 1 the source or the draft has a structural error, "
    "2 usage error (the output exists, missing file).\n\nExample: dakplan new 2021 --from "
    "plans/2020.yaml",
    "help.new.year": "The year of the new plan, e.g. 2021.",
    "help.new.source": "The plan to start from.",
    "help.new.output": "Where to write it (default: YEAR.yaml in the plans folder), - for "
    "standard output; an existing file is never replaced.",
    "help.new.format": "text or json (default: text).",
    # query/, tasks.py, agencies.py (dakplan tasks, dakplan agencies: names, filters)
    "query.unknown_agency": "unknown agency or group '{name}'; {hint}",
    "query.did_you_mean": "did you mean: {names}?",
    "query.see_agencies": "`dakplan agencies` lists the names it knows",
    "query.ambiguous_agency": "'{name}' names more than one agency or group: {found}; use a code",
    "query.bad_date": "{option}: '{value}' is not a date; write 2020-12-15 or 15/12/2020",
    "query.no_such_date": "{option}: '{value}' is not a date that exists",
    "query.bad_days": "{option}: {value} is not a number of days from 0 to {max}",
    "query.date_range": "{option}: '{value}' is outside the years a plan can cover ({first} to "
    "{last})",
    "query.bad_choice": "{option}: unknown value '{value}'; use one of: {choices}",
    "query.role_needs_agency": "--role needs --agency or --group-by agency",
    "clock.bad_zone": "{variable}: '{name}' is not a time zone; use a name such as "
    "Asia/Ho_Chi_Minh or UTC",
    "status.not_reported": "not reported",
    "status.not_started": "not started",
    "status.in_progress": "in progress",
    "status.in_progress_overdue": "in progress, overdue",
    "status.done": "done",
    "status.done_on_time": "done on time",
    "status.done_late": "done late",
    "status.cancelled": "cancelled",
    "status.overdue": "{status}, overdue",
    # results/ (results files, sheets, dakplan results; query/tracking.py statuses)
    "tracked.done_on_time": "done on time",
    "tracked.done_late": "done late",
    "tracked.in_progress": "in progress",
    "tracked.in_progress_overdue": "in progress past the deadline",
    "tracked.not_started": "not started",
    "tracked.cancelled": "cancelled",
    "tracked.not_reported": "not reported",
    "results.needs_sheet": "name the filled sheet: dakplan results import FILLED.xlsx",
    "results.needs_round": "the sheet names no round; give one with --round",
    "results.checked": "{files:# results file|# results files} checked, {errors:# error|# errors}",
    "results.existing_invalid": "{file} is not valid (above); fix or remove it, nothing was "
    "written",
    "results.unchanged": "{file} already holds these results; nothing to write",
    "results.would_change": "{file} exists; importing would change {count:# value|# values}:",
    "results.use_update": "nothing was written; run again with --update to replace it",
    "results.appeared": "{file} appeared while importing; nothing was written",
    "results.created": "created {file} ({count:# task|# tasks})",
    "results.updated": "updated {file} ({count:# change|# changes}):",
    "results.invalid_files": "{count:# results file is|# results files are} not valid",
    "intake.unreadable": "cannot read {file} as a workbook: {reason}",
    "intake.not_a_sheet": "{file} is not a results sheet written by dakplan (make one with "
    "dakplan tasks --agency X -f xlsx -o FILE.xlsx)",
    "intake.other_plan": "{file} is a sheet for plan '{plan}', not for '{given}'",
    "intake.other_columns": "{file} has other columns than this plan's sheet (its media "
    "formats changed); write a new sheet",
    "intake.unknown_id": "the plan has no task '{id}'",
    "intake.changed_text": "the text of task '{id}' is not the plan's; put the plan's text back",
    "intake.bad_status": "'{value}' is not a status of the list (task '{id}'): Chưa thực hiện, "
    "Đang thực hiện, Đã hoàn thành, Đã hủy",
    "intake.not_a_date": "'{value}' is not a date; write it as dd/mm/yyyy",
    "intake.not_a_count": "'{value}' is not a whole number of zero or more",
    "intake.refused": "{file}: {count:# problem|# problems}; nothing was written",
    "summary.title": "Results as of {date}",
    "summary.plan": "The plan",
    "summary.line": "{label}: {total} duties: {parts}; of these {late} past the deadline; "
    "on-time rate {rate}",
    "sheet.pick_status": "Pick a status from the list.",
    "sheet.pick_date": "A date within {period}, as dd/mm/yyyy.",
    "sheet.needs_agency": "-f xlsx writes one agency's sheet: add --agency",
    "sheet.needs_output": "-f xlsx writes a workbook: add -o FILE.xlsx (or redirect standard "
    "output to a file)",
    # outputs/tasks.py, outputs/agencies.py (tables of dakplan tasks and dakplan agencies)
    "col.plan": "Plan",
    "col.agency": "Agency",
    "col.due": "Due",
    "col.role": "Role",
    "col.status": "Status",
    "col.section": "Section",
    "col.id": "ID",
    "col.task": "Task",
    "col.lead": "Lead",
    "col.coordinate": "Coordinate",
    "col.code": "Code",
    "col.name": "Name",
    "col.names": "Short names, aliases",
    "col.kind": "Kind",
    "col.groups": "Groups",
    "col.members": "Members",
    "col.agencies": "Agencies",
    "col.via_group": "Via group",
    "col.total": "Total",
    "col.source": "Source",
    "timing.throughout": "throughout",
    "timing.recurring": "recurring",
    "timing.recurring_every": "recurring, {frequency}",
    "frequency.weekly": "weekly",
    "frequency.monthly": "monthly",
    "frequency.quarterly": "quarterly",
    "frequency.half_yearly": "half-yearly",
    "frequency.yearly": "yearly",
    "role.lead": "lead",
    "role.coordinate": "coordinate",
    "role.via": "{role} via {group}",
    # tasks.py, outputs/tasks.py: duties carried on for an ended agency
    "role.carried": "{role}, carried over from {code}",
    "tasks.title": "{count:# task|# tasks}, as of {date}",
    "tasks.title_agency": "{name} ({code}): {count:# task|# tasks}, as of {date}",
    "tasks.none": "No task matches.",
    "agencies.agencies": "{file}: {count:# agency|# agencies}",
    "agencies.groups": "{file}: {count:# group|# groups}",
    "agencies.every_kind": "every {kind}",
    "kind.central_press": "central press agency",
    "kind.central_government": "central government body",
    "kind.party": "Party body",
    "kind.people_council": "People's Council",
    "kind.people_committee": "People's Committee",
    "kind.department": "department",
    "kind.district": "district",
    "kind.commune": "commune",
    "kind.local_press": "local press",
    "kind.other": "other",
    # help texts of dakplan tasks and dakplan agencies (cli/tasks.py)
    "help.tasks": "List tasks: who leads, who coordinates, by when, and their status. Sorted "
    "by deadline (dated tasks first, then recurring, then standing ones), then in Vietnamese "
    "alphabetical order.\n\nExit status: 0 listed (also when no task matches), 1 a plan is not "
    "valid, 2 usage error.\n\nExample: dakplan tasks --agency \"Sở TT&TT\" --due-before "
    "15/12/2020 plans/2020.yaml",
    "help.tasks.agency": "Only this agency's tasks (code, name, short name or alias), with "
    "those of every group it belongs to.",
    "help.tasks.due_before": "Deadline on or before DATE (2020-12-15 or 15/12/2020).",
    "help.tasks.due_after": "Deadline on or after DATE.",
    "help.tasks.overdue": "Deadline passed as of --as-of and not done or cancelled.",
    "help.tasks.due_within": "Open tasks due from --as-of to DAYS days later (0 to 3660).",
    "help.tasks.as_of": "The day overdue and --due-within count from (default: today in "
    "Vietnam, or in the zone DAKPLAN_TIMEZONE names).",
    "help.tasks.status": "not_reported, not_started, in_progress, done or cancelled (repeat or "
    "separate with commas).",
    "help.tasks.theme": "Tasks serving this theme id.",
    "help.tasks.media": "Tasks producing for this media format: code or label (bao-hinh, "
    "\"báo hình\").",
    "help.tasks.role": "lead or coordinate (with --agency or --group-by agency).",
    "help.tasks.group_by": "agency: one list per agency.",
    "help.tasks.format": "table, json, csv, markdown, or xlsx: the agency's sheet to fill "
    "in, with -o (default: table).",
    "help.tasks.output": "The file to write (-f xlsx).",
    "help.agencies": "List the agencies and groups of each plan, what each group stands for, "
    "and how many tasks each has (leading, coordinating, through a group).\n\nExit status: 0 "
    "listed, 1 a plan is not valid, 2 usage error.\n\nExample: dakplan agencies "
    "plans/2020.yaml --format markdown",
    "help.render": "Render a document of the plan from a template: plan, report or agency, as "
    "Markdown, HTML or Word.\n\nExit status: 0 written, 1 the plan is not valid, 2 usage or "
    "template error (nothing is written).\n\nExample: dakplan render plan -o kehoach.docx; "
    "dakplan render report --as-of 2020-12-31 --to html -o baocao.html; dakplan render agency "
    "--agency VOV; dakplan render --list",
    "help.render.template": "Template name: plan, report, agency, or one of the repository's "
    "templates.",
    "help.render.plan": "Deprecated: give the plan after the template.",
    "help.render.plan_file": "The plan file, - for standard input (default: the only plan in "
    "the repository's plans folder).",
    "help.render.output": "Write to this file (atomically; its suffix must fit the format), - "
    "for standard output (the default).",
    "help.render.format": "md, html or docx (default: from the -o suffix, else md).",
    "help.render.as_of": "Judge statuses and deadlines on this day (default: the last day of "
    "the plan's period).",
    "help.render.agency": "Agency code or name, for the duty sheet (template agency).",
    "help.render.results": "The folder of the plan's results rounds, for the report (default: "
    "results/PLAN in the plan repository).",
    "help.render.list": "List the templates and where each comes from.",
    "help.render.time_limit": "Stop a template that runs longer than this many seconds "
    "(default: 10).",
    "help.render.max_size": "Stop a template that writes more than this many MB of text, "
    "millions of characters (default: 20).",
    "help.results": "Import an agency's filled sheet into its results file, or check the "
    "results files of a plan.\n\nimport: the sheet is checked against the plan; each problem "
    "is named with its cell and nothing is written (exit 1). A new results file is created; an "
    "existing one is replaced only with --update, after the changes are shown.\ncheck: every "
    "results file of the plan, each problem at its line.\nsummary: each agency's duties in "
    "each tracking status as of a day, and its on-time rate.\n\nExit status: 0 done, 1 problems "
    "found or --update needed (nothing written), 2 usage error.\n\nExample: dakplan results "
    "import vov-2020.xlsx --plan plans/2020.yaml --update",
    "help.results.action": "import (a filled sheet), check (the results files) or summary "
    "(the statuses and on-time rate per agency).",
    "help.results.format": "summary: text or json (default: text).",
    "help.results.sheet": "The filled sheet (.xlsx) to import.",
    "help.results.plan": "The plan the results belong to (default: the plan of the repository, "
    "when it has one).",
    "help.results.round": "The reporting round (folder name), e.g. 2020-12; default: the "
    "sheet's.",
    "help.results.as_of": "import: the day the report speaks for (default: the sheet's); "
    "summary: the day statuses are judged on (default: today in Vietnam).",
    "help.results.folder": "The folder of the plan's rounds (default: results/PLAN beside "
    "plans/).",
    "help.results.update": "Replace an existing results file (the changes are shown).",
    # render (dakplan.render, cli/render.py)
    "render.template_error": "{where}: template error: {problem}",
    "render.include_missing": "template '{name}' not found (looked in the plan repository's "
    "templates/ folder and in the shipped defaults)",
    "render.unknown_template": "unknown template '{name}'; available: {names}",
    "render.unknown_chart": "the template shows chart '{name}', which this report does not "
                            "have; its charts: {names}",
    "render.needs_agency": "this template needs an agency: add --agency CODE",
    "render.time_limit": "stopped after {seconds} s, the render's time limit (raise it with "
    "--time-limit SECONDS)",
    "render.size_limit": "more than {mb} MB of text, the render's size limit (raise it with "
    "--max-size MB)",
    "render.too_many_items": "a list of more than {count} items",
    "render.number_too_large": "a number of more than {digits} digits",
    "render.format_width": "a '%' format width or precision that is '*' or above {mb} MB",
    "render.recursion": "the template calls or includes itself without end (recursion too "
    "deep)",
    "render.too_deep": "nested more than {depth} levels deep",
    "render.memory": "out of memory",
    "render.not_callable": "{name} cannot be called from a template",
    "render.no_field": "{kind} has no field '{name}' (its fields: {fields})",
    "render.bad_limit": "{option} must be more than 0 and at most {most}, not {value}",
    "render.docx_needs_output": "Word output is binary and is not written to a terminal: give a "
    "file with -o (e.g. -o plan.docx) or redirect it (> plan.docx)",
    "render.several_plans": "several plans under {path}: name one (dakplan render TEMPLATE PLAN)",
    "render.list_heading": "Templates (repository: {folder})",
    "render.list_default": "default",
    "render.list_override": "overrides the default",
    "render.list_local": "repository",
    # version 2: document numbers, timings, and the import command
    "check.timing_no_dates": "the timing has no date",
    "number.space_after": "space after '{mark}' in '{number}'",
    "number.space_before": "space before '{mark}' in '{number}'",
    "number.space_inside": "space inside '{number}'",
    "number.no_slash": "no '/' in '{number}'",
    "number.no_number": "no number before '/' in '{number}'",
    "number.empty_part": "an empty part in '{number}'",
    "number.lower_issuer": "lower-case letters in the issuer of '{number}'",
    "number.other": "'{number}' is not of the form N/TYPE-ISSUER or N-TYPE/ISSUER",
    "number.symbol_no_dash": "no '-' between the type and the issuer in '{number}'",
    "number.symbol_other": "'{number}' is not of the form TYPE-ISSUER[-UNIT]",
    "import.exists": "{path} exists; dakplan import never overwrites a file (use -o for another "
                     "path)",
    "import.written": "wrote {path} from {document}: {duties:# duty|# duties}, "
    "{agencies:# agency or group|# agencies and groups}",
    "import.findings": "the imported plan has {errors:# error|# errors} and "
    "{warnings:# warning|# warnings}; see above",
    "help.import": "Import a plan from the document a province already has: a Word file (.docx) "
    "or its text copied from a PDF (.txt, .md). Writes a version-2 plan that keeps every "
    "sentence in its place, lists what it guessed or could not place, and checks the result."
    "\n\nExit status: 0 imported, 1 imported but the plan has errors to fix, 2 the document "
    "cannot be read or the output exists.\n\nExample: dakplan import ke-hoach.docx -o "
    "plans/2020.yaml",
    "help.import.document": "The document: .docx, .txt or .md.",
    "help.import.output": "Where to write the plan (an existing file is never replaced); "
                          "without it the plan is printed.",
    # site/, cli/site.py (dakplan site): the command, and the words of the site's pages
    "help.site": "Build the plans' website: a home page (overdue, due soon, status by agency), "
    "a page per plan and per agency, and search; static, for offline reading or publishing."
    "\n\nExit status: 0 written, 1 a plan is not valid, 2 usage error (a folder that holds "
    "other files, a bad date; nothing is written).\n\nExample: dakplan site plans -o _site "
    "--as-of 16/12/2020; dakplan --lang en site -o _site",
    "help.site.output": "The folder to write the site into: new, empty, or built by dakplan site "
    "before.",
    "help.site.jobs": "Read the plans and make the pages with N processes (default: one per "
    "core when the plans add up to 1 MiB or more; 1: one process). The site is the same.",
    "help.site.as_of": "The build day: overdue and due-soon duties as of this day (default: "
    "today in Vietnam).",
    "site.written": "wrote {count} files of the site to {folder} (as of {date})",
    "site.not_folder": "cannot write the site to {folder}: it is not a folder",
    "site.holds_input": "refusing to write the site into {folder}: it holds {plan}, which this "
    "run reads",
    "site.holds_plan": "refusing to write the site into {folder}: it holds plans ({names}); "
    "choose a new or empty folder",
    "site.not_site": "refusing to write the site into {folder}: it holds files dakplan did not "
    "write ({names}); choose a new or empty folder, or one built by dakplan site before",
    "site.title": "Plans and duties",
    "site.skip": "Skip to the content",
    "site.nav_label": "Site",
    "site.crumbs": "You are here",
    "site.home": "Home",
    "site.plans": "Plans",
    "site.agencies": "Agencies",
    "site.search": "Search",
    "site.search_button": "Search",
    "site.footer": "Built by dakplan from the plans as issued and the results reported, as of "
    "{date}.",
    "site.as_of": "Figures as of {date}.",
    "site.overdue": "Overdue",
    "site.overdue_intro": "Duties neither done nor cancelled whose deadline had passed by {date}: "
    "{count}.",
    "site.overdue_more": "Listed below: the {shown} most recently due of the {count}.",
    "site.overdue_by_agency": "Each agency's page lists all of its own.",
    "site.overdue_caption": "Overdue duties as of {date}, by deadline",
    "site.soon": "Due in the next {days} days",
    "site.soon_intro": "Duties neither done nor cancelled due from {start} to {end}: {count}.",
    "site.soon_caption": "Duties due from {start} to {end}, by deadline",
    "site.year": "{year}",
    "site.plans_caption": "Plans of {year}, by issuer",
    "site.col_issuer": "Issued by",
    "site.col_number": "Number",
    "site.col_period": "Period",
    "site.col_duties": "Duties",
    "site.col_overdue": "of which overdue",
    "site.col_results": "Results reported",
    "site.by_agency": "Status by agency",
    "site.by_agency_intro": "Every duty counts for each agency that has it: as lead or "
    "coordinator, named or through a group, or carried over from an agency that had ended, as "
    "of {date}.",
    "site.by_agency_caption": "Duties of each agency by status, as of {date}",
    "site.on_time": "On-time rate by agency",
    "site.on_time_intro": "As in the results report (dakplan results summary): each agency counts "
    "every duty it leads or coordinates, by what that agency itself reported up to {date}; the "
    "on-time rate is the duties done on time among those done or past their deadline.",
    "site.on_time_none": "No agency has duties yet.",
    "site.on_time_caption": "Duties of each agency by reported status, and its on-time rate, as "
    "of {date}",
    "site.on_time_all": "Every plan (each duty once, as its lead reported it)",
    "site.chart_status": "Duties by status and agency",
    "site.chart_rate": "On-time rate by agency",
    "site.chart_table": "The chart's figures: the table below",
    "site.col_late": "Of which overdue",
    "site.col_rate": "On-time rate",
    "site.to_duties": "The {count} duties and their status",
    "site.duties_title": "Duties and their status",
    "site.duties_caption": "The plan's duties in the order of the text, status as of {date}",
    "site.plan_counts": "{count} duties; {overdue} overdue as of {date}.",
    "site.duty_link": "Status",
    "site.result_round": "{date}, round {round}",
    "site.worker_failed": "a worker process failed while making the site's pages ({kind}: "
    "{text}); try again with --jobs 1",
    "site.worker_ended": "a worker process ended unexpectedly ({text}) while making the site's "
    "pages; try again with --jobs 1",
    # render/charts.py: the results report's charts (the site's in its language)
    "chart.done_on_time": "Done on time",
    "chart.done_late": "Done late",
    "chart.in_progress": "In progress, within the deadline",
    "chart.in_progress_overdue": "In progress past the deadline",
    "chart.not_started": "Not started",
    "chart.cancelled": "Cancelled",
    "chart.not_reported": "Not reported",
    "chart.status_axis": "Duties (led and coordinated)",
    "chart.rate_axis": "Done on time (%), of the duties done or past their deadline",
    "chart.media_axis": "Products",
    "chart.money_axis": "Money (đồng)",
    "chart.rounds_axis": "Duties done",
    "chart.status": "Duties by status and agency (led and coordinated)",
    "chart.rate": "On-time rate by agency",
    "chart.media": "Media products by type",
    "chart.money": "Money by agency",
    "chart.money_partners": "Money by press agency",
    "chart.rounds": "Progress over the reporting rounds",
    "site.in_text": "In the text",
    "site.agency_intro": "{count} duties in every plan, led or coordinated, named or through a "
    "group, or carried over, by deadline; {overdue} overdue.",
    "site.agency_caption": "Duties of {name}, by deadline, status as of {date}",
    "site.search_label": "Search the duties, plans and agencies",
    "site.search_hint": "Case and diacritics do not matter: \"so tttt\" finds Sở TT&TT, \"bao cao "
    "quy\" finds báo cáo quý.",
    "site.search_count": "{count} found.",
    "site.search_shown": "{count} found; the first {shown} are shown.",
    "site.search_none": "Nothing found.",
    "site.search_noscript": "Search needs JavaScript. The home page lists every plan and agency.",
    "site.kind_duty": "Duty",
    "site.kind_plan": "Plan",
    "site.kind_agency": "Agency",
}
