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
    "cli.summary_waived": ", {waived} đã chấp nhận",
    "cli.waived": "(đã chấp nhận: {reason})",
    "cli.bad_format": "định dạng '{value}' không hợp lệ; hãy dùng một trong: {choices}",
    "cli.bad_jobs": "--jobs {value}: hãy cho số tiến trình từ 1 đến {most}",
    "cli.worker_failed": "{file}: một tiến trình con gặp lỗi khi kiểm tra tệp này ({kind}: "
    "{text}); chạy lại với --jobs 1 để xem lỗi ở đâu",
    "cli.worker_ended": "một tiến trình con dừng bất thường ({text}) trước khi kiểm tra {file}; "
    "hãy chạy lại với --jobs 1",
    "cli.unknown_code": "không có mã hay tên '{code}'",
    "cli.invalid_plan": "{file} không phải kế hoạch hợp lệ ({errors} lỗi); "
    "xem `dakplan validate {file}`",
    "cli.not_waived": "{file}: {count} phát hiện chưa được chấp nhận; "
    "xem `dakplan validate {file}`",
    "cli.bad_lang": "{origin}: không có ngôn ngữ '{value}'; hãy dùng một trong: en, vi",
    "cli.stdin_twice": "đầu vào chuẩn (-) chỉ đọc được một lần",
    "cli.bad_suffix": "{option} {file}: không rõ đuôi tệp '{suffix}'; hãy dùng một trong: "
    "{suffixes}",
    "cli.wrong_suffix": "{option} {file}: tệp '{suffix}' không chứa được đầu ra {format}; hãy "
    "dùng một trong: {suffixes}",
    "cli.plan_deprecated": "--plan không còn dùng và sẽ bị bỏ: hãy ghi kế hoạch sau tên mẫu "
    "(dakplan render {template} KẾ_HOẠCH)",
    "cli.plan_twice": "chỉ ghi kế hoạch một lần: sau tên mẫu hoặc bằng --plan, không cả hai",
    "cli.not_ignorable": "{where}: không thể bỏ qua {code}: tệp không đọc được thì không kiểm "
    "tra được gì",
    "cli.unknown_ignore": "{where}: không có mã hay tên '{value}' (xem dakplan explain)",
    "config.unreadable": "không đọc được {file}: {reason}",
    "config.not_utf8": "{file} không phải văn bản UTF-8",
    "config.syntax": "{where}: không đúng cú pháp TOML: {message}",
    "config.unknown_key": "{where}: không có thiết lập '{key}'; các thiết lập là: {known}",
    "config.type": "{where}: '{key}' phải là {kind}, không phải {value}",
    "config.kind.str": "một chuỗi trong dấu nháy",
    "config.kind.bool": "true hoặc false",
    "config.kind.list": "một danh sách chuỗi trong dấu nháy",
    "config.bad_lang": "{where}: không có ngôn ngữ '{value}'; hãy dùng một trong: en, vi",
    "config.bad_zone": "{where}: '{value}' không phải là múi giờ; hãy dùng tên như "
    "Asia/Ho_Chi_Minh hoặc UTC",
    # shared.py, cli/registry.py: the registry of agencies the plans share
    "registry.kind.agency": "cơ quan",
    "registry.kind.group": "nhóm",
    "registry.configured_missing": "{where}: không có danh mục {file}",
    "cli.invalid_registry": "{file} không phải danh mục cơ quan hợp lệ ({errors} lỗi); "
    "xem `dakplan validate {file}`",
    "registry.invalid_entries": "{count} mục trong danh mục của các kế hoạch không đọc được "
    "(ở trên); chưa ghi gì",
    "registry.exists": "{file} đã có; registry extract chỉ ghi tệp mới",
    "registry.not_governing": "{plan} sẽ không đọc {target} (xem `registry` trong dakplan.toml, "
    "hoặc đặt agencies.yaml cạnh plans/); chưa ghi gì",
    "registry.drop_needs_output": "--drop-from-plans cần -o TỆP: danh mục mà các kế hoạch sẽ "
    "đọc",
    "registry.written": "đã ghi {file}: {agencies} cơ quan, {groups} nhóm, từ {plans} kế hoạch",
    "registry.built": "danh mục lập từ {plans} kế hoạch: {agencies} cơ quan, {groups} nhóm",
    "registry.disagree_header": "{count} trường khác nhau giữa các kế hoạch; danh mục lấy giá "
    "trị của kế hoạch sau:",
    "registry.disagree": "{kind} {code}, trường {field}: {plan}:{line} {value} ≠ "
    "{kept_plan}:{kept_line} {kept_value}",
    "registry.dropped": "{file}: đã bỏ {count} bản chép của danh mục",
    "registry.kept": "{file}: giữ {count} bản chép vì khác với danh mục (dakplan validate: "
    "DK213): {codes}",
    "registry.copies": "{file}: {count} bản chép của danh mục (--drop-from-plans bỏ những bản "
    "giống danh mục)",
    "registry.lost_header": "{count} chú thích đã bỏ cùng các bản chép:",
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
    "spill.cannot_write": "không ghi được tệp tạm trong {folder}: {reason} "
    "(biến TMPDIR chọn thư mục khác)",
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
    "help.install_completion": "Cài gợi ý hoàn thành (lệnh, tùy chọn, mã cơ quan, mã chủ đề, "
    "tên mẫu) cho shell đang dùng.",
    "help.show_completion": "Hiện tập lệnh gợi ý hoàn thành của shell đang dùng, để sao chép "
    "hoặc tự cài.",
    "help.lang": "Ngôn ngữ thông báo: vi hoặc en (mặc định: DAKPLAN_LANG, sau đó lang trong tệp "
    "cấu hình, sau đó theo locale).",
    "help.help_option": "Hiện hướng dẫn này rồi thoát.",
    "help.usage": "Cách dùng:",
    "help.options": "Tùy chọn:",
    "help.arguments": "Tham số:",
    "help.commands": "Lệnh:",
    "help.required": "[bắt buộc]",
    "help.default": "[mặc định:",
    "help.plans": "Tệp hoặc thư mục kế hoạch, - để đọc từ đầu vào chuẩn (mặc định: mọi kế hoạch "
    "trong thư mục plans của kho).",
    "help.validate": "Kiểm tra tệp kế hoạch theo lược đồ và các quy tắc của kế hoạch.\n\nMã "
    "thoát: 0 hợp lệ, 1 có lỗi, 2 dùng lệnh sai.\n\nVí dụ: dakplan validate plans/2020.yaml "
    "--format json",
    "help.validate.paths": "Tệp hoặc thư mục kế hoạch, - để đọc từ đầu vào chuẩn (mặc định: mọi "
    "kế hoạch trong thư mục plans của kho).",
    "help.validate.format": "text, json hoặc github (mặc định: github khi có GITHUB_ACTIONS, "
    "ngoài ra là text).",
    "help.validate.strict": "Cảnh báo cũng bị coi là lỗi.",
    "help.validate.ignore": "Không báo mã hoặc tên này (dùng được nhiều lần; thay cho ignore "
    "trong tệp cấu hình).",
    "help.validate.stdin_filename": "Tên tệp hiện cho kế hoạch đọc từ đầu vào chuẩn (-), theo "
    "tên trình soạn thảo biết.",
    "help.explain": "Giải thích một mã chẩn đoán: phát hiện gì, vì sao quan trọng, cách sửa. "
    "Không có mã thì liệt kê mọi quy tắc kiểm tra.\n\nVí dụ: dakplan explain DK302",
    "help.explain.code": "Một mã chẩn đoán, ví dụ DK302.",
    "help.validate.quiet": "Chỉ in các vấn đề: không in dòng \"hợp lệ\", không in dòng tổng kết.",
    "help.validate.jobs": "Kiểm tra bằng N tiến trình (mặc định: mỗi lõi một tiến trình khi các "
    "tệp cộng lại từ 1 MiB trở lên; 1: một tiến trình). Kết quả in ra vẫn như nhau.",
    "help.calendar": "Ghi mọi thời hạn và nhiệm vụ định kỳ ra tệp iCalendar (.ics) cho "
    "Outlook, Google Calendar hoặc Thunderbird. Không đưa nhiệm vụ thường xuyên vào lịch.\n\n"
    "Mã thoát: 0 đã ghi, 1 kế hoạch không hợp lệ, 2 dùng lệnh sai.\n\nVí dụ: dakplan calendar "
    "plans/2020.yaml --agency STTTT -o stttt.ics",
    "help.calendar.output": "Tệp .ics cần ghi, - để in ra đầu ra chuẩn.",
    "help.calendar.agency": "Chỉ các nhiệm vụ của cơ quan hoặc nhóm này (mã hoặc tên), chủ trì "
    "hoặc phối hợp, trực tiếp hoặc qua một nhóm.",
    "help.calendar.alarm_days": "Số ngày báo trước mỗi sự kiện có ngày (0 đến 366).",
    "help.remind": "Cho biết nhiệm vụ nào đến hạn trong DAYS ngày kể từ một ngày, hoặc đã quá "
    "hạn (chưa báo cáo hoàn thành hay hủy), mỗi cơ quan một mục, dưới dạng văn bản gửi "
    "ngay được.\n\nMã thoát: 0 xong, 1 kế hoạch không hợp lệ, 2 dùng lệnh sai.\n\nVí dụ: "
    "dakplan remind plans/2020.yaml --as-of 2020-12-01 --within 14",
    "help.remind.as_of": "Ngày bắt đầu tính: 2020-12-01 hoặc 01/12/2020 (mặc định: hôm nay ở "
                         "Việt Nam).",
    "help.remind.within": "Bao nhiêu ngày tới được coi là sắp đến hạn (0 đến 3660).",
    "help.remind.format": "markdown, text hoặc json (mặc định: markdown).",
    # model/json_schema.py, cli/schema.py
    "migrate.written": "đã ghi kế hoạch phiên bản 2 vào {path}",
    "migrate.already": "{file} đã là phiên bản 2: không có gì để chuyển",
    "migrate.dropped": "{file}: không mang sang: {item}",
    "migrate.output_or_in_place": "dùng -o TỆP hoặc --in-place, không dùng cả hai",
    "schema.bad_version": "không có định dạng phiên bản {version}; các phiên bản là {versions}",
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
    "diff.what.partner": "đối tác {key}",
    "diff.what.format": "loại hình truyền thông {key}",
    "diff.what.section": "mục {key}",
    "diff.what.paragraph": "đoạn thứ {key}",
    "diff.what.item": "ý thứ {key}",
    "diff.what.waiver": "miễn trừ {key}",
    "diff.in": "{what} tại {at}",
    "diff.what.task": "nhiệm vụ {key}",
    "diff.what.clause": "khoản kinh phí {key}",
    "diff.added": "thêm mới",
    "diff.removed": "bị xóa",
    "diff.task_added": "thêm mới (chủ trì {lead}, {timing})",
    "diff.renamed": "đổi tên từ {old} thành {new}",
    "diff.renumbered": "đổi số thứ tự từ {old} thành {new}",
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
    "diff.timing.deadlines": "trước các ngày {dates}",
    "diff.timing.window": "khoảng {start} – {end}",
    "diff.timing.window_end": "khoảng đến {end}",
    "diff.timing.recurring_by": "định kỳ ({frequency}, trước {by})",
    "diff.anchor.day": "ngày {day}",
    "diff.anchor.month_day": "ngày {day} tháng thứ {month} của kỳ",
    "diff.section.funding": "mục Kinh phí",
    "diff.section.reporting": "đoạn báo cáo",
    "diff.section.none": "ngoài các mục",
    # new.py, cli/new.py
    "new.same_year": "kế hoạch đã thuộc năm {year}; hãy chọn năm khác",
    "new.bad_year": "{year} không phải là năm hợp lệ cho một kế hoạch (từ {first} đến {last})",
    "new.exists": "{path} đã có; dakplan new không bao giờ ghi đè tệp (dùng -o để chọn đường "
    "dẫn khác)",
    "new.invalid_draft": "bản dự thảo không phải kế hoạch hợp lệ: {errors}",
    "new.written": "đã ghi {path} từ {source} (dời các mốc thời gian {years} năm; đã xóa số, "
    "ngày ban hành, trạng thái và tiến độ)",
    "new.converted": "{source} theo định dạng phiên bản 1: bản dự thảo được viết theo phiên "
    "bản 2 (dakplan migrate), giữ các chú thích",
    "new.rewritten_header": "mốc thời gian đã được sửa trong câu chữ nhiệm vụ:",
    "new.review_header": "{count} chỗ vẫn nhắc đến thời kỳ cũ; cần rà soát:",
    "new.check_header": "{count} chỗ khác cần kiểm tra:",
    "new.citation": "trích dẫn, giữ nguyên như đã ban hành",
    "new.unsure": "mốc thời gian không phải của nhiệm vụ: chưa dời",
    "new.waiver": "đã chép miễn trừ: kiểm tra lỗi còn hay không",
    "new.dropped_header": "{count} chú thích của bản gốc đã bỏ theo các trường bị xóa:",
    "new.lost_header": "{count} chú thích của bản gốc đứng cạnh phần phiên bản 2 không có chỗ, "
    "không có trong bản dự thảo:",
    # new.py, cli/new.py: duties of ended agencies
    "new.mapped_header": "nhiệm vụ của các cơ quan không còn tồn tại vào ngày {day}, đã giao "
    "cho cơ quan kế thừa:",
    "new.undecided_header": "{count} nhiệm vụ của cơ quan không còn tồn tại được giữ nguyên; "
    "hãy chọn cơ quan đảm nhận:",
    "new.role.lead": "chủ trì",
    "new.role.coordinate": "phối hợp",
    "new.role.member": "thành viên",
    # help texts of schema, diff and new (cli/schema.py, cli/diff.py, cli/new.py)
    "help.migrate": "Chuyển kế hoạch phiên bản 1 sang phiên bản 2: cùng văn bản, nhiệm vụ và "
    "mã; những gì phiên bản 2 không có chỗ được liệt kê trên stderr. Không có -o thì in ra màn "
    "hình; -o ghi tệp mới, không bao giờ ghi đè tệp có sẵn; --in-place thay chính tệp kế "
    "hoạch, trong một bước.\n\nMã thoát: 0 xong, 1 kế hoạch không hợp lệ, 2 lỗi cách "
    "dùng.\n\nVí dụ: dakplan migrate plans/2019.yaml -o plans/2019.v2.yaml",
    "help.migrate.plan": "Tệp kế hoạch phiên bản 1.",
    "help.migrate.output": "Ghi kế hoạch phiên bản 2 vào tệp mới này.",
    "help.migrate.in_place": "Thay chính tệp kế hoạch bằng bản phiên bản 2 của nó.",
    "help.registry": "Danh mục cơ quan dùng chung của các kế hoạch trong một kho (agencies.yaml "
    "cạnh plans/). `extract` lập danh mục từ các bản chép trong kế hoạch: mỗi trường lấy theo "
    "kế hoạch sau cùng có trường đó, liệt kê mọi chỗ các kế hoạch khác nhau; không có -o thì in "
    "ra đầu ra chuẩn. --drop-from-plans bỏ khỏi kế hoạch các bản chép giống danh mục, giữ chú "
    "thích.\n\nMã thoát: 0 xong, 1 các kế hoạch khác nhau (danh mục vẫn được ghi) hoặc có mục "
    "không đọc được, 2 lỗi cách dùng.\n\nVí dụ: dakplan registry extract plans -o "
    "agencies.yaml --drop-from-plans",
    "help.registry.action": "extract: lập danh mục từ các bản chép trong kế hoạch.",
    "help.registry.paths": "Tệp hoặc thư mục kế hoạch (mặc định: thư mục kế hoạch của kho).",
    "help.registry.output": "Ghi danh mục vào tệp mới này (không bao giờ ghi đè).",
    "help.registry.drop": "Bỏ khỏi kế hoạch các bản chép giống danh mục (kế hoạch được ghi lại, "
    "giữ chú thích).",
    "help.registry.format": "text hoặc json (mặc định: text).",
    "help.schema": "In lược đồ JSON Schema (draft 2020-12) của định dạng kế hoạch, sinh từ mô "
    "hình: định dạng phiên bản 2, hoặc phiên bản 1 với --version 1; trình soạn thảo có YAML "
    "language server dùng nó để gợi ý và kiểm tra ngay khi gõ."
    "\n\nMã thoát: 0 xong, 2 không ghi được tệp.\n\nVí dụ: dakplan schema -o "
    "schema/plan.schema.json",
    "help.schema.output": "Ghi lược đồ vào tệp này (.json) thay vì in ra màn hình.",
    "help.schema.version": "Lược đồ của định dạng phiên bản nào: 2 (hiện hành) hoặc 1.",
    "help.diff": "Cho biết hai kế hoạch khác nhau thế nào, theo ngôn ngữ của kế hoạch: nhiệm vụ "
    "thêm, bỏ, chuyển chủ trì, sửa câu chữ hay chuyển mục, thời gian thực hiện, các mục thêm, "
    "bỏ, đổi tên hay đổi số, đoạn văn và ý, thông tin văn bản, chữ ký, căn cứ, nơi nhận, miễn "
    "trừ và các phần khác.\n\nMã thoát: 0 dù có thay đổi hay không (lỗi không chặn lệnh của "
    "một bên in ra luồng lỗi), 1 một bên không đọc được thành kế hoạch, 2 dùng lệnh sai (thiếu "
    "tệp, phiên bản sai, không có điểm rẽ nhánh, không ở trong kho git).\n\nVí dụ: "
    "dakplan diff --git main --format markdown (hoặc: dakplan diff plans/2020.yaml "
    "plans/2021.yaml)",
    "help.diff.paths": "CŨ MỚI: hai tệp kế hoạch; với --git: tệp hoặc thư mục kế hoạch (mặc "
    "định: plans).",
    "help.diff.git": "So sánh bản đang sửa với chỗ HEAD rẽ nhánh khỏi phiên bản này (điểm rẽ "
    "nhánh của REV và HEAD), như pull request so sánh: main, origin/main, HEAD~1, một thẻ. "
    "A..B so sánh A với B, A...B so sánh điểm rẽ nhánh của A và B với B (cả hai đọc từ git).",
    "help.diff.format": "text, markdown hoặc json (mặc định: text).",
    "help.new": "Lập dự thảo kế hoạch năm khác từ kế hoạch này (phiên bản 2; kế hoạch phiên "
    "bản 1 được chuyển đổi): chép các nhiệm vụ (nhiệm vụ của cơ quan không còn tồn tại giao cho "
    "cơ quan kế thừa), dời thời kỳ và mọi mốc thời gian, cả trong câu chữ, xóa số, ngày ban "
    "hành, trạng thái và tiến độ; liệt kê mọi chỗ còn nhắc đến năm cũ.\n\nMã thoát: 0 đã ghi, "
    "1 kế hoạch nguồn hay bản dự thảo có lỗi cấu trúc, 2 dùng lệnh sai (tệp đích "
    "đã có, thiếu tệp).\n\nVí dụ: dakplan new 2021 --from plans/2020.yaml",
    "help.new.year": "Năm của kế hoạch mới, ví dụ 2021.",
    "help.new.source": "Kế hoạch dùng làm gốc.",
    "help.new.output": "Nơi ghi (mặc định: NĂM.yaml trong thư mục plans), - để in ra đầu ra "
    "chuẩn; không bao giờ ghi đè tệp đã có.",
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
    "status.in_progress_overdue": "đang thực hiện, quá hạn",
    "status.done": "hoàn thành",
    "status.done_on_time": "hoàn thành đúng hạn",
    "status.done_late": "hoàn thành quá hạn",
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
    "col.source": "Nguồn",
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
    "help.tasks.format": "table, json, csv, markdown, hoặc xlsx: bảng để cơ quan điền kết quả, "
                         "kèm -o (mặc định: table).",
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
    "help.render.plan": "Không còn dùng: hãy ghi kế hoạch sau tên mẫu.",
    "help.render.plan_file": "Tệp kế hoạch, - để đọc từ đầu vào chuẩn (mặc định: kế hoạch duy "
    "nhất trong thư mục plans của kho).",
    "help.render.output": "Ghi vào tệp này (trọn vẹn một lần; đuôi tệp phải hợp với định dạng), "
    "- để in ra đầu ra chuẩn (mặc định).",
    "help.render.format": "md, html hoặc docx (mặc định: theo đuôi tệp -o, nếu không thì md).",
    "help.render.as_of": "Xét tình trạng và thời hạn vào ngày này (mặc định: ngày cuối của thời "
    "kỳ kế hoạch).",
    "help.render.agency": "Mã hoặc tên cơ quan, cho phiếu nhiệm vụ (mẫu agency).",
    "help.render.results": "Thư mục các đợt báo cáo kết quả của kế hoạch, cho báo cáo (mặc "
    "định: results/PLAN trong kho kế hoạch).",
    "help.render.list": "Liệt kê các mẫu và nơi lấy từng mẫu.",
    "help.render.time_limit": "Dừng mẫu chạy lâu hơn số giây này (mặc định: 10).",
    "help.render.max_size": "Dừng mẫu viết ra nhiều hơn số MB văn bản này, tính bằng triệu ký "
    "tự (mặc định: 20).",
    # render (dakplan.render, cli/render.py)
    "render.template_error": "{where}: lỗi trong mẫu: {problem}",
    "render.include_missing": "không tìm thấy mẫu '{name}' (đã tìm trong thư mục templates/ "
    "của kho kế hoạch và trong các mẫu mặc định)",
    "render.unknown_template": "không có mẫu '{name}'; các mẫu hiện có: {names}",
    "render.unknown_chart": "mẫu hiển thị biểu đồ '{name}' mà báo cáo này không có; các "
                            "biểu đồ hiện có: {names}",
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
    "render.docx_needs_output": "tệp Word là tệp nhị phân, không in ra màn hình: hãy chỉ tệp "
    "đích bằng -o (ví dụ -o kehoach.docx) hoặc chuyển hướng (> kehoach.docx)",
    "render.several_plans": "có nhiều kế hoạch trong {path}: hãy ghi rõ một kế hoạch (dakplan "
    "render MẪU KẾ_HOẠCH)",
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
    # results files, sheets and their summary
    "help.remind.agency": "Chỉ mục của cơ quan này (một nhóm: các mục của thành viên).",
    "tracked.done_on_time": "hoàn thành đúng hạn",
    "tracked.done_late": "hoàn thành quá hạn",
    "tracked.in_progress": "đang thực hiện trong hạn",
    "tracked.in_progress_overdue": "đang thực hiện quá hạn",
    "tracked.not_started": "chưa thực hiện",
    "tracked.cancelled": "đã hủy",
    "tracked.not_reported": "chưa báo cáo",
    "results.needs_sheet": "nêu tệp đã điền: dakplan results import FILLED.xlsx",
    "results.needs_round": "bảng không ghi đợt báo cáo; nêu bằng --round",
    "results.checked": "đã kiểm tra {files} tệp kết quả, {errors} lỗi",
    "results.existing_invalid": "{file} không hợp lệ (ở trên); sửa hoặc xóa, chưa ghi gì",
    "results.unchanged": "{file} đã có đúng các kết quả này; không cần ghi",
    "results.would_change": "{file} đã có; nhập sẽ thay đổi {count} giá trị:",
    "results.use_update": "chưa ghi gì; chạy lại với --update để thay thế",
    "results.appeared": "{file} vừa xuất hiện trong lúc nhập; chưa ghi gì",
    "results.created": "đã tạo {file} ({count} nhiệm vụ)",
    "results.updated": "đã cập nhật {file} ({count} thay đổi):",
    "results.invalid_files": "{count} tệp kết quả không hợp lệ",
    "intake.unreadable": "không đọc được {file} như một bảng tính: {reason}",
    "intake.not_a_sheet": "{file} không phải bảng kết quả do dakplan tạo (tạo bằng dakplan "
                          "tasks --agency X -f xlsx -o FILE.xlsx)",
    "intake.other_plan": "{file} là bảng của kế hoạch '{plan}', không phải '{given}'",
    "intake.other_columns": "{file} có các cột khác với bảng của kế hoạch này (loại hình đã "
                            "thay đổi); tạo bảng mới",
    "intake.unknown_id": "kế hoạch không có nhiệm vụ '{id}'",
    "intake.changed_text": "nội dung nhiệm vụ '{id}' khác với kế hoạch; chép lại nội dung của "
                           "kế hoạch",
    "intake.bad_status": "'{value}' không có trong danh sách tình trạng (nhiệm vụ '{id}'): Chưa "
                         "thực hiện, Đang thực hiện, Đã hoàn thành, Đã hủy",
    "intake.not_a_date": "'{value}' không phải ngày; viết dạng dd/mm/yyyy",
    "intake.not_a_count": "'{value}' không phải số nguyên từ 0 trở lên",
    "intake.refused": "{file}: {count} lỗi; chưa ghi gì",
    "summary.title": "Kết quả đến ngày {date}",
    "summary.plan": "Kế hoạch",
    "summary.line": "{label}: {total} nhiệm vụ: {parts}; trong đó quá hạn {late}; tỷ lệ hoàn "
                    "thành đúng hạn {rate}",
    "sheet.pick_status": "Chọn tình trạng trong danh sách.",
    "sheet.pick_date": "Một ngày trong thời kỳ {period}, dạng dd/mm/yyyy.",
    "sheet.needs_agency": "-f xlsx ghi bảng của một cơ quan: thêm --agency",
    "sheet.needs_output": "-f xlsx ghi một bảng tính: thêm -o FILE.xlsx (hoặc chuyển đầu ra "
                          "chuẩn vào một tệp)",
    "help.tasks.output": "Tệp cần ghi (-f xlsx).",
    "help.results": "Nhập bảng kết quả một cơ quan đã điền vào tệp kết quả của cơ quan đó, hoặc "
                    "kiểm tra các tệp kết quả của kế hoạch.\n\nimport: bảng được đối chiếu với "
                    "kế hoạch; mỗi lỗi nêu ô của nó và không ghi gì (mã 1). Tệp kết quả mới "
                    "được tạo; tệp đã có chỉ được thay với --update, sau khi hiện các thay "
                    "đổi.\ncheck: mọi tệp kết quả của kế hoạch, mỗi lỗi ở dòng của "
                    "nó.\nsummary: nhiệm vụ của từng cơ quan theo từng tình trạng đến một ngày, "
                    "và tỷ lệ hoàn thành đúng hạn.\n\nMã thoát: 0 xong, 1 có lỗi hoặc cần "
                    "--update (chưa ghi gì), 2 dùng lệnh sai.\n\nVí dụ: dakplan results import "
                    "vov-2020.xlsx --plan plans/2020.yaml --update",
    "help.results.action": "import (bảng đã điền), check (các tệp kết quả) hoặc summary (tình "
                           "trạng và tỷ lệ đúng hạn của từng cơ quan).",
    "help.results.format": "summary: text hoặc json (mặc định: text).",
    "help.results.sheet": "Bảng đã điền (.xlsx) cần nhập.",
    "help.results.plan": "Kế hoạch mà kết quả thuộc về (mặc định: kế hoạch của kho, khi kho chỉ "
    "có một).",
    "help.results.round": "Đợt báo cáo (tên thư mục), ví dụ 2020-12; mặc định: đợt của bảng.",
    "help.results.as_of": "import: ngày báo cáo (mặc định: ngày của bảng); summary: ngày xét "
                          "tình trạng (mặc định: hôm nay ở Việt Nam).",
    "help.results.folder": "Thư mục các đợt của kế hoạch (mặc định: results/PLAN cạnh plans/).",
    "help.results.update": "Thay tệp kết quả đã có (các thay đổi được hiện ra).",
    # site/, cli/site.py (dakplan site): the command, and the words of the site's pages
    "help.site": "Tạo trang web của các kế hoạch: trang chủ (quá hạn, sắp đến hạn, tình trạng "
    "theo cơ quan), một trang cho mỗi kế hoạch và mỗi cơ quan, và tìm kiếm; trang tĩnh, để đọc "
    "không cần mạng hoặc đăng tải.\n\nMã thoát: 0 đã ghi, 1 kế hoạch không hợp lệ, 2 lỗi sử "
    "dụng (thư mục chứa tệp khác, ngày sai; không ghi gì).\n\nVí dụ: dakplan site plans -o "
    "_site --as-of 16/12/2020; dakplan --lang en site -o _site",
    "help.site.output": "Thư mục ghi trang web: thư mục mới, trống, hoặc do dakplan site tạo "
    "trước đó.",
    "help.site.jobs": "Đọc kế hoạch và tạo các trang bằng N tiến trình (mặc định: mỗi lõi một "
    "tiến trình khi các kế hoạch cộng lại từ 1 MiB trở lên; 1: một tiến trình). Trang web vẫn "
    "như nhau.",
    "help.site.as_of": "Ngày tạo trang: nhiệm vụ quá hạn và sắp đến hạn tính đến ngày này (mặc "
    "định: hôm nay theo giờ Việt Nam).",
    "site.written": "đã ghi {count} tệp của trang web vào {folder} (tính đến ngày {date})",
    "site.not_folder": "không ghi được trang web vào {folder}: đó không phải là thư mục",
    "site.holds_input": "không ghi trang web vào {folder}: thư mục chứa {plan}, tệp mà lần chạy "
    "này đọc",
    "site.holds_plan": "không ghi trang web vào {folder}: thư mục chứa kế hoạch ({names}); hãy "
    "chọn thư mục mới hoặc trống",
    "site.not_site": "không ghi trang web vào {folder}: thư mục chứa tệp không do dakplan ghi "
    "({names}); hãy chọn thư mục mới, trống, hoặc do dakplan site tạo trước đó",
    "site.title": "Kế hoạch và nhiệm vụ",
    "site.skip": "Bỏ qua, đến nội dung chính",
    "site.nav_label": "Trang",
    "site.crumbs": "Vị trí",
    "site.home": "Trang chủ",
    "site.plans": "Các kế hoạch",
    "site.agencies": "Cơ quan",
    "site.search": "Tìm kiếm",
    "site.search_button": "Tìm",
    "site.footer": "Do dakplan tạo từ các kế hoạch đã ban hành và kết quả đã báo cáo, tính đến "
    "ngày {date}.",
    "site.as_of": "Số liệu tính đến ngày {date}.",
    "site.overdue": "Quá hạn",
    "site.overdue_intro": "Nhiệm vụ chưa hoàn thành, chưa hủy, đã quá thời hạn tính đến ngày "
    "{date}: {count}.",
    "site.overdue_more": "Dưới đây là {shown} nhiệm vụ quá hạn gần nhất trong số {count}.",
    "site.overdue_by_agency": "Trang của từng cơ quan liệt kê đầy đủ nhiệm vụ của cơ quan đó.",
    "site.overdue_caption": "Nhiệm vụ quá hạn tính đến ngày {date}, theo thời hạn",
    "site.soon": "Đến hạn trong {days} ngày tới",
    "site.soon_intro": "Nhiệm vụ chưa hoàn thành, chưa hủy, đến hạn từ {start} đến {end}: "
    "{count}.",
    "site.soon_caption": "Nhiệm vụ đến hạn từ {start} đến {end}, theo thời hạn",
    "site.year": "Năm {year}",
    "site.plans_caption": "Các kế hoạch năm {year}, theo cơ quan ban hành",
    "site.col_issuer": "Cơ quan ban hành",
    "site.col_number": "Số",
    "site.col_period": "Thời kỳ",
    "site.col_duties": "Nhiệm vụ",
    "site.col_overdue": "trong đó quá hạn",
    "site.col_results": "Kết quả đã báo cáo",
    "site.by_agency": "Tình trạng theo cơ quan",
    "site.by_agency_intro": "Mỗi nhiệm vụ được tính cho mọi cơ quan có nhiệm vụ đó: chủ trì hoặc "
    "phối hợp, được nêu tên hoặc qua nhóm, hoặc kế thừa từ cơ quan đã kết thúc, tính đến ngày "
    "{date}.",
    "site.by_agency_caption": "Nhiệm vụ của từng cơ quan theo tình trạng, tính đến ngày {date}",
    "site.on_time": "Tỷ lệ hoàn thành đúng hạn theo cơ quan",
    "site.on_time_intro": "Như báo cáo kết quả (dakplan results summary): mỗi cơ quan được tính "
    "mọi nhiệm vụ chủ trì hoặc phối hợp, theo kết quả chính cơ quan đó đã báo cáo đến ngày {date}; "
    "tỷ lệ đúng hạn là số nhiệm vụ hoàn thành đúng hạn trong số nhiệm vụ đã hoàn thành hoặc đã đến "
    "hạn.",
    "site.on_time_none": "Chưa có cơ quan nào có nhiệm vụ.",
    "site.on_time_caption": "Nhiệm vụ của từng cơ quan theo tình trạng báo cáo và tỷ lệ hoàn thành "
    "đúng hạn, tính đến ngày {date}",
    "site.on_time_all": "Mọi kế hoạch (mỗi nhiệm vụ tính một lần, theo báo cáo của cơ quan chủ "
    "trì)",
    "site.chart_status": "Tình trạng nhiệm vụ theo cơ quan",
    "site.chart_rate": "Tỷ lệ hoàn thành đúng hạn theo cơ quan",
    "site.chart_table": "Số liệu của biểu đồ: bảng dưới đây",
    "site.col_late": "Trong đó quá hạn",
    "site.col_rate": "Tỷ lệ đúng hạn",
    "site.to_duties": "{count} nhiệm vụ và tình trạng",
    "site.duties_title": "Nhiệm vụ và tình trạng",
    "site.duties_caption": "Các nhiệm vụ của kế hoạch theo thứ tự văn bản, tình trạng tính đến "
    "ngày {date}",
    "site.plan_counts": "{count} nhiệm vụ; {overdue} nhiệm vụ quá hạn tính đến ngày {date}.",
    "site.duty_link": "Tình trạng",
    "site.result_round": "{date}, đợt {round}",
    "site.worker_failed": "một tiến trình con gặp lỗi khi tạo các trang ({kind}: {text}); "
    "hãy chạy lại với --jobs 1",
    "site.worker_ended": "một tiến trình con dừng bất thường ({text}) khi tạo các trang; hãy "
    "chạy lại với --jobs 1",
    # render/charts.py: the results report's charts (the site's in its language)
    "chart.done_on_time": "Hoàn thành đúng hạn",
    "chart.done_late": "Hoàn thành quá hạn",
    "chart.in_progress": "Đang thực hiện trong hạn",
    "chart.in_progress_overdue": "Đang thực hiện quá hạn",
    "chart.not_started": "Chưa thực hiện",
    "chart.cancelled": "Đã hủy",
    "chart.not_reported": "Chưa báo cáo",
    "chart.status_axis": "Số nhiệm vụ (chủ trì và phối hợp)",
    "chart.rate_axis": "Tỷ lệ hoàn thành đúng hạn (%), trong số nhiệm vụ đã hoàn thành hoặc đã "
    "đến hạn",
    "chart.media_axis": "Số sản phẩm",
    "chart.money_axis": "Kinh phí (đồng)",
    "chart.rounds_axis": "Nhiệm vụ đã hoàn thành",
    "chart.status": "Tình trạng nhiệm vụ theo cơ quan (chủ trì và phối hợp)",
    "chart.rate": "Tỷ lệ hoàn thành đúng hạn theo cơ quan",
    "chart.media": "Sản phẩm truyền thông theo loại hình",
    "chart.money": "Kinh phí theo cơ quan",
    "chart.money_partners": "Kinh phí theo cơ quan báo chí",
    "chart.rounds": "Tiến độ qua các đợt báo cáo",
    "site.in_text": "Trong văn bản",
    "site.agency_intro": "{count} nhiệm vụ trong mọi kế hoạch, chủ trì hoặc phối hợp, được nêu "
    "tên, qua nhóm hoặc kế thừa, theo thời hạn; {overdue} nhiệm vụ quá hạn.",
    "site.agency_caption": "Nhiệm vụ của {name}, theo thời hạn, tình trạng tính đến ngày {date}",
    "site.search_label": "Tìm nhiệm vụ, kế hoạch, cơ quan",
    "site.search_hint": "Không phân biệt chữ hoa, chữ thường, có dấu hay không: \"so tttt\" tìm "
    "thấy Sở TT&TT, \"bao cao quy\" tìm thấy báo cáo quý.",
    "site.search_count": "Tìm thấy {count} kết quả.",
    "site.search_shown": "Tìm thấy {count} kết quả; hiển thị {shown} kết quả đầu.",
    "site.search_none": "Không tìm thấy kết quả nào.",
    "site.search_noscript": "Tìm kiếm cần JavaScript. Trang chủ liệt kê mọi kế hoạch và cơ quan.",
    "site.kind_duty": "Nhiệm vụ",
    "site.kind_plan": "Kế hoạch",
    "site.kind_agency": "Cơ quan",
}

