"""The catalogue of codes: every rule dakplan checks, in one entry each.

An entry holds the rule's code, name and severity; what it finds (``summary``), why it matters
and how to fix it, each as (English, Vietnamese) side by side; and the messages its findings
say, keyed, each as (English, Vietnamese) with the same ``{placeholders}``. A finding carries
one of these keys and its parameters, and is worded only when it is shown (``Message``), in the
language of the run. Fragments several rules share (``schema.hint``, ``type.*``) and texts used
outside findings (``load.missing``) are in the general catalogues, ``dakplan.i18n``.

``dakplan explain CODE`` and the README's table of checks are generated from it; tests fail
when a code is used that is not catalogued, or a catalogued one lacks its Vietnamese, a message
or an example file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from dakplan.i18n import LANGUAGES, language

Texts = tuple[str, str]
"""One text in English and in Vietnamese (the order of ``i18n.LANGUAGES``)."""


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: Texts
    why: Texts
    fix: Texts
    messages: Mapping[str, Texts] = field(default_factory=dict)
    """The messages this rule's findings say, by key."""

    def text(self, part: str, lang: str | None = None) -> str:
        """``summary``, ``why`` or ``fix`` in ``lang`` (default: the current language)."""
        texts: Texts = getattr(self, part)
        return texts[LANGUAGES.index(lang or language())]


E, W = Severity.ERROR, Severity.WARNING

