"""The message catalogues. Keys are grouped by the module that uses them; a test checks that
both catalogues have the same keys and the same placeholders."""

from __future__ import annotations

EN: dict[str, str] = {
    # loader
    "load.syntax": "YAML syntax error: {problem}",
    "load.duplicate_key": "duplicate key '{key}' (first at line {first}); YAML would keep only "
    "the last value",
    "load.unsafe_tag": "tag '{tag}' is not allowed in a plan",
    "load.empty": "the file is empty or holds only comments; a plan is a mapping of sections",
    "load.not_mapping": "the top level is {kind}, not a mapping of sections",
    "load.multiple": "more than one YAML document in one file; keep one plan per file",
    "load.bad_date": "'{text}' is not a date that exists",
    "load.encoding": "the file is not UTF-8 (first bad byte on this line); re-save it as UTF-8",
    "load.encoding_utf16": "the file is UTF-16; re-save it as UTF-8",
    "load.missing": "no such file",
    "load.directory": "is a directory, not a plan file",
    "load.unreadable": "cannot read the file: {reason}",
    # schema
    "schema.missing": "missing required key '{key}'",
    "schema.unknown": "unknown key '{key}'{hint}",
    "schema.hint": " (did you mean '{near}'?)",
    "schema.type": "{where}expected {expected}, got {got}",
    "schema.value": "{where}{detail}",
    "schema.choice": "{where}'{got}' is not allowed; use one of: {choices}",
    "type.text": "text",
    "type.number": "a whole number",
    "type.date": "a date (2020-12-15, unquoted)",
    "type.list": "a list",
    "type.mapping": "a mapping",
    "type.boolean": "true or false",
    "type.empty": "nothing",
    "type.other": "a value of another kind",
    # checks
    "check.unknown_agency": "unknown agency or group '{code}'{hint}",
    "check.unknown_theme": "unknown theme '{id}'{hint}",
    "check.unused_media": "media format '{media}' is not among the plan's formats ({formats})",
    "check.duplicate_id": "{kind} '{id}' is defined twice (first at line {first})",
    "check.empty_group": "group '{code}' has no members and no member kinds",
    "check.group_cycle": "group '{code}' contains itself: {cycle}",
    "check.nobody": "the lead '{code}' resolves to no registered agency",
    "check.lead_coordinates": "'{code}' is both the lead and a coordinating agency",
    "check.ambiguous_name": "'{name}' names both {first} and {second}",
    "check.deadline_outside": "deadline {date} is outside the plan's period {period}",
    "check.basis_after": "'{ref}' is dated {date}, after the plan ({plan_date})",
    "check.period_reversed": "the period ends ({end}) before it starts ({start})",
    "check.not_covered": "agreement period {agreement} does not cover the plan's period {period}",
    "check.progress_outside": "progress dated {date} is outside the plan's period {period}",
    # cli
    "cli.no_plans": "no plan files found under {path}",
    "cli.valid": "{file}: valid",
    "cli.summary": "{files} file(s) checked: {errors} error(s), {warnings} warning(s)",
    "cli.bad_format": "unknown format '{value}'; use one of: {choices}",
    "cli.unknown_code": "unknown code '{code}'",
    "cli.invalid_plan": "{file} is not a valid plan ({errors} error(s)); "
    "see `dakplan validate {file}`",
}

VI: dict[str, str] = {
    # loader
    "load.syntax": "lỗi cú pháp YAML: {problem}",
    "load.duplicate_key": "khóa '{key}' bị lặp (lần đầu ở dòng {first}); YAML sẽ chỉ giữ giá "
    "trị cuối",
    "load.unsafe_tag": "không được dùng thẻ '{tag}' trong kế hoạch",
    "load.empty": "tệp rỗng hoặc chỉ có chú thích; kế hoạch phải là một ánh xạ các mục",
    "load.not_mapping": "cấp ngoài cùng là {kind}, không phải ánh xạ các mục",
    "load.multiple": "một tệp có nhiều hơn một tài liệu YAML; mỗi tệp chỉ giữ một kế hoạch",
    "load.bad_date": "'{text}' không phải là ngày có thật",
    "load.encoding": "tệp không phải UTF-8 (byte sai đầu tiên ở dòng này); hãy lưu lại dưới "
    "dạng UTF-8",
    "load.encoding_utf16": "tệp ở dạng UTF-16; hãy lưu lại dưới dạng UTF-8",
    "load.missing": "không có tệp này",
    "load.directory": "là thư mục, không phải tệp kế hoạch",
    "load.unreadable": "không đọc được tệp: {reason}",
    # schema
    "schema.missing": "thiếu khóa bắt buộc '{key}'",
    "schema.unknown": "khóa không hợp lệ '{key}'{hint}",
    "schema.hint": " (có phải là '{near}'?)",
    "schema.type": "{where}cần {expected}, nhưng nhận được {got}",
    "schema.value": "{where}{detail}",
    "schema.choice": "{where}không được dùng '{got}'; hãy dùng một trong: {choices}",
    "type.text": "văn bản",
    "type.number": "một số nguyên",
    "type.date": "một ngày (2020-12-15, không đặt trong ngoặc kép)",
    "type.list": "một danh sách",
    "type.mapping": "một ánh xạ",
    "type.boolean": "true hoặc false",
    "type.empty": "giá trị rỗng",
    "type.other": "một giá trị loại khác",
    # checks
    "check.unknown_agency": "không có cơ quan hoặc nhóm '{code}'{hint}",
    "check.unknown_theme": "không có nội dung truyền thông '{id}'{hint}",
    "check.unused_media": "loại hình '{media}' không nằm trong các loại hình của kế hoạch "
    "({formats})",
    "check.duplicate_id": "{kind} '{id}' được khai báo hai lần (lần đầu ở dòng {first})",
    "check.empty_group": "nhóm '{code}' không có thành viên và không có loại thành viên",
    "check.group_cycle": "nhóm '{code}' chứa chính nó: {cycle}",
    "check.nobody": "cơ quan chủ trì '{code}' không ứng với cơ quan nào đã đăng ký",
    "check.lead_coordinates": "'{code}' vừa chủ trì vừa phối hợp",
    "check.ambiguous_name": "'{name}' trùng tên giữa {first} và {second}",
    "check.deadline_outside": "thời hạn {date} nằm ngoài thời kỳ của kế hoạch {period}",
    "check.basis_after": "'{ref}' ban hành ngày {date}, sau ngày của kế hoạch ({plan_date})",
    "check.period_reversed": "thời kỳ kết thúc ({end}) trước khi bắt đầu ({start})",
    "check.not_covered": "thời kỳ thỏa thuận {agreement} không bao trùm thời kỳ của kế hoạch "
    "{period}",
    "check.progress_outside": "tiến độ ngày {date} nằm ngoài thời kỳ của kế hoạch {period}",
    # cli
    "cli.no_plans": "không tìm thấy tệp kế hoạch nào trong {path}",
    "cli.valid": "{file}: hợp lệ",
    "cli.summary": "đã kiểm tra {files} tệp: {errors} lỗi, {warnings} cảnh báo",
    "cli.bad_format": "định dạng '{value}' không hợp lệ; hãy dùng một trong: {choices}",
    "cli.unknown_code": "không có mã '{code}'",
    "cli.invalid_plan": "{file} không phải kế hoạch hợp lệ ({errors} lỗi); "
    "xem `dakplan validate {file}`",
}