# explain (diagnostics/codes.py): the rule texts. English is the catalogue's own text; the
# Vietnamese below gives (summary, why, fix) for every code, and a test checks none is missing.
RULES: dict[str, tuple[str, str, str]] = {
    "DK001": ("Tệp không phải là YAML đúng cú pháp.",
              "Không kiểm tra được gì cho đến khi tệp đọc được.",
              "Xem dòng được nêu: thường là thiếu dấu nháy, có ký tự tab hoặc thụt lề sai."),
    "DK002": ("Một khóa xuất hiện hai lần trong cùng một ánh xạ.",
              "Các công cụ YAML lặng lẽ giữ giá trị cuối, nên một trong hai bị mất mà không "
              "báo.", "Xóa một trong hai khóa hoặc gộp giá trị của chúng."),
    "DK003": ("Dùng thẻ YAML như !!python/object.",
              "Thẻ có thể khiến trình đọc YAML tạo đối tượng tùy ý; kế hoạch không bao giờ cần.",
              "Bỏ thẻ và viết giá trị dưới dạng văn bản, số, ngày hoặc danh sách."),
    "DK004": ("Tệp rỗng, chỉ có chú thích, hoặc cấp ngoài cùng không phải ánh xạ.",
              "Kế hoạch là một ánh xạ các mục (document, agencies, ...).",
              "Bắt đầu từ plans/2020.yaml hoặc `dakplan schema` rồi điền các mục."),
    "DK005": ("Tệp có nhiều hơn một tài liệu YAML (---).",
              "Chỉ tài liệu đầu được đọc; phần còn lại bị bỏ qua mà không báo.",
              "Mỗi tệp một kế hoạch; chuyển kế hoạch kia sang tệp riêng."),
    "DK006": ("Tệp không phải văn bản UTF-8.",
              "Tệp mã hóa khác sẽ bị đọc sai chữ.",
              "Lưu lại tệp dưới dạng UTF-8 (trong Word hoặc Notepad: Save As, Encoding: UTF-8)."),
    "DK007": ("Tệp quá lớn, lồng quá sâu hoặc mở rộng quá nhiều bí danh (alias).",
              "Tệp như vậy hoặc là nhầm lẫn, hoặc là tấn công vào máy kiểm tra nó.",
              "Tách kế hoạch, hoặc viết ra các phần lặp lại thay vì dùng bí danh."),
    "DK008": ("Không đọc được tệp.", "Tệp không có, là thư mục, hoặc bạn không có quyền đọc.",
              "Kiểm tra đường dẫn và quyền của tệp."),
    "DK009": ("Văn bản chứa một ký tự không in được: ký tự điều khiển (trừ tab và xuống dòng), "
              "ký tự Unicode không dùng trong văn bản (noncharacter) hoặc một nửa của cặp "
              "surrogate.", "Word không lưu được ký tự này, các chương trình khác hiện thành "
              "ký tự rác hoặc làm theo nó; các mã thoát như \"\\x01\", \"\\0\" hay "
              "\"\\uffff\" đưa nó vào mà không nhìn thấy.",
              "Xóa ký tự ở cột được nêu, hoặc viết đúng chữ mà nó thay thế (\"\\U0001F600\", "
              "không phải \"\\ud83d\\ude00\")."),
    "DK010": ("Tệp viết theo định dạng phiên bản 1 và được đọc qua bước chuyển sang phiên "
              "bản 2.", "Mọi lệnh vẫn chạy trên tệp này, nhưng dakplan ghi và mô tả phiên bản 2; "
              "bước chuyển sẽ không được giữ mãi.",
              "Chuyển một lần bằng `dakplan migrate PLAN -o MOI.yaml` và giữ kết quả."),
    "DK101": ("Thiếu một khóa bắt buộc.",
              "Mọi kế hoạch phải có những gì lược đồ yêu cầu để công cụ dựa vào được.",
              "Thêm khóa; `dakplan schema` mô tả mọi khóa."),
    "DK102": ("Một khóa lược đồ không biết.",
              "Khóa viết sai chính tả sẽ bị lặng lẽ bỏ qua và mất giá trị.",
              "Sửa chính tả (thông báo gợi ý khóa gần nhất) hoặc xóa khóa."),
    "DK103": ("Giá trị sai kiểu (văn bản thay cho ngày, số thay cho văn bản, yes/no thay cho "
              "văn bản ...).", "dakplan không bao giờ đoán: `NO` vẫn là văn bản, `010` không "
              "phải 8, và ngày là ngày.", "Đặt văn bản trong ngoặc kép (\"010\"), viết ngày "
              "dạng 2020-12-15 không có ngoặc kép, danh sách dạng [a, b]."),
    "DK104": ("Giá trị không thuộc các giá trị cho phép hoặc sai dạng.",
              "Mã, mã định danh, số ký hiệu văn bản và danh mục đóng giúp tra cứu được kế hoạch.",
              "Dùng một trong các giá trị thông báo liệt kê, theo dạng được nêu."),
    "DK201": ("Nhiệm vụ, nhóm, nơi nhận hoặc liên kết kế thừa nêu một mã cơ quan không có "
              "trong danh mục.", "Không tìm được ai chịu trách nhiệm, và `dakplan tasks` sẽ "
              "bỏ sót nhiệm vụ.", "Thêm cơ quan vào `agencies:` hoặc sửa mã."),
    "DK202": ("Nhiệm vụ nêu một nội dung truyền thông mà kế hoạch không khai báo.",
              "Liên kết giữa nhiệm vụ và nội dung bị đứt.",
              "Dùng mã trong `themes:` hoặc thêm nội dung đó."),
    "DK203": ("Nhiệm vụ nêu một loại hình báo chí không có trong mục `media:` của kế hoạch.",
              "Kế hoạch sẽ hứa sản phẩm trên loại hình mà nó không dùng.",
              "Thêm loại hình vào `media.formats` hoặc bỏ khỏi nhiệm vụ."),
    "DK204": ("Hai nhiệm vụ, nội dung, căn cứ, cơ quan hoặc nhóm trùng mã.",
              "Mã là cách theo dõi một mục qua các lần sửa, báo cáo và lịch.",
              "Đặt cho mỗi mục một mã riêng."),
    "DK205": ("Nhóm không có thành viên và không có loại thành viên.",
              "Nhiệm vụ của nhóm sẽ không thuộc về ai.",
              "Liệt kê `members` hoặc `member_kinds` của nhóm."),
    "DK206": ("Nhóm chứa chính nó, trực tiếp hoặc qua nhóm khác.",
              "Không xác định được thành viên.", "Bỏ một quan hệ thành viên trong vòng lặp."),
    "DK207": ("Cơ quan chủ trì của nhiệm vụ là một nhóm không ứng với cơ quan nào.",
              "Nhiệm vụ không ai chủ trì thì không được thực hiện.",
              "Đăng ký các cơ quan thuộc loại đó, hoặc giao nhiệm vụ cho một cơ quan chủ trì."),
    "DK208": ("Nhiệm vụ liệt kê cơ quan chủ trì trong số cơ quan phối hợp.",
              "Một cơ quan sẽ xuất hiện với hai vai trò trong cùng nhiệm vụ.",
              "Bỏ cơ quan đó khỏi `coordinate`."),
    "DK209": ("Hai mục trong danh mục trùng tên, tên tắt hoặc bí danh (so sánh không phân biệt "
              "hoa thường, dấu hay dấu câu).",
              "`dakplan tasks --agency TÊN` sẽ không phân biệt được.",
              "Đặt tên khác nhau, hoặc bỏ bí danh khỏi một trong hai."),
    "DK210": ("Mục hình thức, nhiệm vụ hoặc bản ghi tiến độ nêu một mã loại hình không phải "
              "bốn loại hình báo chí và không được khai báo trong `media_formats:`.",
              "Không đếm được sản phẩm theo loại hình, và `--media` sẽ không tìm thấy nhiệm vụ.",
              "Khai báo loại hình trong `media_formats:` (mã và tên) hoặc sửa mã."),
    "DK211": ("`media_formats:` khai báo lại một trong bốn loại hình báo chí có sẵn (bao-in, "
              "bao-dien-tu, bao-hinh, bao-noi).", "Mã và tên của chúng cố định để báo cáo của "
              "mọi kế hoạch thống nhất.", "Xóa mục đó; loại hình báo chí luôn có sẵn."),
    "DK212": ("Hai mục hoặc hai điểm đánh số in cùng một số ở cùng một chỗ.",
              "Nhãn (\"IV.2\") sẽ không phân biệt được chúng trong `tasks` và trong thông báo; "
              "thường do gõ `number:` hai lần.", "Sửa `number:` hoặc `start:` của danh sách."),
    "DK301": ("Ngày không có thật (30 tháng 2, tháng 13).",
              "Thời hạn vào một ngày không bao giờ đến thì không bao giờ đến hạn.",
              "Sửa lại ngày."),
    "DK302": ("Thời hạn của nhiệm vụ nằm ngoài thời kỳ của kế hoạch.",
              "Nhiệm vụ của kế hoạch phải nằm trong những năm kế hoạch bao trùm.",
              "Chuyển thời hạn vào trong thời kỳ, hoặc mở rộng `document.period`."),
    "DK303": ("Một căn cứ pháp lý ban hành sau chính kế hoạch.",
              "Kế hoạch không thể căn cứ vào văn bản chưa có khi kế hoạch ban hành.",
              "Sửa ngày của căn cứ hoặc ngày của kế hoạch."),
    "DK304": ("Một thời kỳ kết thúc trước khi bắt đầu.", "Không gì có thể nằm trong đó.",
              "Đổi chỗ hoặc sửa `start` và `end`."),
    "DK305": ("Một thỏa thuận được viện dẫn làm căn cứ không bao trùm thời kỳ của kế hoạch.",
              "Kế hoạch thực hiện một thỏa thuận không còn hiệu lực vào thời điểm đó.",
              "Viện dẫn thỏa thuận đang có hiệu lực, hoặc sửa thời kỳ của thỏa thuận."),
    "DK306": ("Một bản ghi tiến độ có ngày nằm ngoài thời kỳ của kế hoạch.",
              "Kết quả thuộc về thời kỳ đạt được kết quả đó.", "Sửa ngày của bản ghi."),
    "DK307": ("Nhiệm vụ được giao cho một cơ quan không tồn tại vào lúc đến hạn: trước "
              "`valid_from` hoặc sau `valid_to` của cơ quan đó (trực tiếp, hoặc là thành viên "
              "được liệt kê của một nhóm có nhiệm vụ).",
              "Không ai thực hiện được nhiệm vụ giao cho một cơ quan đã hợp nhất, chia tách "
              "hoặc chưa thành lập; nhiệm vụ sẽ bị bỏ sót.",
              "Giao nhiệm vụ cho cơ quan hiện đảm nhận (thông báo nêu các cơ quan kế thừa), "
              "hoặc sửa `valid_from`/`valid_to` của cơ quan."),
    "DK308": ("Ngày mà văn bản của nhiệm vụ ghi làm thời hạn (\"trước ngày 15/12/2020\") "
              "không trùng ngày nào trong `timing` của nhiệm vụ.",
              "Người đọc theo văn bản, còn `tasks`, `calendar` và `remind` theo `timing`: một "
              "trong hai sai, và một thời hạn sẽ bị lỡ hoặc bị bịa ra.",
              "Sửa `timing` hoặc văn bản cho khớp nhau; thông báo nêu các ngày của thời hạn."),
    "DK310": ("Số ký hiệu của văn bản được viện dẫn, hoặc ký hiệu của chính kế hoạch, không "
              "theo dạng thường gặp (SỐ/LOẠI-CƠQUAN, SỐ/NĂM/LOẠI-CƠQUAN, SỐ-LOẠI/CƠQUAN); "
              "thông báo nêu chỗ sai.", "Số được giữ nguyên như bản in, nhưng dakplan không "
              "đọc được loại, năm hay cơ quan ban hành.",
              "Giữ nguyên nếu bản ban hành in như vậy; nếu không thì sửa (thường là một dấu "
              "cách thừa: \"118/TTr-STTTT\")."),
    "DK311": ("Số ký hiệu đọc được nhưng không khớp với các trường bên cạnh: loại với "
              "`type`, năm với `date`.", "Một trong hai bị gõ nhầm.",
              "Sửa số ký hiệu, loại hoặc ngày."),
    "DK312": ("Các dòng thẩm quyền ký bất thường: TM. không đứng đầu, hoặc một tiền tố lặp "
              "lại.", "Hợp lệ nhưng hiếm, và thường là gõ nhầm.",
              "Đối chiếu thứ tự `signature.chain` với bản ban hành."),
    "DK401": ("Mục bỏ qua nêu một mã không có, một mã không thể bỏ qua (lỗi đọc tệp, lược đồ, "
              "tham chiếu), hoặc một đối tượng kế hoạch không có.",
              "Mục bỏ qua không bao giờ áp dụng được thì không che gì mà lại giả như có.",
              "Sửa mã hoặc `at:` (document, basis:ID, duty:ID, ...), hoặc xóa mục bỏ qua."),
    "DK402": ("Mục bỏ qua không ứng với phát hiện nào.",
              "Khiếm khuyết mà nó chấp nhận đã được sửa (hoặc nó nêu sai đối tượng).",
              "Xóa mục bỏ qua, hoặc sửa `at:` cho đúng đối tượng mà phát hiện nêu."),
}
