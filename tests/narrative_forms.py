"""Plans written the way provinces write them (our own texts, in the forms of real plans).

Helpers only, no tests: each constant is a plan's text as Word→text conversion leaves it;
``EXPECTED_*`` are the tasks (ref, group, first words of the content, lead) it must give.
"""

# Dash items under numbered headings, no agency per task; a Word bookmark before a heading,
# field codes, a soft hyphen (inside "nghiệp"), a non-breaking space (after "trên"), page
# numbers and a running header.
DASH_ITEMS = """ỦY BAN NHÂN DÂN TỈNH AN BÌNH
Số: 45/KH-UBND
KẾ HOẠCH
Triển khai Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ
Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Quán triệt đầy đủ nội dung Nghị quyết đến cán bộ, đảng viên.
2. Yêu cầu
- Xác định rõ nhiệm vụ, tiến độ thực hiện.
II. NHIỆM VỤ, GIẢI PHÁP
1. Nâng cao nhận thức, đổi mới tư duy
Các cấp, các ngành tập trung thực hiện các nội dung sau:
- Tổ chức quán triệt Nghị quyết số 57-NQ/TW đến toàn thể cán bộ.
- Xây dựng chuyên mục về khoa học, công nghệ trên Báo và Đài tỉnh.
- Phát động phong trào thi đua đổi mới sáng tạo.
KẾ HOẠCH 45/KH-UBND
3
[bookmark: _Hlk190000001]2. Hoàn thiện thể chế, chính sách
- Rà soát, bãi bỏ các quy định không còn phù hợp.
Tập trung vào lĩnh vực đầu tư công và đất đai.
- Ban hành chính sách hỗ trợ doanh nghi­ệp đổi mới công nghệ.
3. Phát triển hạ tầng số
- Phủ sóng di động 5G tới các khu công nghiệp { PAGE \\* MERGEFORMAT }.
- Xây dựng trung tâm dữ liệu của tỉnh theo HYPERLINK "https://example.vn/tc" tiêu chuẩn quốc gia.
KẾ HOẠCH 45/KH-UBND
4
4. Phát triển nguồn nhân lực
- Đào tạo 500 cán bộ về kỹ năng số.
III. KINH PHÍ THỰC HIỆN
Kinh phí bố trí từ ngân sách nhà nước và các nguồn hợp pháp khác.
KẾ HOẠCH 45/KH-UBND
5
"""
EXPECTED_DASH_ITEMS = [
    ("1-1", "1. Nâng cao nhận thức, đổi mới tư duy", "Tổ chức quán triệt Nghị quyết số 57-NQ/TW đến toàn thể cán bộ.", ""),
    ("1-2", "1. Nâng cao nhận thức, đổi mới tư duy", "Xây dựng chuyên mục về khoa học, công nghệ trên Báo và Đài tỉnh.", ""),
    ("1-3", "1. Nâng cao nhận thức, đổi mới tư duy", "Phát động phong trào thi đua đổi mới sáng tạo.", ""),
    ("2-1", "2. Hoàn thiện thể chế, chính sách", "Rà soát, bãi bỏ các quy định không còn phù hợp.\n"
                                                 "Tập trung vào lĩnh vực đầu tư công và đất đai.", ""),
    ("2-2", "2. Hoàn thiện thể chế, chính sách", "Ban hành chính sách hỗ trợ doanh nghiệp đổi mới công nghệ.", ""),
    ("3-1", "3. Phát triển hạ tầng số", "Phủ sóng di động 5G tới các khu công nghiệp.", ""),
    ("3-2", "3. Phát triển hạ tầng số", "Xây dựng trung tâm dữ liệu của tỉnh theo tiêu chuẩn quốc gia.", ""),
    ("4-1", "4. Phát triển nguồn nhân lực", "Đào tạo 500 cán bộ về kỹ năng số.", ""),
]

