"""Layout constants of an administrative report (Decree 30/2020/NĐ-CP, Appendix I).

Distances in millimetres, font sizes in points. The values sit inside the ranges the decree
allows (see ../shared/domain-notes.md, "Layout of the report").
"""

from __future__ import annotations

# Paper and margins (A4 portrait; appendix tables in landscape keep the same margins)
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
MARGIN_TOP_MM = 20          # 20–25
MARGIN_BOTTOM_MM = 20       # 20–25
MARGIN_LEFT_MM = 30         # 30–35
MARGIN_RIGHT_MM = 15        # 15–20

# Header blocks
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
NATIONAL_TITLE_PT = 12      # 12–13, bold, capitals
MOTTO_PT = 13               # 13–14, bold, rule as long as the text
SUPERIOR_PT = 12            # 12–13, regular, capitals
AGENCY_PT = 12              # 12–13, bold, capitals, short rule of 1/3–1/2 of the name
AGENCY_RULE_FRACTION = 0.4
NUMBER_PT = 13              # "Số: 12/BC-SKHCN"
DATE_PT = 13                # italic 13–14
RULE_WIDTH_PT = 0.6         # thickness of the solid rules

# Document type and subject
DOC_TYPE = "BÁO CÁO"
DOC_TYPE_ABBREVIATION = "BC"
DOC_TYPE_PT = 14            # 13–14, bold, capitals
SUBJECT_PT = 14             # 13–14, bold
SUBJECT_RULE_MIN_MM, SUBJECT_RULE_MAX_MM = 25, 60

# Body
BODY_PT = 14                # 13–14
BODY_LEADING = 1.2          # single spacing (1–1.5)
FIRST_LINE_INDENT_MM = 12.7  # 1–1.27 cm
SPACE_AFTER_PT = 6          # at least 6 pt between paragraphs

# Closing
RECIPIENTS_TITLE = "Nơi nhận:"
RECIPIENTS_TITLE_PT = 12    # italic bold
RECIPIENTS_PT = 11
ARCHIVE_LINE = "Lưu: VT"
SIGNER_PT = 14              # authority and title: capitals bold 13–14; name bold
SIGNATURE_SPACE_MM = 56     # room for the signature with a real-size seal (36 mm) and the 10 pt signing lines

# Page numbers: Arabic, centred in the top margin, from page 2
PAGE_NUMBER_PT = 13

# Appendix tables (landscape)
TABLE_PT = 12
TABLE_HEADER_PT = 12
TABLE_CELL_PADDING_PT = 3
APPENDIX_TITLE_PT = 14
# Task table columns (mm), summing to the landscape text width 297 - 30 - 15 = 252
TASK_COLUMNS_MM = (12, 72, 18, 26, 32, 52, 40)
TARGET_COLUMNS_MM = (12, 100, 20, 38, 38, 44)

# Spreadsheet
XLSX_FONT = "Times New Roman"
XLSX_PT = 12
