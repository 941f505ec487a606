"""The Vietnamese catalogue: the same keys and placeholders as ``en.EN``."""

from __future__ import annotations

VI: dict[str, str] = {
    # files, outside findings (a finding's messages are in diagnostics/codes.py)
    "load.not_regular": "không phải tệp thông thường (là ống dẫn, thiết bị hoặc socket)",
    "load.missing": "không có tệp này",
    # fragments several findings share
    "schema.hint": " (có phải là '{near}'?)",
    "type.text": "văn bản",
    "type.number": "một số nguyên",
    "type.date": "một ngày (2020-12-15, không đặt trong ngoặc kép)",
    "type.list": "một danh sách",
    "type.mapping": "một ánh xạ",
    "type.boolean": "true hoặc false",
    "type.empty": "giá trị rỗng",
    "type.other": "một giá trị loại khác",
    # cli
    "cli.no_plans": "không tìm thấy tệp kế hoạch nào trong {path}",
    "cli.valid": "{file}: hợp lệ",
    "cli.summary": "đã kiểm tra {files} tệp: {errors} lỗi, {warnings} cảnh báo",
    "cli.bad_format": "định dạng '{value}' không hợp lệ; hãy dùng một trong: {choices}",
    "cli.unknown_code": "không có mã '{code}'",
    "cli.invalid_plan": "{file} không phải kế hoạch hợp lệ ({errors} lỗi); "
    "xem `dakplan validate {file}`",
    # query/succession.py
    "succession.current": "{agency} còn tồn tại vào ngày {day} và tự đảm nhận nhiệm vụ của mình.",
    "succession.not_yet": "{agency} chưa tồn tại vào ngày {day}: bắt đầu từ ngày {start}.",
    "succession.no_successor": "{agency} đã kết thúc ngày {ended} và danh mục không ghi cơ quan "
    "kế thừa: không ai đảm nhận nhiệm vụ của cơ quan này.",
    "succession.carried": "{agency} đã kết thúc ngày {ended}; vào ngày {day}, nhiệm vụ của cơ "
    "quan này do {carriers} đảm nhận.",
    "succession.via": "(qua {via})",
    "succession.choose_lead": "'{code}' được nhiều cơ quan kế thừa ({carriers}); hãy chọn cơ "
    "quan chủ trì",
    # explain (cli/validate.py)
    "explain.rule": "{code} {name} ({severity})\n\nPhát hiện gì: {summary}\nVì sao quan "
    "trọng: {why}\nCách sửa: {fix}",
    "severity.error": "lỗi",
    "severity.warning": "cảnh báo",
    # calendar (calendar.py, cli/calendar.py)
    "calendar.written": "{file}: đã ghi {events} sự kiện ({recurring} sự kiện lặp lại, "
    "{undated} lời nhắc một lần cho nhiệm vụ định kỳ không nêu tần suất)",
    "calendar.standing": "{count} nhiệm vụ thường xuyên trong cả thời kỳ không được đưa vào "
    "lịch; `dakplan tasks` liệt kê các nhiệm vụ này",
    "calendar.same_identity": "{first} và {second} là cùng một kế hoạch (cơ quan ban hành, ký "
    "hiệu, thời kỳ) và cùng có nhiệm vụ '{id}'; hãy đặt mã nhiệm vụ riêng cho một trong hai",
    "cli.cannot_write": "không ghi được {file}: {reason}",
    "cli.cannot_write_stdout": "không ghi được ra màn hình (đầu ra chuẩn): {reason}",
    # writing files (io/write.py)
    "write.is_input": "không ghi {file}: lệnh này đang đọc tệp đó (kế hoạch hoặc mẫu)",
    "write.leads_to_input": "không ghi {file}: đường dẫn này trỏ tới {input}, tệp mà lệnh này "
    "đang đọc",
    "write.is_plan": "không ghi đè {file}: đó là tệp kế hoạch (.yaml, .yml); chỉ `dakplan new` "
    "ghi kế hoạch, và không bao giờ ghi đè tệp đã có",
    "write.is_folder": "không ghi {file}: đó là thư mục; hãy cho một tên tệp",
    "write.not_a_file": "không ghi {file}: đó là {kind}, không phải tệp thông thường",
    "write.kind.fifo": "đường ống có tên (FIFO)",
    "write.kind.char": "thiết bị ký tự",
    "write.kind.block": "thiết bị khối",
    "write.kind.socket": "socket",
    "write.kind.other": "tệp đặc biệt",
    "write.no_folder": "không ghi được {file}: không có thư mục {folder}",
    "write.not_a_folder": "không ghi được {file}: {folder} không phải thư mục",
    "write.exists": "{file} đã có",
    # remind (remind.py, outputs/remind.py, cli/remind.py)
    "remind.title": "Nhắc việc ngày {day}: đến hạn trong {days} ngày tới hoặc đã quá hạn",
    "remind.nothing": "Không có nhiệm vụ nào đến hạn trong khoảng này và không có nhiệm vụ quá "
    "hạn.",
    "remind.overdue": "Quá hạn",
    "remind.due_soon": "Sắp đến hạn",
    "remind.overdue_by": "quá hạn {days} ngày",
    "remind.due_in": "còn {days} ngày",
    "remind.recurring_starts": "định kỳ, bắt đầu đợt mới",
    "remind.role.lead": "chủ trì",
    "remind.role.coordinate": "phối hợp",
    "remind.via": "với tư cách thành viên của {group}",
    "remind.carried_from": "kế thừa từ {code} ({name})",
    "remind.reference": "Kế hoạch {number}: {subject} ({file}, nhiệm vụ {id})",
    # help texts (cli/*.py): looked up when help is shown
    "help.app": "Giữ Kế hoạch của tỉnh dưới dạng mã: kiểm tra, tra cứu ai làm gì và khi nào, "
    "xuất văn bản.",
    "help.version": "Hiện phiên bản.",
    "help.lang": "Ngôn ngữ thông báo: vi hoặc en (mặc định: DAKPLAN_LANG, sau đó theo locale).",
    "help.help_option": "Hiện hướng dẫn này rồi thoát.",
    "help.usage": "Cách dùng:",
    "help.options": "Tùy chọn:",
    "help.arguments": "Tham số:",
    "help.commands": "Lệnh:",
    "help.required": "[bắt buộc]",
    "help.default": "[mặc định:",
    "help.plans": "Tệp hoặc thư mục kế hoạch (mặc định: mọi kế hoạch trong ./plans).",
    "help.validate": "Kiểm tra tệp kế hoạch theo lược đồ và các quy tắc của kế hoạch.\n\nMã "
    "thoát: 0 hợp lệ, 1 có lỗi, 2 dùng lệnh sai.\n\nVí dụ: dakplan validate plans/2020.yaml "
    "--format json",
    "help.validate.paths": "Tệp hoặc thư mục kế hoạch (mặc định: mọi kế hoạch trong ./plans).",
    "help.validate.format": "text, json hoặc github (mặc định: github khi có GITHUB_ACTIONS, "
    "ngoài ra là text).",
    "help.validate.strict": "Cảnh báo cũng bị coi là lỗi.",
    "help.validate.quiet": "Chỉ in các vấn đề: không in dòng \"hợp lệ\", không in dòng tổng kết.",
    "help.explain": "Giải thích một mã chẩn đoán: phát hiện gì, vì sao quan trọng, cách sửa. "
    "Không có mã thì liệt kê mọi quy tắc kiểm tra.\n\nVí dụ: dakplan explain DK302",
    "help.explain.code": "Một mã chẩn đoán, ví dụ DK302.",
    "help.calendar": "Ghi mọi thời hạn và nhiệm vụ định kỳ ra tệp iCalendar (.ics) cho "
    "Outlook, Google Calendar hoặc Thunderbird. Không đưa nhiệm vụ thường xuyên vào lịch.\n\n"
    "Mã thoát: 0 đã ghi, 1 kế hoạch không hợp lệ, 2 dùng lệnh sai.\n\nVí dụ: dakplan calendar "
    "plans/2020.yaml --agency STTTT -o stttt.ics",
    "help.calendar.output": "Tệp .ics cần ghi.",
    "help.calendar.agency": "Chỉ các nhiệm vụ của cơ quan hoặc nhóm này (mã hoặc tên), chủ trì "
    "hoặc phối hợp, trực tiếp hoặc qua một nhóm.",
    "help.calendar.alarm_days": "Số ngày báo trước mỗi sự kiện có ngày (0 đến 366).",
    "help.remind": "Cho biết nhiệm vụ nào đến hạn trong DAYS ngày kể từ một ngày, hoặc đã quá "
    "hạn (chưa báo cáo hoàn thành hay hủy), mỗi cơ quan một mục, dưới dạng văn bản gửi "
    "ngay được.\n\nMã thoát: 0 xong, 1 kế hoạch không hợp lệ, 2 dùng lệnh sai.\n\nVí dụ: "
    "dakplan remind plans/2020.yaml --as-of 2020-12-01 --within 14",
    "help.remind.as_of": "Ngày bắt đầu tính: 2020-12-01 hoặc 01/12/2020.",
    "help.remind.within": "Bao nhiêu ngày tới được coi là sắp đến hạn (0 đến 3660).",
    "help.remind.format": "markdown hoặc text (mặc định: markdown).",
    # model/json_schema.py, cli/schema.py
    "schema.written": "đã ghi lược đồ vào {path}",
    # io/git.py
    "git.missing": "chưa cài git hoặc git không có trong PATH",
    "git.not_repo": "{path} không nằm trong kho git",
    "git.bad_revision": "git không biết phiên bản '{rev}'",
    "git.outside": "{path} nằm ngoài kho {root}",
    "git.no_merge_base": "'{a}' và '{b}' không có commit chung nào (không có điểm rẽ nhánh); "
    "nếu kho chỉ được sao một phần lịch sử, hãy lấy đủ lịch sử trước (git fetch --unshallow; "
    "trong GitHub Actions: actions/checkout với fetch-depth: 0)",
    # changes.py, diff.py, outputs/diff.py, cli/diff.py
    "diff.usage": "hãy cho hai tệp kế hoạch (dakplan diff CŨ MỚI) hoặc một phiên bản "
    "(dakplan diff --git REV [ĐƯỜNG_DẪN ...])",
    "diff.header": "so sánh {old} với {new}",
    "diff.md_title": "Thay đổi của kế hoạch: {old} → {new}",
    "diff.working_tree": "bản đang sửa",
    "diff.merge_base": "{rev} (điểm rẽ nhánh {commit})",
    "diff.summary": "đã so sánh {files} tệp: {changes} thay đổi",
    "diff.no_files": "không có tệp kế hoạch nào",
    "diff.file.added": "tệp kế hoạch mới",
    "diff.file.removed": "tệp kế hoạch bị xóa",
    "diff.file.unchanged": "không thay đổi",
    "diff.file.changes": "{count} thay đổi",
    "diff.what.document": "văn bản, mục {key}",
    "diff.what.recipient": "nơi nhận \"{key}\"",
    "diff.what.basis": "căn cứ {key}",
    "diff.what.agency": "cơ quan {key}",
    "diff.what.group": "nhóm {key}",
    "diff.what.purpose": "mục đích thứ {key}",
    "diff.what.requirement": "yêu cầu thứ {key}",
    "diff.what.theme": "nội dung truyền thông {key}",
    "diff.what.media": "hình thức truyền thông, mục {key}",
    "diff.what.heading": "tiêu đề mục {key}",
    "diff.what.part": "phần \"{key}\"",
    "diff.what.task": "nhiệm vụ {key}",
    "diff.what.clause": "khoản kinh phí {key}",
    "diff.added": "thêm mới",
    "diff.removed": "bị xóa",
    "diff.task_added": "thêm mới (chủ trì {lead}, {timing})",
    "diff.renamed": "đổi tên thành \"{new}\"",
    "diff.reassigned": "chuyển chủ trì từ {old} sang {new}",
    "diff.reworded": "sửa câu chữ: {detail}",
    "diff.deadline_moved": "dời thời hạn từ {old} sang {new} ({days} ngày)",
    "diff.timing": "đổi thời gian thực hiện từ {old} sang {new}",
    "diff.coordinate": "cơ quan phối hợp: {detail}",
    "diff.themes": "nội dung truyền thông: {detail}",
    "diff.media": "loại hình báo chí: {detail}",
    "diff.status": "trạng thái: {old} → {new}",
    "diff.progress": "tiến độ: thêm {added} bản ghi, bỏ {removed} bản ghi",
    "diff.moved": "chuyển từ {old} sang {new}",
    "diff.none": "(trống)",
    "diff.set.added": "thêm {items}",
    "diff.set.removed": "bỏ {items}",
    "diff.timing.deadline": "trước ngày {date}",
    "diff.timing.throughout": "thường xuyên trong thời kỳ",
    "diff.timing.recurring": "định kỳ",
    "diff.timing.recurring_every": "định kỳ ({frequency})",
    "diff.section.funding": "mục Kinh phí",
    "diff.section.reporting": "đoạn báo cáo",
    # new.py, cli/new.py
    "new.same_year": "kế hoạch đã thuộc năm {year}; hãy chọn năm khác",
    "new.bad_year": "{year} không phải là năm hợp lệ cho một kế hoạch (từ {first} đến {last})",
    "new.exists": "{path} đã có; dakplan new không bao giờ ghi đè tệp (dùng -o để chọn đường "
    "dẫn khác)",
    "new.invalid_draft": "bản dự thảo không phải kế hoạch hợp lệ: {errors}",
    "new.written": "đã ghi {path} từ {source} (dời các mốc thời gian {years} năm; đã xóa số, "
    "ngày ban hành, trạng thái và tiến độ)",
    "new.rewritten_header": "thời hạn đã được sửa trong câu chữ nhiệm vụ:",
    "new.review_header": "{count} chỗ vẫn nhắc đến thời kỳ cũ; cần rà soát:",
    "new.citation": "trích dẫn, giữ nguyên như đã ban hành",
    # new.py, cli/new.py: duties of ended agencies
    "new.mapped_header": "nhiệm vụ của các cơ quan không còn tồn tại vào ngày {day}, đã giao "
    "cho cơ quan kế thừa:",
    "new.undecided_header": "{count} nhiệm vụ của cơ quan không còn tồn tại được giữ nguyên; "
    "hãy chọn cơ quan đảm nhận:",
    "new.role.lead": "chủ trì",
    "new.role.coordinate": "phối hợp",
    "new.role.member": "thành viên",
    # help texts of schema, diff and new (cli/schema.py, cli/diff.py, cli/new.py)
    "help.schema": "In lược đồ JSON Schema (draft 2020-12) của định dạng kế hoạch, sinh từ mô "
    "hình; trình soạn thảo có YAML language server dùng nó để gợi ý và kiểm tra ngay khi gõ."
    "\n\nMã thoát: 0 xong, 2 không ghi được tệp.\n\nVí dụ: dakplan schema -o "
    "schema/plan.schema.json",
    "help.schema.output": "Ghi lược đồ vào tệp này thay vì in ra màn hình.",
    "help.diff": "Cho biết hai kế hoạch khác nhau thế nào, theo ngôn ngữ của kế hoạch: nhiệm vụ "
    "thêm, bỏ, chuyển chủ trì hay sửa câu chữ, thời hạn bị dời, thông tin văn bản, căn cứ, nơi "
    "nhận và các phần khác.\n\nMã thoát: 0 dù có thay đổi hay không, 1 một bên không phải kế "
    "hoạch hợp lệ, 2 dùng lệnh sai (thiếu tệp, phiên bản sai, không có điểm rẽ nhánh, không "
    "ở trong kho git).\n\nVí dụ: "
    "dakplan diff --git main --format markdown (hoặc: dakplan diff plans/2020.yaml "
    "plans/2021.yaml)",
    "help.diff.paths": "CŨ MỚI: hai tệp kế hoạch; với --git: tệp hoặc thư mục kế hoạch (mặc "
    "định: plans).",
    "help.diff.git": "So sánh bản đang sửa với chỗ HEAD rẽ nhánh khỏi phiên bản này (điểm rẽ "
    "nhánh của REV và HEAD), như pull request so sánh: main, origin/main, HEAD~1, một thẻ. "
    "A..B so sánh A với B, A...B so sánh điểm rẽ nhánh của A và B với B (cả hai đọc từ git).",
    "help.diff.format": "text, markdown hoặc json (mặc định: text).",
    "help.new": "Lập dự thảo kế hoạch năm khác từ kế hoạch này: chép các nhiệm vụ (nhiệm vụ "
    "của cơ quan không còn tồn tại giao cho cơ quan kế thừa), dời thời kỳ "
    "và thời hạn, xóa số, ngày ban hành, trạng thái và tiến độ; liệt kê mọi chỗ còn nhắc đến "
    "năm cũ.\n\nMã thoát: 0 đã ghi, 1 kế hoạch nguồn không hợp lệ, 2 dùng lệnh sai (tệp đích "
    "đã có, thiếu tệp).\n\nVí dụ: dakplan new 2021 --from plans/2020.yaml",
    "help.new.year": "Năm của kế hoạch mới, ví dụ 2021.",
    "help.new.source": "Kế hoạch dùng làm gốc.",
    "help.new.output": "Nơi ghi (mặc định: plans/NĂM.yaml); không bao giờ ghi đè tệp đã có.",
    "help.new.format": "text hoặc json (mặc định: text).",
    # query/, tasks.py, agencies.py (dakplan tasks, dakplan agencies: names, filters)
    "query.unknown_agency": "không có cơ quan hoặc nhóm '{name}'; {hint}",
    "query.did_you_mean": "có phải là: {names}?",
    "query.see_agencies": "lệnh `dakplan agencies` liệt kê các tên đã đăng ký",
    "query.ambiguous_agency": "'{name}' trùng tên nhiều cơ quan hoặc nhóm: {found}; hãy dùng mã",
    "query.bad_date": "{option}: '{value}' không phải là ngày; hãy viết 2020-12-15 hoặc 15/12/2020",
    "query.no_such_date": "{option}: '{value}' không phải là ngày có thật",
    "query.bad_days": "{option}: {value} không phải là số ngày từ 0 đến {max}",
    "query.date_range": "{option}: '{value}' nằm ngoài các năm mà một kế hoạch có thể bao trùm (từ "
    "{first} đến {last})",
    "query.bad_choice": "{option}: giá trị '{value}' không hợp lệ; hãy dùng một trong: {choices}",
    "query.role_needs_agency": "--role cần đi kèm --agency hoặc --group-by agency",
    "clock.bad_zone": "{variable}: '{name}' không phải là múi giờ; hãy dùng tên như "
    "Asia/Ho_Chi_Minh hoặc UTC",
    "status.not_reported": "chưa báo cáo",
    "status.not_started": "chưa bắt đầu",
    "status.in_progress": "đang thực hiện",
    "status.done": "hoàn thành",
    "status.cancelled": "đã hủy",
    "status.overdue": "{status}, quá hạn",
    # outputs/tasks.py, outputs/agencies.py (tables of dakplan tasks and dakplan agencies)
    "col.plan": "Kế hoạch",
    "col.agency": "Cơ quan",
    "col.due": "Thời hạn",
    "col.role": "Vai trò",
    "col.status": "Tình trạng",
    "col.section": "Mục",
    "col.id": "Mã",
    "col.task": "Nhiệm vụ",
    "col.lead": "Chủ trì",
    "col.coordinate": "Phối hợp",
    "col.code": "Mã",
    "col.name": "Tên",
    "col.names": "Tên viết tắt, tên khác",
    "col.kind": "Loại",
    "col.groups": "Nhóm",
    "col.members": "Thành viên",
    "col.agencies": "Cơ quan",
    "col.via_group": "Qua nhóm",
    "col.total": "Tổng",
    "timing.throughout": "thường xuyên",
    "timing.recurring": "định kỳ",
    "timing.recurring_every": "định kỳ, {frequency}",
    "frequency.weekly": "hằng tuần",
    "frequency.monthly": "hằng tháng",
    "frequency.quarterly": "hằng quý",
    "frequency.half_yearly": "6 tháng một lần",
    "frequency.yearly": "hằng năm",
    "role.lead": "chủ trì",
    "role.coordinate": "phối hợp",
    "role.via": "{role} qua {group}",
    # tasks.py, outputs/tasks.py: duties carried on for an ended agency
    "role.carried": "{role}, kế thừa từ {code}",
    "tasks.title": "{count} nhiệm vụ, tính đến ngày {date}",
    "tasks.title_agency": "{name} ({code}): {count} nhiệm vụ, tính đến ngày {date}",
    "tasks.none": "Không có nhiệm vụ nào phù hợp.",
    "agencies.agencies": "{file}: {count} cơ quan",
    "agencies.groups": "{file}: {count} nhóm",
    "agencies.every_kind": "mọi {kind}",
    "kind.central_press": "cơ quan báo chí Trung ương",
    "kind.central_government": "cơ quan Trung ương",
    "kind.party": "cơ quan Đảng",
    "kind.people_council": "Hội đồng nhân dân",
    "kind.people_committee": "Ủy ban nhân dân",
    "kind.department": "sở, ban, ngành",
    "kind.district": "huyện, thị xã, thành phố",
    "kind.commune": "xã, phường, thị trấn",
    "kind.local_press": "báo chí địa phương",
    "kind.other": "khác",
    # help texts of dakplan tasks and dakplan agencies (cli/tasks.py)
    "help.tasks": "Liệt kê nhiệm vụ: ai chủ trì, ai phối hợp, thời hạn và tình trạng. Sắp "
    "theo thời hạn (nhiệm vụ có hạn trước, rồi định kỳ, rồi thường xuyên), sau đó theo thứ tự "
    "chữ cái tiếng Việt.\n\nMã thoát: 0 đã liệt kê (kể cả khi không có nhiệm vụ nào phù hợp), "
    "1 kế hoạch không hợp lệ, 2 dùng lệnh sai.\n\nVí dụ: dakplan tasks --agency \"Sở TT&TT\" "
    "--due-before 15/12/2020 plans/2020.yaml",
    "help.tasks.agency": "Chỉ các nhiệm vụ của cơ quan này (mã, tên, tên viết tắt hoặc tên "
    "khác), kể cả nhiệm vụ của mọi nhóm mà cơ quan thuộc về.",
    "help.tasks.due_before": "Thời hạn vào hoặc trước ngày DATE (2020-12-15 hoặc 15/12/2020).",
    "help.tasks.due_after": "Thời hạn vào hoặc sau ngày DATE.",
    "help.tasks.overdue": "Đã quá hạn tính đến --as-of, chưa hoàn thành và chưa bị hủy.",
    "help.tasks.due_within": "Nhiệm vụ chưa xong đến hạn từ --as-of đến DAYS ngày sau đó (0 "
    "đến 3660).",
    "help.tasks.as_of": "Ngày để tính quá hạn và --due-within (mặc định: hôm nay theo giờ Việt "
    "Nam, hoặc theo múi giờ DAKPLAN_TIMEZONE).",
    "help.tasks.status": "not_reported, not_started, in_progress, done hoặc cancelled (lặp lại "
    "tùy chọn hoặc ngăn cách bằng dấu phẩy).",
    "help.tasks.theme": "Nhiệm vụ phục vụ nội dung truyền thông có mã này.",
    "help.tasks.media": "Nhiệm vụ làm sản phẩm cho loại hình này: mã hoặc tên (bao-hinh, "
    "\"báo hình\").",
    "help.tasks.role": "lead (chủ trì) hoặc coordinate (phối hợp), đi kèm --agency hoặc "
    "--group-by agency.",
    "help.tasks.group_by": "agency: mỗi cơ quan một danh sách.",
    "help.tasks.format": "table, json, csv hoặc markdown (mặc định: table).",
    "help.agencies": "Liệt kê các cơ quan và nhóm của từng kế hoạch, thành viên của mỗi nhóm, "
    "và số nhiệm vụ của mỗi cơ quan (chủ trì, phối hợp, qua nhóm).\n\nMã thoát: 0 đã liệt kê, "
    "1 kế hoạch không hợp lệ, 2 dùng lệnh sai.\n\nVí dụ: dakplan agencies plans/2020.yaml "
    "--format markdown",
    "help.render": "Kết xuất một văn bản của kế hoạch từ mẫu: plan, report hoặc agency, dạng "
    "Markdown, HTML hoặc Word.\n\nMã thoát: 0 đã ghi, 1 kế hoạch không hợp lệ, 2 lỗi sử dụng "
    "hoặc lỗi mẫu (không ghi gì).\n\nVí dụ: dakplan render plan -o kehoach.docx; dakplan "
    "render report --as-of 2020-12-31 --to html -o baocao.html; dakplan render agency --agency "
    "VOV; dakplan render --list",
    "help.render.template": "Tên mẫu: plan, report, agency hoặc một mẫu của kho.",
    "help.render.plan": "Tệp kế hoạch (mặc định: kế hoạch duy nhất trong ./plans).",
    "help.render.output": "Ghi vào tệp này (trọn vẹn một lần) thay vì ra màn hình.",
    "help.render.format": "md, html hoặc docx (mặc định: theo đuôi tệp -o, nếu không thì md).",
    "help.render.as_of": "Xét tình trạng và thời hạn vào ngày này (mặc định: ngày cuối của thời "
    "kỳ kế hoạch).",
    "help.render.agency": "Mã hoặc tên cơ quan, cho phiếu nhiệm vụ (mẫu agency).",
    "help.render.list": "Liệt kê các mẫu và nơi lấy từng mẫu.",
    "help.render.time_limit": "Dừng mẫu chạy lâu hơn số giây này (mặc định: 10).",
    "help.render.max_size": "Dừng mẫu viết ra nhiều hơn số MB văn bản này, tính bằng triệu ký "
    "tự (mặc định: 20).",
    # render (dakplan.render, cli/render.py)
    "render.template_error": "{where}: lỗi trong mẫu: {problem}",
    "render.include_missing": "không tìm thấy mẫu '{name}' (đã tìm trong thư mục templates/ "
    "của kho kế hoạch và trong các mẫu mặc định)",
    "render.unknown_template": "không có mẫu '{name}'; các mẫu hiện có: {names}",
    "render.needs_agency": "mẫu này cần một cơ quan: thêm --agency MÃ",
    "render.time_limit": "đã dừng sau {seconds} giây, giới hạn thời gian của lần kết xuất "
    "(nâng bằng --time-limit SỐ_GIÂY)",
    "render.size_limit": "hơn {mb} MB văn bản, giới hạn kích thước của lần kết xuất (nâng bằng "
    "--max-size SỐ_MB)",
    "render.too_many_items": "một danh sách hơn {count} phần tử",
    "render.number_too_large": "một số có hơn {digits} chữ số",
    "render.format_width": "độ rộng hoặc độ chính xác trong định dạng '%' là '*' hoặc vượt "
    "{mb} MB",
    "render.recursion": "mẫu tự gọi hoặc tự chèn chính nó không dừng (đệ quy quá sâu)",
    "render.too_deep": "lồng nhau quá {depth} cấp",
    "render.memory": "hết bộ nhớ",
    "render.not_callable": "mẫu không được gọi {name}",
    "render.no_field": "{kind} không có trường '{name}' (các trường: {fields})",
    "render.bad_limit": "{option} phải lớn hơn 0 và không quá {most}, không phải {value}",
    "render.docx_needs_output": "tệp Word là tệp nhị phân: hãy chỉ tệp đích bằng -o (ví dụ "
    "-o kehoach.docx)",
    "render.several_plans": "có nhiều kế hoạch trong {path}: hãy chọn một bằng --plan",
    "render.list_heading": "Các mẫu (kho: {folder})",
    "render.list_default": "mặc định",
    "render.list_override": "thay mẫu mặc định",
    "render.list_local": "của kho",
    # version 2: document numbers, timings, and the import command
    "check.timing_no_dates": "thời hạn không có ngày nào",
    "number.space_after": "có dấu cách sau '{mark}' trong '{number}'",
    "number.space_before": "có dấu cách trước '{mark}' trong '{number}'",
    "number.space_inside": "có dấu cách trong '{number}'",
    "number.no_slash": "không có '/' trong '{number}'",
    "number.no_number": "không có số trước '/' trong '{number}'",
    "number.empty_part": "có phần rỗng trong '{number}'",
    "number.lower_issuer": "cơ quan ban hành viết chữ thường trong '{number}'",
    "number.other": "'{number}' không theo dạng SỐ/LOẠI-CƠQUAN hoặc SỐ-LOẠI/CƠQUAN",
    "number.symbol_no_dash": "không có '-' giữa loại văn bản và cơ quan trong '{number}'",
    "number.symbol_other": "'{number}' không theo dạng LOẠI-CƠQUAN[-ĐƠNVỊ]",
    "import.exists": "{path} đã có; dakplan import không bao giờ ghi đè tệp (dùng -o để chọn "
                     "đường dẫn khác)",
    "import.written": "đã ghi {path} từ {document}: {duties} nhiệm vụ, {agencies} cơ quan và nhóm",
    "import.findings": "kế hoạch nhập vào có {errors} lỗi và {warnings} cảnh báo; xem ở trên",
    "help.import": "Nhập kế hoạch từ văn bản tỉnh đã có: tệp Word (.docx) hoặc văn bản chép từ "
                   "PDF (.txt, .md). Ghi kế hoạch phiên bản 2 giữ mọi câu đúng chỗ, liệt kê "
                   "những gì phải đoán hoặc chưa xếp được chỗ, và kiểm tra kết quả.\n\nMã "
                   "thoát: 0 đã nhập, 1 đã nhập nhưng kế hoạch có lỗi cần sửa, 2 không đọc "
    "được văn bản hoặc tệp đích đã có.\n\nVí dụ: dakplan import ke-hoach.docx -o "
    "plans/2020.yaml",
    "help.import.document": "Văn bản: .docx, .txt hoặc .md.",
    "help.import.output": "Nơi ghi kế hoạch (không bao giờ thay tệp đã có); không có thì in ra "
                          "màn hình.",
}