_RULES = [
    # --- DK0xx: reading the file --------------------------------------------------------------
    Rule("DK001", "yaml-syntax", E,
         summary=("The file is not well-formed YAML.",
                  "Tệp không phải là YAML đúng cú pháp."),
         why=("Nothing can be checked until the file parses.",
              "Không kiểm tra được gì cho đến khi tệp đọc được."),
         fix=("Look at the line named: usually a missing quote, a tab, or wrong indentation.",
              "Xem dòng được nêu: thường là thiếu dấu nháy, có ký tự tab hoặc thụt lề sai."),
         messages={
             "load.syntax": ("YAML syntax error: {problem}",
                             "lỗi cú pháp YAML: {problem}"),
         }),
    Rule("DK002", "duplicate-key", E,
         summary=("A key appears twice in the same mapping.",
                  "Một khóa xuất hiện hai lần trong cùng một ánh xạ."),
         why=("YAML tools silently keep the last value, so one of the two is lost without a "
              "word.",
              "Các công cụ YAML lặng lẽ giữ giá trị cuối, nên một trong hai bị mất mà không báo."),
         fix=("Delete one of the two keys, or merge their values.",
              "Xóa một trong hai khóa hoặc gộp giá trị của chúng."),
         messages={
             "load.duplicate_key": ("duplicate key '{key}' (first at line {first}); YAML would "
                                    "keep only the last value",
                                    "khóa '{key}' bị lặp (lần đầu ở dòng {first}); YAML sẽ chỉ "
                                    "giữ giá trị cuối"),
         }),
    Rule("DK003", "unsafe-tag", E,
         summary=("A YAML tag such as !!python/object is used.",
                  "Dùng thẻ YAML như !!python/object."),
         why=("Tags can make a YAML loader build arbitrary objects; a plan never needs them.",
              "Thẻ có thể khiến trình đọc YAML tạo đối tượng tùy ý; kế hoạch không bao giờ cần."),
         fix=("Remove the tag and write the value as plain text, number, date or list.",
              "Bỏ thẻ và viết giá trị dưới dạng văn bản, số, ngày hoặc danh sách."),
         messages={
             "load.unsafe_tag": ("tag '{tag}' is not allowed in a plan",
                                 "không được dùng thẻ '{tag}' trong kế hoạch"),
         }),
    Rule("DK004", "not-a-plan", E,
         summary=("The file is empty, holds only comments, or its top level is not a mapping.",
                  "Tệp rỗng, chỉ có chú thích, hoặc cấp ngoài cùng không phải ánh xạ."),
         why=("A plan is a mapping of sections (document, agencies, ...).",
              "Kế hoạch là một ánh xạ các mục (document, agencies, ...)."),
         fix=("Start from plans/2020.yaml or `dakplan schema` and fill in the sections.",
              "Bắt đầu từ plans/2020.yaml hoặc `dakplan schema` rồi điền các mục."),
         messages={
             "load.empty": ("the file is empty or holds only comments; a plan is a mapping of "
                            "sections",
                            "tệp rỗng hoặc chỉ có chú thích; kế hoạch phải là một ánh xạ các mục"),
             "load.not_mapping": ("the top level is {kind}, not a mapping of sections",
                                  "cấp ngoài cùng là {kind}, không phải ánh xạ các mục"),
         }),
    Rule("DK005", "multiple-documents", E,
         summary=("The file holds more than one YAML document (---).",
                  "Tệp có nhiều hơn một tài liệu YAML (---)."),
         why=("Only the first would be read; the rest would be silently ignored.",
              "Chỉ tài liệu đầu được đọc; phần còn lại bị bỏ qua mà không báo."),
         fix=("Keep one plan per file; move the other into a file of its own.",
              "Mỗi tệp một kế hoạch; chuyển kế hoạch kia sang tệp riêng."),
         messages={
             "load.multiple": ("more than one YAML document in one file; keep one plan per file",
                               "một tệp có nhiều hơn một tài liệu YAML; mỗi tệp chỉ giữ một kế "
                               "hoạch"),
         }),
    Rule("DK006", "encoding", E,
         summary=("The file is not UTF-8 text.",
                  "Tệp không phải văn bản UTF-8."),
         why=("A file in another encoding would be read as the wrong letters.",
              "Tệp mã hóa khác sẽ bị đọc sai chữ."),
         fix=("Re-save the file as UTF-8 (in Word or Notepad: Save As, Encoding: UTF-8).",
              "Lưu lại tệp dưới dạng UTF-8 (trong Word hoặc Notepad: Save As, Encoding: UTF-8)."),
         messages={
             "load.encoding": ("the file is not UTF-8 (the first byte that is not is on this "
                               "line); re-save it as UTF-8 (Notepad or Word: Save As, Encoding: "
                               "UTF-8)",
                               "tệp không phải UTF-8 (byte sai đầu tiên ở dòng này); hãy lưu lại "
                               "dưới dạng UTF-8 (Notepad hoặc Word: Save As, Encoding: UTF-8)"),
             "load.encoding_utf16": ("the file is UTF-16 or UTF-32, not UTF-8; re-save it as "
                                     "UTF-8 (Notepad: Save As, Encoding: UTF-8)",
                                     "tệp ở dạng UTF-16 hoặc UTF-32, không phải UTF-8; hãy lưu "
                                     "lại dưới dạng UTF-8 (Notepad: Save As, Encoding: UTF-8)"),
             "load.encoding_ansi": ("the file is not UTF-8 but looks like {encoding} (the first "
                                    "byte that is not UTF-8 is on this line); re-save it as "
                                    "UTF-8 (Notepad or Word: Save As, Encoding: UTF-8)",
                                    "tệp không phải UTF-8 mà có vẻ là {encoding} (byte sai đầu "
                                    "tiên ở dòng này); hãy lưu lại dưới dạng UTF-8 (Notepad hoặc "
                                    "Word: Save As, Encoding: UTF-8)"),
             "load.encoding_legacy": ("the file is not UTF-8 but looks like {encoding} (the "
                                      "first byte that is not UTF-8 is on this line); convert it "
                                      "to Unicode first (Unikey: Công cụ chuyển mã, from "
                                      "{encoding} to Unicode UTF-8), then save it as UTF-8",
                                      "tệp không phải UTF-8 mà có vẻ là bảng mã {encoding} (byte "
                                      "sai đầu tiên ở dòng này); hãy chuyển sang Unicode trước "
                                      "(Unikey: Công cụ chuyển mã, từ {encoding} sang Unicode "
                                      "UTF-8), rồi lưu dưới dạng UTF-8"),
         }),
    Rule("DK007", "too-large", E,
         summary=("The file is too large, too deeply nested, or expands too many aliases.",
                  "Tệp quá lớn, lồng quá sâu hoặc mở rộng quá nhiều bí danh (alias)."),
         why=("Such a file is either a mistake or an attack on the machine that checks it.",
              "Tệp như vậy hoặc là nhầm lẫn, hoặc là tấn công vào máy kiểm tra nó."),
         fix=("Split the plan, or write the repeated parts out instead of using aliases.",
              "Tách kế hoạch, hoặc viết ra các phần lặp lại thay vì dùng bí danh."),
         messages={
             "load.too_large": ("the file is larger than {mb} MB; a plan is tens of kilobytes",
                                "tệp lớn hơn {mb} MB; một kế hoạch chỉ vài chục kilobyte"),
             "load.too_deep": ("nested more than {depth} levels deep",
                               "lồng nhau sâu quá {depth} cấp"),
             "load.too_many": ("more than {values} values once aliases (*name) are expanded",
                               "nhiều hơn {values} giá trị khi khai triển các bí danh (*tên)"),
             "load.too_many_values": ("more than {values} values; a plan has a few thousand",
                                      "nhiều hơn {values} giá trị; một kế hoạch chỉ có vài nghìn"),
             "load.alias_cycle": ("an alias (*name) refers to a value that contains it",
                                  "một bí danh (*tên) trỏ tới giá trị chứa chính nó"),
         }),
    Rule("DK008", "unreadable", E,
         summary=("The file cannot be read.",
                  "Không đọc được tệp."),
         why=("It is missing, a directory, a pipe or device, a link loop, or not readable by "
              "you.",
              "Tệp không có, là thư mục, hoặc bạn không có quyền đọc."),
         fix=("Check the path and the file's permissions.",
              "Kiểm tra đường dẫn và quyền của tệp."),
         messages={
             "load.directory": ("is a directory, not a plan file",
                                "là thư mục, không phải tệp kế hoạch"),
             "load.unreadable": ("cannot read the file: {reason}",
                                 "không đọc được tệp: {reason}"),
         }),
    Rule("DK009", "unprintable-character", E,
         summary=("A text holds a character that cannot be printed: a control character other "
                  "than tab and line break, a Unicode noncharacter or half of a surrogate pair.",
                  "Văn bản chứa một ký tự không in được: ký tự điều khiển (trừ tab và xuống "
                  "dòng), ký tự Unicode không dùng trong văn bản (noncharacter) hoặc một nửa của "
                  "cặp surrogate."),
         why=("Word cannot save it and other programs show it as garbage or act on it; escapes "
              "such as \"\\x01\", \"\\0\" or \"\\uffff\" put it in unseen.",
              "Word không lưu được ký tự này, các chương trình khác hiện thành ký tự rác hoặc "
              "làm theo nó; các mã thoát như \"\\x01\", \"\\0\" hay \"\\uffff\" đưa nó vào mà "
              "không nhìn thấy."),
         fix=("Delete the character at the column named, or write the letter it stands for "
              "(\"\\U0001F600\", not \"\\ud83d\\ude00\").",
              "Xóa ký tự ở cột được nêu, hoặc viết đúng chữ mà nó thay thế (\"\\U0001F600\", "
              "không phải \"\\ud83d\\ude00\")."),
         messages={
             "load.unprintable": ("{char} ({kind}) cannot be printed or saved in a Word file; "
                                  "delete it{pair}",
                                  "{char} ({kind}) không in được và không lưu được vào tệp Word; "
                                  "hãy xóa ký tự này{pair}"),
             "load.kind.control": ("a control character",
                                   "ký tự điều khiển"),
             "load.kind.surrogate": ("half of a surrogate pair",
                                     "một nửa của cặp surrogate"),
             "load.kind.noncharacter": ("a Unicode noncharacter",
                                        "ký tự Unicode không dùng trong văn bản (noncharacter)"),
             "load.surrogate_pair": ("; with the escape after it, it is JSON's way of writing "
                                     "{char}: write that character itself, or \"{escape}\"",
                                     "; cùng với mã thoát đứng sau, đó là cách JSON viết {char}: "
                                     "hãy viết chính ký tự đó, hoặc \"{escape}\""),
         }),
    # --- DK1xx: the schema --------------------------------------------------------------------
    Rule("DK010", "version-1-file", W,
         summary=("The file is written in format version 1 and was read through the conversion "
                  "to version 2.",
                  "Tệp viết theo định dạng phiên bản 1 và được đọc qua bước chuyển sang phiên "
                  "bản 2."),
         why=("Every command still works on it, but version 2 is what dakplan writes and "
              "documents; the conversion will not stay forever.",
              "Mọi lệnh vẫn chạy trên tệp này, nhưng dakplan ghi và mô tả phiên bản 2; bước "
              "chuyển sẽ không được giữ mãi."),
         fix=("Convert it once with `dakplan migrate PLAN -o NEW.yaml` and keep the result.",
              "Chuyển một lần bằng `dakplan migrate PLAN -o MOI.yaml` và giữ kết quả."),
         messages={
             "check.version_1": ("format version 1, read through the conversion to version 2 "
                                 "(`dakplan migrate` writes it out)",
                 "định dạng phiên bản 1, được đọc qua bước chuyển sang phiên bản 2 (`dakplan "
                 "migrate` ghi ra tệp phiên bản 2)"),
         }),
    Rule("DK101", "missing-key", E,
         summary=("A required key is missing.",
                  "Thiếu một khóa bắt buộc."),
         why=("Every plan must say what the schema requires, so that tools can rely on it.",
              "Mọi kế hoạch phải có những gì lược đồ yêu cầu để công cụ dựa vào được."),
         fix=("Add the key; `dakplan schema` describes every key.",
              "Thêm khóa; `dakplan schema` mô tả mọi khóa."),
         messages={
             "schema.missing": ("missing required key '{key}'",
                                "thiếu khóa bắt buộc '{key}'"),
         }),
    Rule("DK102", "unknown-key", E,
         summary=("A key the schema does not know.",
                  "Một khóa lược đồ không biết."),
         why=("A misspelt key would otherwise be silently ignored, and its value lost.",
              "Khóa viết sai chính tả sẽ bị lặng lẽ bỏ qua và mất giá trị."),
         fix=("Fix the spelling (the message suggests the closest known key) or remove it.",
              "Sửa chính tả (thông báo gợi ý khóa gần nhất) hoặc xóa khóa."),
         messages={
             "schema.unknown": ("unknown key '{key}'{hint}",
                                "khóa không hợp lệ '{key}'{hint}"),
         }),
    Rule("DK103", "wrong-type", E,
         summary=("A value has the wrong type (text for a date, a number for text, yes/no for "
                  "text ...).",
                  "Giá trị sai kiểu (văn bản thay cho ngày, số thay cho văn bản, yes/no thay cho "
                  "văn bản ...)."),
         why=("dakplan never guesses: `NO` stays text, `010` is not 8, and a date is a date.",
              "dakplan không bao giờ đoán: `NO` vẫn là văn bản, `010` không phải 8, và ngày là "
              "ngày."),
         fix=("Quote text (\"010\"), write dates as 2020-12-15 without quotes, lists as [a, b].",
              "Đặt văn bản trong ngoặc kép (\"010\"), viết ngày dạng 2020-12-15 không có ngoặc "
              "kép, danh sách dạng [a, b]."),
         messages={
             "schema.type": ("expected {expected}, got {got}",
                             "cần {expected}, nhưng nhận được {got}"),
             "load.bad_tagged": ("'{text}' cannot be read as {tag}; remove the tag",
                                 "'{text}' không đọc được thành {tag}; hãy bỏ thẻ"),
         }),
    Rule("DK104", "invalid-value", E,
         summary=("A value is not one of those allowed, or not of the right form.",
                  "Giá trị không thuộc các giá trị cho phép hoặc sai dạng."),
         why=("Codes, ids, document numbers and closed vocabularies keep the plan queryable.",
              "Mã, mã định danh, số ký hiệu văn bản và danh mục đóng giúp tra cứu được kế hoạch."),
         fix=("Use one of the values the message lists, in the form it shows.",
              "Dùng một trong các giá trị thông báo liệt kê, theo dạng được nêu."),
         messages={
             "schema.choice": ("'{got}' is not allowed; use one of: {choices}",
                               "không được dùng '{got}'; hãy dùng một trong: {choices}"),
             "schema.value": ("{value}: {detail}",
                              "{value}: {detail}"),
             "schema.not_form": ("{value} is not {form}",
                                 "{value} không phải là {form}"),
             "schema.form_id": ("an id: lower-case ASCII letters, digits and hyphens "
                                "(stttt-dau-moi)",
                                "một mã định danh: chữ thường ASCII, chữ số và dấu gạch nối "
                                "(stttt-dau-moi)"),
             "schema.form_code": ("a code: ASCII capitals and digits (STTTT)",
                                  "một mã: chữ in hoa ASCII và chữ số (STTTT)"),
             "schema.form_other": ("of the form {pattern}",
                                   "có dạng {pattern}"),
             "model.lifetime_reversed": ("'valid_to' is before 'valid_from'",
                                         "'valid_to' ở trước 'valid_from'"),
             "model.successor_needs_end": ("an agency with 'successors' or 'merged_into' needs "
                                           "'valid_to'",
                                           "cơ quan có 'successors' hoặc 'merged_into' phải có "
                                           "'valid_to'"),
         }),
    # --- DK2xx: references --------------------------------------------------------------------
    Rule("DK201", "unknown-agency", E,
         summary=("A task, group, recipient or successor link names an agency code that is not "
                  "in the registry.",
                  "Nhiệm vụ, nhóm, nơi nhận hoặc liên kết kế thừa nêu một mã cơ quan không có "
                  "trong danh mục."),
         why=("Nobody could be found responsible, and `dakplan tasks` would lose the duty.",
              "Không tìm được ai chịu trách nhiệm, và `dakplan tasks` sẽ bỏ sót nhiệm vụ."),
         fix=("Add the agency under `agencies:` or fix the code.",
              "Thêm cơ quan vào `agencies:` hoặc sửa mã."),
         messages={
             "check.unknown_agency": ("unknown agency or group '{code}'{hint}",
                                      "không có cơ quan hoặc nhóm '{code}'{hint}"),
         }),
    Rule("DK202", "unknown-theme", E,
         summary=("A task names a content theme id that the plan does not define.",
                  "Nhiệm vụ nêu một nội dung truyền thông mà kế hoạch không khai báo."),
         why=("The link between duties and content would be broken.",
              "Liên kết giữa nhiệm vụ và nội dung bị đứt."),
         fix=("Use an id from `themes:` or add the theme.",
              "Dùng mã trong `themes:` hoặc thêm nội dung đó."),
         messages={
             "check.unknown_theme": ("unknown theme '{id}'{hint}",
                                     "không có nội dung truyền thông '{id}'{hint}"),
         }),
    Rule("DK203", "unused-media", W,
         summary=("A task names a media format the plan's `media:` section does not list.",
                  "Nhiệm vụ nêu một loại hình báo chí không có trong mục `media:` của kế hoạch."),
         why=("The plan would promise products in a medium it does not use.",
              "Kế hoạch sẽ hứa sản phẩm trên loại hình mà nó không dùng."),
         fix=("Add the format to `media.formats` or remove it from the task.",
              "Thêm loại hình vào `media.formats` hoặc bỏ khỏi nhiệm vụ."),
         messages={
             "check.unused_media": ("media format '{media}' is not among the plan's formats "
                                    "({formats})",
                                    "loại hình '{media}' không nằm trong các loại hình của kế "
                                    "hoạch ({formats})"),
         }),
    Rule("DK204", "duplicate-id", E,
         summary=("Two tasks, themes, bases, agencies or groups share an id or code.",
                  "Hai nhiệm vụ, nội dung, căn cứ, cơ quan hoặc nhóm trùng mã."),
         why=("Ids are how diffs, reports and calendars follow an item over time.",
              "Mã là cách theo dõi một mục qua các lần sửa, báo cáo và lịch."),
         fix=("Give each one its own id.",
              "Đặt cho mỗi mục một mã riêng."),
         messages={
             "check.duplicate_id": ("{kind} '{id}' is defined twice (first at line {first})",
                                    "{kind} '{id}' được khai báo hai lần (lần đầu ở dòng "
                                    "{first})"),
         }),
    Rule("DK205", "empty-group", E,
         summary=("A group has no members and no member kinds.",
                  "Nhóm không có thành viên và không có loại thành viên."),
         why=("Its duties would belong to nobody.",
              "Nhiệm vụ của nhóm sẽ không thuộc về ai."),
         fix=("List its `members` or `member_kinds`.",
              "Liệt kê `members` hoặc `member_kinds` của nhóm."),
         messages={
             "check.empty_group": ("group '{code}' has no members and no member kinds",
                                   "nhóm '{code}' không có thành viên và không có loại thành "
                                   "viên"),
         }),
    Rule("DK206", "group-cycle", E,
         summary=("A group contains itself, directly or through other groups.",
                  "Nhóm chứa chính nó, trực tiếp hoặc qua nhóm khác."),
         why=("Membership could not be worked out.",
              "Không xác định được thành viên."),
         fix=("Remove one of the memberships in the cycle.",
              "Bỏ một quan hệ thành viên trong vòng lặp."),
         messages={
             "check.group_cycle": ("group '{code}' contains itself: {cycle}",
                                   "nhóm '{code}' chứa chính nó: {cycle}"),
         }),
    Rule("DK207", "nobody-responsible", E,
         summary=("A task's lead is a group that resolves to no agency.",
                  "Cơ quan chủ trì của nhiệm vụ là một nhóm không ứng với cơ quan nào."),
         why=("A duty that nobody leads is not carried out.",
              "Nhiệm vụ không ai chủ trì thì không được thực hiện."),
         fix=("Register the agencies of that kind, or give the task a lead agency.",
              "Đăng ký các cơ quan thuộc loại đó, hoặc giao nhiệm vụ cho một cơ quan chủ trì."),
         messages={
             "check.nobody": ("the lead '{code}' resolves to no registered agency",
                              "cơ quan chủ trì '{code}' không ứng với cơ quan nào đã đăng ký"),
         }),
    Rule("DK208", "lead-also-coordinates", W,
         summary=("A task lists its lead among its coordinating agencies.",
                  "Nhiệm vụ liệt kê cơ quan chủ trì trong số cơ quan phối hợp."),
         why=("One agency would appear in two roles for the same duty.",
              "Một cơ quan sẽ xuất hiện với hai vai trò trong cùng nhiệm vụ."),
         fix=("Remove it from `coordinate`.",
              "Bỏ cơ quan đó khỏi `coordinate`."),
         messages={
             "check.lead_coordinates": ("'{code}' is both the lead and a coordinating agency",
                                        "'{code}' vừa chủ trì vừa phối hợp"),
         }),
    Rule("DK209", "ambiguous-name", W,
         summary=("Two registry entries share a name, short name or alias (compared without "
                  "case, diacritics or punctuation).",
                  "Hai mục trong danh mục trùng tên, tên tắt hoặc bí danh (so sánh không phân "
                  "biệt hoa thường, dấu hay dấu câu)."),
         why=("`dakplan tasks --agency NAME` could not tell them apart.",
              "`dakplan tasks --agency TÊN` sẽ không phân biệt được."),
         fix=("Make the names distinct, or drop the alias from one of them.",
              "Đặt tên khác nhau, hoặc bỏ bí danh khỏi một trong hai."),
         messages={
             "check.ambiguous_name": ("'{name}' names both {first} and {second}",
                                      "'{name}' trùng tên giữa {first} và {second}"),
         }),
    # --- DK3xx: dates and periods -------------------------------------------------------------
    Rule("DK210", "unknown-media-format", E,
         summary=("A media block, a duty or a progress record names a media format code that is "
                  "neither one of the four press types nor declared under `media_formats:`.",
                  "Mục hình thức, nhiệm vụ hoặc bản ghi tiến độ nêu một mã loại hình không phải "
                  "bốn loại hình báo chí và không được khai báo trong `media_formats:`."),
         why=("Products could not be counted per format, and `--media` would never find the duty.",
              "Không đếm được sản phẩm theo loại hình, và `--media` sẽ không tìm thấy nhiệm vụ."),
         fix=("Declare the format under `media_formats:` (code and label) or fix the code.",
              "Khai báo loại hình trong `media_formats:` (mã và tên) hoặc sửa mã."),
         messages={
             "check.unknown_media": ("unknown media format '{code}'{hint}",
                 "không có loại hình '{code}'{hint}"),
         }),
    Rule("DK211", "media-format-redeclared", E,
         summary=("`media_formats:` declares one of the four predefined press types (bao-in, "
                  "bao-dien-tu, bao-hinh, bao-noi).",
                  "`media_formats:` khai báo lại một trong bốn loại hình báo chí có sẵn "
                  "(bao-in, bao-dien-tu, bao-hinh, bao-noi)."),
         why=("Their codes and labels are fixed, so that reports of every plan agree on them.",
              "Mã và tên của chúng cố định để báo cáo của mọi kế hoạch thống nhất."),
         fix=("Remove the entry; the press type is always known.",
              "Xóa mục đó; loại hình báo chí luôn có sẵn."),
         messages={
             "check.media_predefined": ("'{code}' is a predefined press type ({label}); do not "
                                        "declare it",
                 "'{code}' là loại hình báo chí có sẵn ({label}); không khai báo lại"),
         }),
    Rule("DK212", "duplicate-label", W,
         summary=("Two sections or numbered points print the same number in the same place.",
                  "Hai mục hoặc hai điểm đánh số in cùng một số ở cùng một chỗ."),
         why=("Their labels (\"IV.2\") would not tell them apart in `tasks` and in messages; "
              "usually a `number:` typed twice.",
              "Nhãn (\"IV.2\") sẽ không phân biệt được chúng trong `tasks` và trong thông báo; "
              "thường do gõ `number:` hai lần."),
         fix=("Correct the `number:` or the list's `start:`.",
              "Sửa `number:` hoặc `start:` của danh sách."),
         messages={
             "check.duplicate_label": ("'{label}' is printed twice here (first at line {first})",
                 "'{label}' được in hai lần ở đây (lần đầu ở dòng {first})"),
         }),
    # The registry a repository's plans share, and succession in any registry.
    Rule("DK213", "registry-redefined", E,
         summary=("A plan redefines an agency or group of the shared registry (agencies.yaml) "
                  "with other values.",
                  "Kế hoạch khai báo lại một cơ quan hoặc nhóm của danh mục dùng chung "
                  "(agencies.yaml) với giá trị khác."),
         why=("The plan and the registry would say different things about one code, and every "
              "other plan reads the registry's.",
              "Kế hoạch và danh mục sẽ nói khác nhau về cùng một mã, trong khi mọi kế hoạch "
              "khác đọc theo danh mục."),
         fix=("Drop the entry from the plan so that the registry's is read, or correct the "
              "registry; a difference the issued plan keeps on purpose is waived with its "
              "reason (`at: agency:CODE`).",
              "Bỏ mục đó khỏi kế hoạch để đọc theo danh mục, hoặc sửa danh mục; khác biệt mà "
              "kế hoạch đã ban hành cố ý giữ thì ghi miễn trừ kèm lý do (`at: agency:CODE`)."),
         messages={
             "check.registry_redefined": ("{kind} '{code}' differs from the shared registry "
                                          "({file}:{line}) in {fields}; drop it here or make "
                                          "the two the same",
                 "{kind} '{code}' khác với danh mục dùng chung ({file}:{line}) ở {fields}; bỏ "
                 "mục này hoặc sửa cho hai bên giống nhau"),
         }),
    Rule("DK214", "registry-copy", W,
         summary=("A plan repeats an entry of the shared registry word for word.",
                  "Kế hoạch chép lại nguyên văn một mục của danh mục dùng chung."),
         why=("Two copies drift apart at the next change (a merger, a new name), when only one "
              "of them is edited.",
              "Hai bản sẽ lệch nhau ở lần thay đổi sau (sáp nhập, đổi tên), khi chỉ một bản "
              "được sửa."),
         fix=("Remove the copy from the plan; `dakplan registry extract --drop-from-plans` "
              "removes every such copy.",
              "Bỏ bản chép khỏi kế hoạch; `dakplan registry extract --drop-from-plans` bỏ mọi "
              "bản chép như vậy."),
         messages={
             "check.registry_copy": ("{kind} '{code}' repeats the shared registry's entry "
                                     "({file}:{line}); drop the copy",
                 "{kind} '{code}' chép lại mục của danh mục dùng chung ({file}:{line}); hãy bỏ "
                 "bản chép"),
         }),
    Rule("DK215", "successor-cycle", E,
         summary=("Agencies succeed one another in a circle: A merged into B and B into A, "
                  "directly or through others.",
                  "Các cơ quan kế thừa nhau thành vòng: A sáp nhập vào B và B vào A, trực tiếp "
                  "hoặc qua cơ quan khác."),
         why=("Nobody could be found to carry the duties of an agency that has ended.",
              "Không tìm được ai tiếp nhận nhiệm vụ của cơ quan đã chấm dứt hoạt động."),
         fix=("Correct `merged_into` or `successors` so that the links lead to an agency that "
              "exists.",
              "Sửa `merged_into` hoặc `successors` để liên kết dẫn tới một cơ quan đang tồn "
              "tại."),
         messages={
             "check.successor_cycle": ("agency '{code}' succeeds itself: {cycle}",
                 "cơ quan '{code}' kế thừa chính nó: {cycle}"),
         }),
    Rule("DK216", "registry-has-errors", E,
         summary=("The shared registry of agencies the plan reads has errors, so the plan "
                  "could not be checked against it.",
                  "Danh mục cơ quan dùng chung mà kế hoạch đọc có lỗi, nên không kiểm tra được "
                  "kế hoạch theo danh mục."),
         why=("Any agency or group of the plan may come from the registry: with the registry "
              "broken, nothing can be told about them.",
              "Mọi cơ quan và nhóm của kế hoạch đều có thể lấy từ danh mục: danh mục hỏng thì "
              "không biết được gì về chúng."),
         fix=("Fix the registry's errors, which `dakplan validate` lists under the registry's "
              "own file name.",
              "Sửa các lỗi của danh mục, được `dakplan validate` liệt kê dưới tên tệp danh "
              "mục."),
         messages={
             "check.registry_broken": ("the shared registry {file} has "
                                       "{errors:# error|# errors}; the plan was not checked",
                 "danh mục dùng chung {file} có {errors} lỗi; kế hoạch chưa được kiểm tra"),
         }),
    Rule("DK301", "date-does-not-exist", E,
         summary=("A date that does not exist (30 February, month 13).",
                  "Ngày không có thật (30 tháng 2, tháng 13)."),
         why=("A deadline on a day that never comes is never due.",
              "Thời hạn vào một ngày không bao giờ đến thì không bao giờ đến hạn."),
         fix=("Correct the date.",
              "Sửa lại ngày."),
         messages={
             "check.text_date_missing": ("the text gives the date '{date}', which does not exist",
                 "văn bản ghi ngày '{date}', là ngày không có thật"),
             "check.anchor_missing": ("day {day} does not exist in month {month}",
                 "tháng {month} không có ngày {day}"),
             "load.bad_date": ("'{text}' is not a date that exists",
                               "'{text}' không phải là ngày có thật"),
         }),
    Rule("DK302", "deadline-outside-period", E,
         summary=("A task's deadline falls outside the plan's period.",
                  "Thời hạn của nhiệm vụ nằm ngoài thời kỳ của kế hoạch."),
         why=("The plan's own duties must fall within the years it covers.",
              "Nhiệm vụ của kế hoạch phải nằm trong những năm kế hoạch bao trùm."),
         fix=("Move the deadline into the period, or widen `document.period`.",
              "Chuyển thời hạn vào trong thời kỳ, hoặc mở rộng `document.period`."),
         messages={
             "check.due_outside": ("due date {date} is outside {first} - {last} (the issue date "
                                   "to the end of the period)",
                 "hạn {date} nằm ngoài khoảng {first} - {last} (từ ngày ban hành đến hết thời kỳ)"),
             "check.deadline_outside": ("deadline {date} is outside the plan's period {period}",
                                        "thời hạn {date} nằm ngoài thời kỳ của kế hoạch {period}"),
         }),
    Rule("DK303", "basis-after-plan", E,
         summary=("A legal basis is dated after the plan itself.",
                  "Một căn cứ pháp lý ban hành sau chính kế hoạch."),
         why=("A plan cannot be based on a document that did not exist when it was issued.",
              "Kế hoạch không thể căn cứ vào văn bản chưa có khi kế hoạch ban hành."),
         fix=("Correct the basis's date or the plan's date.",
              "Sửa ngày của căn cứ hoặc ngày của kế hoạch."),
         messages={
             "check.basis_after": ("'{ref}' is dated {date}, after the plan ({plan_date})",
                                   "'{ref}' ban hành ngày {date}, sau ngày của kế hoạch "
                                   "({plan_date})"),
         }),
    Rule("DK304", "period-reversed", E,
         summary=("A period ends before it starts.",
                  "Một thời kỳ kết thúc trước khi bắt đầu."),
         why=("Nothing could fall inside it.",
              "Không gì có thể nằm trong đó."),
         fix=("Swap or correct `start` and `end`.",
              "Đổi chỗ hoặc sửa `start` và `end`."),
         messages={
             "check.period_reversed": ("the period ends ({end}) before it starts ({start})",
                                       "thời kỳ kết thúc ({end}) trước khi bắt đầu ({start})"),
         }),
    Rule("DK305", "agreement-does-not-cover", W,
         summary=("An agreement cited as a basis does not cover the plan's period.",
                  "Một thỏa thuận được viện dẫn làm căn cứ không bao trùm thời kỳ của kế hoạch."),
         why=("The plan carries out an agreement that is not in force then.",
              "Kế hoạch thực hiện một thỏa thuận không còn hiệu lực vào thời điểm đó."),
         fix=("Cite the agreement in force, or correct its period.",
              "Viện dẫn thỏa thuận đang có hiệu lực, hoặc sửa thời kỳ của thỏa thuận."),
         messages={
             "check.not_covered": ("agreement period {agreement} does not cover the plan's "
                                   "period {period}",
                                   "thời kỳ thỏa thuận {agreement} không bao trùm thời kỳ của kế "
                                   "hoạch {period}"),
         }),
    Rule("DK306", "progress-outside-period", W,
         summary=("A progress record is dated outside the plan's period.",
                  "Một bản ghi tiến độ có ngày nằm ngoài thời kỳ của kế hoạch."),
         why=("Results belong to the period they were achieved in.",
              "Kết quả thuộc về thời kỳ đạt được kết quả đó."),
         fix=("Correct the record's date.",
              "Sửa ngày của bản ghi."),
         messages={
             "check.progress_outside": ("progress dated {date} is outside the plan's period "
                                        "{period}",
                                        "tiến độ ngày {date} nằm ngoài thời kỳ của kế hoạch "
                                        "{period}"),
         }),
    Rule("DK307", "agency-not-in-period", W,
         summary=("A duty goes to an agency that did not exist when it is due: before its "
                  "`valid_from` or after its `valid_to` (directly, or as a listed member of a "
                  "group that has the duty).",
                  "Nhiệm vụ được giao cho một cơ quan không tồn tại vào lúc đến hạn: trước "
                  "`valid_from` hoặc sau `valid_to` của cơ quan đó (trực tiếp, hoặc là thành "
                  "viên được liệt kê của một nhóm có nhiệm vụ)."),
         why=("Nobody can carry out a duty given to an agency that has been merged, split or not "
              "yet set up; the duty would be lost.",
              "Không ai thực hiện được nhiệm vụ giao cho một cơ quan đã hợp nhất, chia tách hoặc "
              "chưa thành lập; nhiệm vụ sẽ bị bỏ sót."),
         fix=("Give the duty to the agency that carries it now (the message names the "
              "successors), or correct the agency's `valid_from`/`valid_to`.",
              "Giao nhiệm vụ cho cơ quan hiện đảm nhận (thông báo nêu các cơ quan kế thừa), hoặc "
              "sửa `valid_from`/`valid_to` của cơ quan."),
         messages={
             "check.agency_not_yet": ("'{code}' does not exist yet on {day} (it starts on "
                                      "{start})",
                                      "'{code}' chưa tồn tại vào ngày {day} (bắt đầu từ ngày "
                                      "{start})"),
             "check.agency_ended": ("'{code}' no longer exists on {day} (it ended on "
                                    "{ended}){carried}",
                                    "'{code}' không còn tồn tại vào ngày {day} (đã kết thúc ngày "
                                    "{ended}){carried}"),
             "check.carried_by": ("; its duties are carried by {carriers}",
                                  "; nhiệm vụ của cơ quan này do {carriers} đảm nhận"),
         }),

    Rule("DK308", "text-contradicts-timing", E,
         summary=("A date the text of a duty gives as its timing (\"trước ngày 15/12/2020\") is "
                  "none of the dates of its `timing`.",
                  "Ngày mà văn bản của nhiệm vụ ghi làm thời hạn (\"trước ngày 15/12/2020\") "
                  "không trùng ngày nào trong `timing` của nhiệm vụ."),
         why=("Readers go by the text, `tasks`, `calendar` and `remind` by the timing: one of "
              "the two is wrong, and a deadline would be missed or invented.",
              "Người đọc theo văn bản, còn `tasks`, `calendar` và `remind` theo `timing`: một "
              "trong hai sai, và một thời hạn sẽ bị lỡ hoặc bị bịa ra."),
         fix=("Correct the timing or the text, so that they say the same; the message names the "
              "timing's dates.",
              "Sửa `timing` hoặc văn bản cho khớp nhau; thông báo nêu các ngày của thời hạn."),
         messages={
             "check.text_date": ("the text says '{date}', which is none of the timing's dates "
                                 "({dates})",
                 "văn bản ghi '{date}', không trùng ngày nào của thời hạn ({dates})"),
         }),
    Rule("DK310", "unread-document-number", W,
         summary=("A cited document's number, or the plan's own symbol, is not of a usual form "
                  "(N/TYPE-ISSUER, N/YYYY/TYPE-ISSUER, N-TYPE/ISSUER); the message names the "
                  "problem.",
                  "Số ký hiệu của văn bản được viện dẫn, hoặc ký hiệu của chính kế hoạch, không "
                  "theo dạng thường gặp (SỐ/LOẠI-CƠQUAN, SỐ/NĂM/LOẠI-CƠQUAN, SỐ-LOẠI/CƠQUAN); "
                  "thông báo nêu chỗ sai."),
         why=("The number is kept exactly as printed, but dakplan cannot read its type, year or "
              "issuer from it.",
              "Số được giữ nguyên như bản in, nhưng dakplan không đọc được loại, năm hay cơ "
              "quan ban hành."),
         fix=("Leave it when the issued text prints it so; otherwise correct it (often a stray "
              "space: \"118/TTr-STTTT\").",
              "Giữ nguyên nếu bản ban hành in như vậy; nếu không thì sửa (thường là một dấu "
              "cách thừa: \"118/TTr-STTTT\")."),
         messages={
             "check.bad_number": ("number not read: {problem}",
                 "không đọc được số ký hiệu: {problem}"),
         }),
    Rule("DK311", "number-disagrees", W,
         summary=("A document number that reads disagrees with the fields beside it: its type "
                  "with `type`, its year with `date`.",
                  "Số ký hiệu đọc được nhưng không khớp với các trường bên cạnh: loại với "
                  "`type`, năm với `date`."),
         why=("One of the two is mistyped.",
              "Một trong hai bị gõ nhầm."),
         fix=("Correct the number, the type or the date.",
              "Sửa số ký hiệu, loại hoặc ngày."),
         messages={
             "check.number_type": ("'{number}' is of type {found}, but 'type' says {type}",
                 "'{number}' thuộc loại {found}, nhưng 'type' ghi {type}"),
             "check.number_year": ("'{number}' is of the year {found}, but it is dated in {year}",
                 "'{number}' mang năm {found}, nhưng văn bản ban hành năm {year}"),
         }),
    Rule("DK312", "unusual-signature-chain", W,
         summary=("The signature's authority lines are unusual: TM. not first, or one prefix "
                  "twice.",
                  "Các dòng thẩm quyền ký bất thường: TM. không đứng đầu, hoặc một tiền tố lặp "
                  "lại."),
         why=("Legal but rare, and usually a typo.",
              "Hợp lệ nhưng hiếm, và thường là gõ nhầm."),
         fix=("Check the order of `signature.chain` against the issued text.",
              "Đối chiếu thứ tự `signature.chain` với bản ban hành."),
         messages={
             "check.chain_tm_not_first": ("'TM.' usually opens the signature chain",
                 "'TM.' thường đứng đầu các dòng thẩm quyền ký"),
             "check.chain_repeated": ("'{authority}' appears twice in the signature chain",
                 "'{authority}' xuất hiện hai lần trong các dòng thẩm quyền ký"),
         }),
    Rule("DK401", "bad-waiver", E,
         summary=("A waiver names an unknown code, a code that cannot be waived (reading, "
                  "schema and reference errors), or a target the plan does not have.",
                  "Mục bỏ qua nêu một mã không có, một mã không thể bỏ qua (lỗi đọc tệp, lược "
                  "đồ, tham chiếu), hoặc một đối tượng kế hoạch không có."),
         why=("A waiver that can never apply hides nothing but pretends to.",
              "Mục bỏ qua không bao giờ áp dụng được thì không che gì mà lại giả như có."),
         fix=("Fix the code or the `at:` target (document, basis:ID, duty:ID, ...), or remove "
              "the waiver.",
              "Sửa mã hoặc `at:` (document, basis:ID, duty:ID, ...), hoặc xóa mục bỏ qua."),
         messages={
             "check.waiver_unknown_code": ("no diagnostic has the code '{code}'",
                 "không có mã chẩn đoán '{code}'"),
             "check.waiver_structural": ("{code} cannot be waived: the plan cannot be read or "
                                         "assigned without fixing it",
                 "không thể bỏ qua {code}: phải sửa thì mới đọc được kế hoạch hoặc giao được "
                 "nhiệm vụ"),
             "check.waiver_no_target": ("the plan has no '{at}' to waive a finding about",
                 "kế hoạch không có '{at}' để bỏ qua phát hiện về nó"),
         }),
    Rule("DK402", "unused-waiver", W,
         summary=("A waiver accepts no finding.",
                  "Mục bỏ qua không ứng với phát hiện nào."),
         why=("The defect it accepted is gone (or the waiver names the wrong subject).",
              "Khiếm khuyết mà nó chấp nhận đã được sửa (hoặc nó nêu sai đối tượng)."),
         fix=("Remove the waiver, or correct its `at:` to the subject the finding names.",
              "Xóa mục bỏ qua, hoặc sửa `at:` cho đúng đối tượng mà phát hiện nêu."),
         messages={
             "check.waiver_unused": ("the waiver of {code} at '{at}' accepts no finding; remove it",
                 "mục bỏ qua {code} tại '{at}' không ứng với phát hiện nào; hãy xóa"),
         }),
    # --- DK5xx: results files ----------------------------------------------------------------
    Rule("DK501", "results-unknown-task", E,
         summary=("A results file reports on a task id the plan does not have.",
                  "Tệp kết quả báo cáo một mã nhiệm vụ kế hoạch không có."),
         why=("The result would be credited to no duty and lost from the report.",
              "Kết quả sẽ không thuộc nhiệm vụ nào và bị mất khỏi báo cáo."),
         fix=("Use the task's id as the plan gives it (`dakplan tasks --agency X -f json`).",
              "Dùng mã nhiệm vụ như kế hoạch ghi (`dakplan tasks --agency X -f json`)."),
         messages={
             "results.unknown_task": ("the plan has no task '{id}'",
                 "kế hoạch không có nhiệm vụ '{id}'"),
         }),
    Rule("DK502", "results-not-a-duty", E,
         summary=("A results file reports on a duty the agency does not have: it neither leads "
                  "nor coordinates it, directly or through a group.",
                  "Tệp kết quả báo cáo một nhiệm vụ không phải của cơ quan: không chủ trì, "
                  "không phối hợp, trực tiếp hay qua nhóm."),
         why=("An agency's results count for its own duties; another's would be counted twice "
              "or for the wrong agency.",
              "Kết quả của cơ quan tính cho nhiệm vụ của chính nó; tính cho cơ quan khác sẽ bị "
              "đếm hai lần hoặc sai cơ quan."),
         fix=("Move the entry to the file of the agency that holds the duty, or remove it.",
              "Chuyển mục này sang tệp của cơ quan có nhiệm vụ, hoặc xóa đi."),
         messages={
             "results.not_a_duty": ("task '{id}' is not a duty of {code} (it neither leads nor "
                                    "coordinates it, directly or through a group)",
                 "nhiệm vụ '{id}' không phải của {code} (không chủ trì, không phối hợp, trực "
                 "tiếp hay qua nhóm)"),
         }),
    Rule("DK503", "results-date-outside-period", E,
         summary=("A date in a results file falls outside the plan's period, or a completion "
                  "date after the day the report speaks for.",
                  "Một ngày trong tệp kết quả nằm ngoài thời kỳ của kế hoạch, hoặc ngày hoàn "
                  "thành sau ngày báo cáo."),
         why=("Results belong to the period they were achieved in, and a report cannot tell of "
              "what has not happened yet.",
              "Kết quả thuộc về thời kỳ đạt được, và báo cáo không thể kể điều chưa xảy ra."),
         fix=("Correct the date, or the report's `as_of`.",
              "Sửa ngày, hoặc `as_of` của báo cáo."),
         messages={
             "results.outside_period": ("{day} is outside the plan's period {period}",
                 "{day} nằm ngoài thời kỳ {period} của kế hoạch"),
             "results.after_as_of": ("completed on {day}, after the day the report speaks for "
                                     "({as_of})",
                 "hoàn thành ngày {day}, sau ngày báo cáo ({as_of})"),
         }),
    Rule("DK504", "results-unused-media", E,
         summary=("A results file counts products in a media format the plan does not use.",
                  "Tệp kết quả đếm sản phẩm ở loại hình báo chí kế hoạch không dùng."),
         why=("The report counts products per format of the plan; these would fall outside "
              "every column.",
              "Báo cáo đếm sản phẩm theo loại hình của kế hoạch; số này sẽ không thuộc cột nào."),
         fix=("Count them under a format of the plan's `media.formats`, or add the format to "
              "the plan.",
              "Đếm vào một loại hình trong `media.formats` của kế hoạch, hoặc thêm loại hình "
              "vào kế hoạch."),
         messages={
             "results.unused_media": ("products in '{format}', a media format the plan does not "
                                      "use",
                 "sản phẩm loại hình '{format}', loại hình kế hoạch không dùng"),
         }),
    Rule("DK505", "results-wrong-file", E,
         summary=("A results file names an agency that is not in the registry, or is kept under "
                  "a name or round folder other than its own.",
                  "Tệp kết quả ghi một cơ quan không có trong danh mục, hoặc nằm dưới tên hay "
                  "thư mục đợt không phải của nó."),
         why=("Each agency's round is one file, `results/PLAN/ROUND/AGENCY.yaml`: two files for "
              "the same round would disagree.",
              "Mỗi đợt của một cơ quan là một tệp, `results/PLAN/ROUND/AGENCY.yaml`: hai tệp "
              "cho cùng một đợt sẽ mâu thuẫn."),
         fix=("Fix `agency:` or `round:`, or move the file.",
              "Sửa `agency:` hoặc `round:`, hoặc chuyển tệp."),
         messages={
             "results.unknown_agency": ("agency '{code}' is not in the plan's registry",
                 "cơ quan '{code}' không có trong danh mục của kế hoạch"),
             "results.file_agency": ("the file reports for '{code}' but is named {file}; name "
                                     "it {code}.yaml",
                 "tệp báo cáo cho '{code}' nhưng tên là {file}; đặt tên {code}.yaml"),
             "results.file_round": ("round '{round}' is kept in folder '{folder}'; keep it in "
                                    "'{round}'",
                 "đợt '{round}' nằm trong thư mục '{folder}'; chuyển vào '{round}'"),
         }),
    Rule("DK506", "results-done-without-date", W,
         summary=("A duty is reported done without a completion date.",
                  "Nhiệm vụ báo cáo hoàn thành mà không có ngày hoàn thành."),
         why=("Whether it was done on time is judged from that date; without it the day of the "
              "report stands for it.",
              "Đúng hạn hay không được xét theo ngày đó; không có thì lấy ngày báo cáo."),
         fix=("Add `completed: YYYY-MM-DD`.",
              "Thêm `completed: YYYY-MM-DD`."),
         messages={
             "results.done_no_date": ("task '{id}' is reported done without a completion date; "
                                      "add `completed:`",
                 "nhiệm vụ '{id}' báo cáo hoàn thành mà không có ngày hoàn thành; thêm "
                 "`completed:`"),
         }),
]

CATALOGUE: dict[str, Rule] = {rule.code: rule for rule in _RULES}

MESSAGES: dict[str, Texts] = {key: texts for rule in _RULES
                              for key, texts in rule.messages.items()}
"""Every finding's message, by key, whichever rule says it."""


def checks_table() -> str:
    """The Markdown table of every check, as the README shows it."""
    rows = ["| code | name | severity | what it finds | how to fix it |",
            "|---|---|---|---|---|"]
    for rule in CATALOGUE.values():
        rows.append(f"| {rule.code} | {rule.name} | {rule.severity} | {rule.text('summary', 'en')} "
                    f"| {rule.text('fix', 'en')} |")
    return "\n".join(rows)
