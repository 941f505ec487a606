"""What the importer says, in English and Vietnamese.

Kept beside the importer until the command is wired: then these keys join the shared catalogue
(``dakplan.messages``) unchanged. The language is the one chosen for the run
(``dakplan.i18n.language``).
"""

from __future__ import annotations

from dakplan.i18n import language

EN: dict[str, str] = {
    # files that cannot be read
    "import.doc": "is a Word 97-2003 document (.doc), which cannot be read; open it in Word "
    "and save it as .docx (File, Save As, Word Document)",
    "import.encrypted": "is a password-protected (encrypted) Word document; open it in Word, "
    "remove the password (File, Info, Protect Document) and save it again",
    "import.rtf": "is a Rich Text (.rtf) file; open it in Word and save it as .docx",
    "import.pdf": "is a PDF; copy its text into a .txt file (or save it as .docx) and import "
    "that",
    "import.not_zip": "is not a .docx file (not a zip archive: {reason}); save it from Word as "
    ".docx",
    "import.no_document": "is a zip archive without word/document.xml, so not a Word document; "
    "save it from Word as .docx",
    "import.broken": "is a damaged .docx file ({reason}); open it in Word, let Word repair it "
    "and save it again",
    "import.too_large": "is larger than {mb} MB; a plan is far smaller",
    "import.unreadable": "cannot be read: {reason}",
    "import.empty": "holds no text (a scanned PDF copies as empty text); run text recognition "
    "(OCR) on the scan first, then import its text",
    "import.no_title": "has no title line such as 'KẾ HOẠCH' in its first {count} lines; it "
    "does not read as a plan",
    # the review list
    "review.header": "{count} place(s) to review:",
    "review.issuer_from_text": "the header with the issuing body is missing; the issuer is "
    "taken from '{text}'",
    "review.no_issuer": "no issuing body found; fill in document.issuer",
    "review.issuer_case": "the issuing body is printed in capitals only; check the case of the "
    "agency name '{name}'",
    "review.no_number": "'Số:' line not found; fill in document.number and symbol",
    "review.number": "the number '{text}' is not a whole number; kept in the symbol",
    "review.no_date": "no place and date line ('..., ngày ... tháng ... năm ...') found",
    "review.date": "could not read the date '{text}'",
    "review.no_period": "no period ('năm 2024', 'giai đoạn 2021-2025') in the subject",
    "review.period_from": "the subject names no period; it is taken from '{text}'",
    "review.no_signature": "no signature block (authority lines, title, name) found",
    "review.no_recipients": "no 'Nơi nhận:' list found",
    "review.no_lead": "no clear lead for this duty (no agency heads its part or opens its "
    "text); kept as text",
    "review.agency_new": "agency '{name}' registered as {code} with kind {kind}, the kind "
    "of no body the importer recognises; set its kind and check its name",
    "review.agency_expanded": "agency '{short}' is printed only in short form; its name is "
    "spelled out as '{name}'; check it",
    "review.group_as_agency": "'{name}' names several bodies without listing them; kept as "
    "one agency, {code}; make it a group with members if each must answer for its duties",
    "review.group_guess": "group '{name}' is taken to mean the units this plan assigns duties "
    "to: {members}; check it",
    "review.timing_date": "the date '{text}' does not exist; timing left as standing",
    "review.timing_year": "the date '{text}' has no year; the plan's year {year} is assumed",
    "review.reporting": "read as the plan's reporting duty, an unnumbered section after "
    "'{heading}'",
    "review.unplaced": "a line the importer could not place; kept as a paragraph",
}