# A party action programme: Roman headings "I-", "II-", "III –", "IV/", "V-"; the viewpoints
# (Quan điểm) numbered; targets under "Đến năm 2030"/"Tầm nhìn đến năm 2045"; tasks "1-",
# "2)", "3." with lettered items "a)", "b."; a breakthrough-initiative list numbered again
# from 1; a heading run together with its body; the organisation section per agency.
PARTY_PROGRAMME = """TỈNH ỦY AN BÌNH
Số 12-CTr/TU
CHƯƠNG TRÌNH HÀNH ĐỘNG
THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW CỦA BỘ CHÍNH TRỊ
I- QUAN ĐIỂM Phát triển khoa học, công nghệ là đột phá quan trọng hàng đầu của tỉnh.
1. Khoa học, công nghệ là động lực chính để phát triển kinh tế - xã hội.
2. Người dân và doanh nghiệp là trung tâm của chuyển đổi số.
II- MỤC TIÊU
1. Đến năm 2030
- Tỷ lệ phủ sóng 5G trên 90% địa bàn.
- Có từ 7 người làm nghiên cứu trên 01 vạn dân.
2. Tầm nhìn đến năm 2045
- Kinh tế số đạt tối thiểu 50% GRDP.
III – NHIỆM VỤ, GIẢI PHÁP
Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy tập trung các nhiệm vụ sau.
1- Nâng cao nhận thức về khoa học, công nghệ
a) Tổ chức học tập, quán triệt Nghị quyết trong toàn Đảng bộ.
b. Đưa nội dung chuyển đổi số vào chương trình bồi dưỡng cán bộ.
2) Hoàn thiện thể chế
a) Ban hành cơ chế thử nghiệm có kiểm soát.
b) Sửa đổi quy định về quỹ phát triển khoa học và công nghệ.
3. Phát triển doanh nghiệp công nghệ số.
IV/ CÁC SÁNG KIẾN ĐỘT PHÁ
1. Xây dựng nền tảng dữ liệu dùng chung của tỉnh.
2. Thành lập trung tâm đổi mới sáng tạo An Bình.
3. Đưa vào vận hành sàn giao dịch công nghệ của tỉnh.
V- TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ: - chủ trì theo dõi, đôn đốc việc thực hiện Chương trình; - tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy.
2. Sở Tài chính (cơ quan tham mưu):
- Bố trí kinh phí thực hiện Chương trình.
3. Các cấp ủy, tổ chức đảng xây dựng kế hoạch thực hiện.
Nơi nhận:
- Ban Bí thư,
- Lưu VPTU.
"""
EXPECTED_PARTY = [
    ("III.1.a", "III. NHIỆM VỤ, GIẢI PHÁP › 1. Nâng cao nhận thức về khoa học, công nghệ",
     "Tổ chức học tập, quán triệt Nghị quyết trong toàn Đảng bộ.", ""),
    ("III.1.b", "III. NHIỆM VỤ, GIẢI PHÁP › 1. Nâng cao nhận thức về khoa học, công nghệ",
     "Đưa nội dung chuyển đổi số vào chương trình bồi dưỡng cán bộ.", ""),
    ("III.2.a", "III. NHIỆM VỤ, GIẢI PHÁP › 2. Hoàn thiện thể chế", "Ban hành cơ chế thử nghiệm có kiểm soát.", ""),
    ("III.2.b", "III. NHIỆM VỤ, GIẢI PHÁP › 2. Hoàn thiện thể chế",
     "Sửa đổi quy định về quỹ phát triển khoa học và công nghệ.", ""),
    ("III.3", "III. NHIỆM VỤ, GIẢI PHÁP", "Phát triển doanh nghiệp công nghệ số.", ""),
    ("IV.1", "IV. CÁC SÁNG KIẾN ĐỘT PHÁ", "Xây dựng nền tảng dữ liệu dùng chung của tỉnh.", ""),
    ("IV.2", "IV. CÁC SÁNG KIẾN ĐỘT PHÁ", "Thành lập trung tâm đổi mới sáng tạo An Bình.", ""),
    ("IV.3", "IV. CÁC SÁNG KIẾN ĐỘT PHÁ", "Đưa vào vận hành sàn giao dịch công nghệ của tỉnh.", ""),
    ("V.1-1", "V. TỔ CHỨC THỰC HIỆN › 1. Sở Khoa học và Công nghệ",
     "Chủ trì theo dõi, đôn đốc việc thực hiện Chương trình", "Sở Khoa học và Công nghệ"),
    ("V.1-2", "V. TỔ CHỨC THỰC HIỆN › 1. Sở Khoa học và Công nghệ",
     "Tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy.", "Sở Khoa học và Công nghệ"),
    ("V.2-1", "V. TỔ CHỨC THỰC HIỆN › 2. Sở Tài chính", "Bố trí kinh phí thực hiện Chương trình.", "Sở Tài chính"),
]

# Parts ("PHẦN I", "Phần thứ hai") instead of Roman headings; agencies in a closing bracket; a
# label line with "phối hợp:" and "thời gian:" run on; a lettered item "a." whose dash items are
# the tasks; a heading in capitals run together with its first item.
BRACKETS = """KẾ HOẠCH
Chuyển đổi số tỉnh An Bình năm 2026
PHẦN I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm triển khai đồng bộ, hiệu quả.
Phần thứ hai: NHIỆM VỤ VÀ GIẢI PHÁP 1. Hoàn thiện thể chế số
- Ban hành quy chế quản lý dữ liệu dùng chung (Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tư pháp; hoàn thành trong Quý II/2026).
- Rà soát thủ tục hành chính trên môi trường số (giao Văn phòng Ủy ban nhân dân tỉnh chủ trì).
2. Phát triển hạ tầng số
a. Hạ tầng viễn thông
- Phủ sóng 5G các khu công nghiệp (Cơ quan chủ trì: Sở Khoa học và Công nghệ; thời gian: năm 2026).
- Ngầm hóa cáp viễn thông đô thị.
b. Hạ tầng dữ liệu
- Xây dựng trung tâm dữ liệu của tỉnh (chủ trì: Sở Văn hóa, Thể thao và Du lịch; phối hợp: Sở Tài chính).
3. Phát triển nhân lực số
- Đào tạo kỹ năng số cho cán bộ, công chức
Cơ quan chủ trì: Sở Nội vụ, phối hợp: Sở Giáo dục và Đào tạo; thời gian: hằng năm.
PHẦN III. TỔ CHỨC THỰC HIỆN
Các sở, ngành tổ chức thực hiện Kế hoạch này.
"""
EXPECTED_BRACKETS = [
    ("1-1", "1. Hoàn thiện thể chế số", "Sở Khoa học và Công nghệ", "Sở Tư pháp",
     "Quý II/2026"),
    ("1-2", "1. Hoàn thiện thể chế số", "Văn phòng Ủy ban nhân dân tỉnh", "", ""),
    ("2.a-1", "2. Phát triển hạ tầng số › a) Hạ tầng viễn thông",
     "Sở Khoa học và Công nghệ", "", "năm 2026"),
    ("2.a-2", "2. Phát triển hạ tầng số › a) Hạ tầng viễn thông", "", "", ""),
    ("2.b-1", "2. Phát triển hạ tầng số › b) Hạ tầng dữ liệu",
     "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính", ""),
    ("3", "", "Sở Nội vụ", "Sở Giáo dục và Đào tạo", "hằng năm"),
]