VI: dict[str, str] = {
    "import.doc": "là văn bản Word 97-2003 (.doc), không đọc được; hãy mở bằng Word và lưu "
    "lại dưới dạng .docx (File, Save As, Word Document)",
    "import.encrypted": "là văn bản Word có mật khẩu (đã mã hóa); hãy mở bằng Word, bỏ mật "
    "khẩu (File, Info, Protect Document) rồi lưu lại",
    "import.rtf": "là tệp Rich Text (.rtf); hãy mở bằng Word và lưu lại dưới dạng .docx",
    "import.pdf": "là tệp PDF; hãy chép văn bản của nó vào một tệp .txt (hoặc lưu thành .docx) "
    "rồi nhập tệp đó",
    "import.not_zip": "không phải tệp .docx (không phải tệp nén zip: {reason}); hãy lưu lại "
    "từ Word dưới dạng .docx",
    "import.no_document": "là tệp zip không có word/document.xml, nên không phải văn bản Word; "
    "hãy lưu lại từ Word dưới dạng .docx",
    "import.broken": "là tệp .docx bị hỏng ({reason}); hãy mở bằng Word để Word sửa rồi lưu "
    "lại",
    "import.too_large": "lớn hơn {mb} MB; một kế hoạch nhỏ hơn nhiều",
    "import.unreadable": "không đọc được: {reason}",
    "import.empty": "không có chữ (bản PDF quét chỉ chép ra văn bản rỗng); hãy nhận dạng chữ "
    "(OCR) bản quét trước, rồi nhập văn bản đó",
    "import.no_title": "không có dòng tên loại văn bản như 'KẾ HOẠCH' trong {count} dòng đầu; "
    "không đọc được như một kế hoạch",
    "review.header": "{count} chỗ cần rà soát:",
    "review.issuer_from_text": "thiếu phần đầu ghi cơ quan ban hành; cơ quan ban hành được "
    "lấy từ '{text}'",
    "review.no_issuer": "không tìm thấy cơ quan ban hành; hãy điền document.issuer",
    "review.issuer_case": "cơ quan ban hành chỉ in chữ hoa; hãy kiểm tra cách viết tên '{name}'",
    "review.no_number": "không tìm thấy dòng 'Số:'; hãy điền document.number và symbol",
    "review.number": "số '{text}' không phải số nguyên; giữ trong ký hiệu",
    "review.no_date": "không tìm thấy dòng địa danh và ngày tháng ('..., ngày ... tháng ... "
    "năm ...')",
    "review.date": "không đọc được ngày '{text}'",
    "review.no_period": "trích yếu không ghi thời kỳ ('năm 2024', 'giai đoạn 2021-2025')",
    "review.period_from": "trích yếu không ghi thời kỳ; thời kỳ được lấy từ '{text}'",
    "review.no_signature": "không tìm thấy phần ký (thẩm quyền, chức vụ, họ tên)",
    "review.no_recipients": "không tìm thấy 'Nơi nhận:'",
    "review.no_lead": "không rõ cơ quan chủ trì nhiệm vụ này (không có cơ quan đứng đầu mục "
    "hay mở đầu câu); giữ nguyên dạng văn bản",
    "review.agency_new": "cơ quan '{name}' được đăng ký mã {code}, loại {kind} (không nhận "
    "ra loại cơ quan); hãy ghi loại và kiểm tra tên",
    "review.agency_expanded": "cơ quan '{short}' chỉ in tên viết tắt; tên đầy đủ được ghi là "
    "'{name}'; hãy kiểm tra",
    "review.group_as_agency": "'{name}' chỉ nhiều cơ quan mà không nêu tên từng cơ quan; "
    "giữ là một cơ quan, mã {code}; hãy đổi thành nhóm có members nếu từng cơ quan phải chịu "
    "trách nhiệm",
    "review.group_guess": "nhóm '{name}' được hiểu là các đơn vị được giao nhiệm vụ trong kế "
    "hoạch: {members}; hãy kiểm tra",
    "review.timing_date": "ngày '{text}' không có thật; thời hạn để là thường xuyên",
    "review.timing_year": "ngày '{text}' không ghi năm; lấy năm {year} của kế hoạch",
    "review.reporting": "được hiểu là nhiệm vụ báo cáo của kế hoạch, một mục không đánh số "
    "sau '{heading}'",
    "review.unplaced": "một dòng không xếp được vào đâu; giữ nguyên là một đoạn văn",
}


def say(key: str, /, **params: object) -> str:
    """The message ``key`` in the language of the run, formatted with ``params``."""
    template = (VI if language() == "vi" else EN).get(key) or EN[key]
    return template.format(**params) if params else template
