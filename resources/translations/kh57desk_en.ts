<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="25"/>
        <source>Cơ quan sử dụng chương trình</source>
        <translation>Agency using the program</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="26"/>
        <source>Chương trình giữ nhiệm vụ và tiến độ của một cơ quan. Chọn cơ quan của bạn trong danh mục (gõ vài chữ, có dấu hay không dấu đều được).</source>
        <translation>The program keeps the tasks and progress of one agency. Choose your agency from the directory (type a few letters, with or without Vietnamese accents).</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="28"/>
        <source>Cơ quan thực hiện nhiệm vụ (&amp;sở, ban, ngành, UBND xã, phường…)</source>
        <translation>An implementing agency (&amp;department, board, sector, commune or ward people&apos;s committee…)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="29"/>
        <source>Sở Khoa học và Công nghệ — tổng hợp &amp;báo cáo của các cơ quan</source>
        <translation>Department of Science and Technology — consolidates the agencies&apos; &amp;reports</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="33"/>
        <source>Cơ quan chưa có trong danh mục: thêm &amp;mới</source>
        <translation>Agency not in the directory: add &amp;it</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="47"/>
        <source>ví dụ Hưng Yên (gõ có dấu hay không dấu đều được)</source>
        <translation>e.g. Hưng Yên (with or without diacritics)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="60"/>
        <source>Tên &amp;cơ quan:</source>
        <translation>&amp;Agency name:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="62"/>
        <source>&amp;Loại cơ quan:</source>
        <translation>Agency &amp;kind:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="63"/>
        <source>Tỉnh, thành &amp;phố:</source>
        <translation>&amp;Province or city:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="64"/>
        <source>Cơ quan cấp &amp;trên:</source>
        <translation>Superior &amp;body:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="89"/>
        <source>Chưa nhập tên cơ quan.</source>
        <translation>The agency name is empty.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="93"/>
        <source>Không thấy &quot;{0}&quot; trong danh mục. Kiểm tra lại tên, hoặc đánh dấu &quot;thêm mới&quot; để thêm cơ quan vào danh mục.</source>
        <translation>&quot;{0}&quot; is not in the directory. Check the name, or tick &quot;add it&quot; to add the agency to the directory.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="97"/>
        <source>Chưa chọn tỉnh, thành phố: tên tỉnh in ở đầu báo cáo.</source>
        <translation>Choose the province or city: its name is printed at the top of reports.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="100"/>
        <source>Chưa nhập cơ quan cấp trên (ví dụ ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN).</source>
        <translation>Enter the superior body (e.g. ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN).</translation>
    </message>
</context>
<context>
    <name>AgencySync</name>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="99"/>
        <source>Mã khóa của máy này (đọc cho Sở Khoa học và Công nghệ khi được hỏi): {0}</source>
        <translation>This computer&apos;s key fingerprint (read it to the Department of Science and Technology when asked): {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="101"/>
        <source>Kết quả xét báo cáo: {0}</source>
        <translation>Verdict on the report: {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="102"/>
        <source>Sở Khoa học và Công nghệ chưa gửi kết quả xét báo cáo kỳ này (nhập gói kết quả khi nhận được).</source>
        <translation>The Department of Science and Technology has not sent a verdict on this period&apos;s report yet (import the verdict package when it arrives).</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="28"/>
        <source>Tạo gói &amp;báo cáo</source>
        <translation>Create &amp;report package</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="30"/>
        <source>Tạo gói có chữ ký &amp;số…</source>
        <translation>Create &amp;signed package…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="34"/>
        <source>Gửi &amp;email…</source>
        <translation>Send by &amp;email…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="36"/>
        <source>Sao chép ra &amp;USB…</source>
        <translation>Copy to &amp;USB…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="38"/>
        <source>Mở thư &amp;mục</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="40"/>
        <source>Gửi báo cáo về Sở Khoa học và Công nghệ</source>
        <translation>Send the report to the Department of Science and Technology</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="43"/>
        <source>Gói báo cáo chứa tiến độ các nhiệm vụ, số liệu chỉ tiêu, tệp đính kèm của kỳ và các tệp báo cáo mới nhất của kỳ (cả bản đã ký số). Sở Khoa học và Công nghệ mở gói bằng kh57desk.</source>
        <translation>The report package holds the period&apos;s task progress, target figures, attachments and the latest report files of the period (signed copies too). The Department of Science and Technology opens it with kh57desk.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="64"/>
        <source>&amp;Nhập gói nhiệm vụ…</source>
        <translation>&amp;Import task package…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="66"/>
        <source>Nhận nhiệm vụ từ Sở Khoa học và Công nghệ</source>
        <translation>Receive tasks from the Department of Science and Technology</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="69"/>
        <source>Gói nhiệm vụ cập nhật nội dung, thời hạn và phân công nhiệm vụ; tiến độ đã nhập được giữ nguyên. Gói kết quả xét báo cáo cho biết Sở đã nhận, chấp nhận hay trả lại báo cáo (kỳ đã chấp nhận bị khóa). Xem trước những gì thay đổi rồi mới nhập.</source>
        <translation>A task package updates task contents, deadlines and assignments; the progress entered is kept. A verdict package tells whether the Department received, accepted or returned the report (an accepted period is locked). Preview the changes before importing.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="91"/>
        <source>{0}: chưa lập báo cáo (màn hình Báo cáo); gói sẽ chỉ có số liệu tiến độ và chỉ tiêu.</source>
        <translation>{0}: no report generated yet (Reports screen); the package will hold progress and target figures only.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="94"/>
        <source>{0}: kèm báo cáo số {1}, lần {2}, đã ký số ({3}).</source>
        <translation>{0}: with report no. {1}, version {2}, digitally signed ({3}).</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="97"/>
        <source>{0}: kèm báo cáo số {1}, lần {2}, chưa ký số.</source>
        <translation>{0}: with report no. {1}, version {2}, not signed.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="104"/>
        <source>Gửi đến: {0}</source>
        <translation>Send to: {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="105"/>
        <source>Chưa có địa chỉ thư điện tử của Sở Khoa học và Công nghệ (Cài đặt → Đồng bộ); chương trình thư sẽ mở với ô người nhận để trống.</source>
        <translation>No e-mail address for the Department of Science and Technology yet (Settings → Sync); the mail program will open with an empty recipient.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="120"/>
        <source>Tạo gói báo cáo có chữ ký số</source>
        <translation>Create a signed report package</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="121"/>
        <source>Gói báo cáo {0} được ký số: Sở Khoa học và Công nghệ kiểm tra được gói do cơ quan gửi và không bị sửa trên đường đi.</source>
        <translation>The report package of {0} is digitally signed: the Department of Science and Technology can check that it comes from this agency and was not changed on the way.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="124"/>
        <source>Tạo gói và &amp;ký</source>
        <translation>Create and &amp;sign</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="142"/>
        <source>Chưa tạo gói nào trong lần làm việc này.</source>
        <translation>No package created in this session.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="157"/>
        <source>Chọn USB hoặc thư mục để chép gói vào</source>
        <translation>Choose the USB stick or folder to copy the package to</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_agency.py" line="168"/>
        <source>Đã chép và kiểm tra bản chép: {0}</source>
        <translation>Copied and checked: {0}</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <location filename="../../kh57desk/ui/qt.py" line="90"/>
        <source>&amp;Có</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/qt.py" line="91"/>
        <source>&amp;Không</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="32"/>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="33"/>
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="34"/>
        <source>Chưa có số liệu</source>
        <translation>No figure yet</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="35"/>
        <source>Chỉ tiêu định tính</source>
        <translation>Qualitative target</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../kh57desk/ui/assign_dialog.py" line="23"/>
        <source>Phân công cơ quan</source>
        <translation>Assign agencies</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/assign_dialog.py" line="25"/>
        <source>{0} nhiệm vụ đã chọn.</source>
        <translation>{0} tasks selected.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/assign_dialog.py" line="26"/>
        <source>Cả nhóm “{0}”</source>
        <translation>The whole group “{0}”</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/assign_dialog.py" line="32"/>
        <source>Cơ quan phối hợp cần thêm</source>
        <translation>Coordinating agency to add</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/assign_dialog.py" line="36"/>
        <source>Các cơ quan phối hợp</source>
        <translation>Coordinating agencies</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/assign_dialog.py" line="44"/>
        <source>Cơ quan chủ trì:</source>
        <translation>Lead agency:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/assign_dialog.py" line="45"/>
        <source>Cơ quan phối hợp:</source>
        <translation>Coordinating agencies:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/assign_dialog.py" line="48"/>
        <source>Phân công</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/assign_dialog.py" line="56"/>
        <source>Phân công được giữ khi nhập lại kế hoạch và được gửi đến các cơ quan trong gói nhiệm vụ.</source>
        <translation>The assignment is kept when the plan is imported again and is sent to the agencies in task packages.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/assign_dialog.py" line="81"/>
        <source>Chọn cơ quan chủ trì.</source>
        <translation>Choose the lead agency.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/assign_dialog.py" line="30"/>
        <source>Cơ quan chủ trì</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/assign_dialog.py" line="33"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/assign_dialog.py" line="34"/>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/assign_dialog.py" line="49"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CompletenessBox</name>
    <message>
        <location filename="../../kh57desk/ui/completeness_box.py" line="27"/>
        <source>Tình hình gửi báo cáo của các cơ quan</source>
        <translation>Agencies&apos; reporting</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_box.py" line="31"/>
        <source>Báo cáo đúng hạn</source>
        <translation>Reported on time</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_box.py" line="31"/>
        <source>Báo cáo muộn</source>
        <translation>Reported late</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_box.py" line="32"/>
        <source>Chưa báo cáo</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_box.py" line="38"/>
        <source>Cơ quan có nhiều nhiệm vụ quá hạn nhất</source>
        <translation>Agencies with the most overdue tasks</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_box.py" line="38"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_box.py" line="39"/>
        <source>Báo cáo</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_box.py" line="59"/>
        <source>{0}: {1} cơ quan phải báo cáo, hạn gửi {2}.</source>
        <translation>{0}: {1} agencies must report, due {2}.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_box.py" line="68"/>
        <source>Không cơ quan nào có nhiệm vụ quá hạn.</source>
        <translation>No agency has overdue tasks.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_box.py" line="70"/>
        <source>Nhiệm vụ quá hạn của các cơ quan: {0}</source>
        <translation>Agencies&apos; overdue tasks: {0}</translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <location filename="../../kh57desk/ui/completeness_model.py" line="25"/>
        <source>Đã nhận {0} (đúng hạn)</source>
        <translation>Received {0} (on time)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_model.py" line="26"/>
        <source>Đã nhận {0} (muộn)</source>
        <translation>Received {0} (late)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_model.py" line="27"/>
        <source>Đã chấp nhận {0}</source>
        <translation>Accepted {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_model.py" line="28"/>
        <source>Trả lại {0}</source>
        <translation>Returned {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_model.py" line="29"/>
        <source>Mở lại {0}</source>
        <translation>Reopened {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_model.py" line="16"/>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_model.py" line="16"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_model.py" line="17"/>
        <source>Phối hợp</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_model.py" line="17"/>
        <source>Báo cáo</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_model.py" line="18"/>
        <source>Thời điểm lập gói</source>
        <translation>Package created</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_model.py" line="19"/>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_model.py" line="19"/>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_model.py" line="20"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_model.py" line="21"/>
        <source>Đã báo cáo đúng hạn</source>
        <translation>Reported on time</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_model.py" line="22"/>
        <source>Báo cáo muộn</source>
        <translation>Reported late</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_model.py" line="23"/>
        <source>Chưa báo cáo</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_model.py" line="30"/>
        <source>{0} ({1} tự nhận)</source>
        <translation>{0} ({1} self-assigned)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/completeness_model.py" line="31"/>
        <source>{0} nhiệm vụ do cơ quan tự nhận thực hiện (kế hoạch chưa giao)</source>
        <translation>{0} tasks the agency took on itself (not assigned by the plan)</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <location filename="../../kh57desk/ui/update_conflict.py" line="22"/>
        <source>Lưu nội dung của tôi</source>
        <translation>Save my version</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_conflict.py" line="24"/>
        <source>Dùng bản mới</source>
        <translation>Use the newer version</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_conflict.py" line="36"/>
        <source>Ngày cập nhật</source>
        <translation>Update date</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_conflict.py" line="36"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_conflict.py" line="36"/>
        <source>Tỷ lệ</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_conflict.py" line="37"/>
        <source>Ngày hoàn thành</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_conflict.py" line="37"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_conflict.py" line="38"/>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_conflict.py" line="38"/>
        <source>Ngày văn bản</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_conflict.py" line="39"/>
        <source>Khó khăn</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_conflict.py" line="39"/>
        <source>Đề xuất</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_conflict.py" line="45"/>
        <source>Cập nhật này vừa được sửa ở nơi khác (lần sửa {0}); biểu mẫu đang hiện bản mới. Nội dung bạn vừa nhập chưa được lưu:
{1}</source>
        <translation>This update was just changed elsewhere (revision {0}); the form now shows the newer version. What you typed has not been saved:
{1}</translation>
    </message>
</context>
<context>
    <name>CoordinatorSync</name>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="185"/>
        <source>Mã khóa của máy này (đọc cho các cơ quan khi được hỏi): {0}</source>
        <translation>This computer&apos;s key fingerprint (read it to the agencies when asked): {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="144"/>
        <source>Ch&amp;ấp nhận</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="148"/>
        <source>Mở lạ&amp;i…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="242"/>
        <source>Gói kết quả gửi lại cơ quan: {0}</source>
        <translation>Verdict package to send back to the agency: {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="38"/>
        <source>Tạo gói &amp;nhiệm vụ cho mọi cơ quan…</source>
        <translation>Create task &amp;packages for every agency…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="40"/>
        <source>Có chữ ký &amp;số…</source>
        <translation>&amp;Signed…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="41"/>
        <source>Tạo gói nhiệm vụ cho mọi cơ quan, ký số bằng tệp khóa hoặc USB token của người ký: các cơ quan thấy gói do ai ký</source>
        <translation>Write the task packages for every agency, signed with the signer&apos;s key file or USB token: the agencies see who signed them</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="45"/>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="45"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="45"/>
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="45"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="50"/>
        <source>Gửi &amp;email…</source>
        <translation>Send by &amp;email…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="52"/>
        <source>Sao chép ra &amp;USB…</source>
        <translation>Copy to &amp;USB…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="54"/>
        <source>Mở thư &amp;mục</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="57"/>
        <source>Giao nhiệm vụ cho các cơ quan</source>
        <translation>Assign tasks to the agencies</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="72"/>
        <source>Nhập gói &amp;báo cáo…</source>
        <translation>Import &amp;report packages…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="74"/>
        <source>Nhậ&amp;p cả thư mục…</source>
        <translation>Import a whole fol&amp;der…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="76"/>
        <source>Nhận báo cáo của các cơ quan</source>
        <translation>Receive the agencies&apos; reports</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="78"/>
        <source>Mỗi gói được kiểm tra (mã băm, chữ ký số, đúng kế hoạch, không phải gói cũ) và xem trước trước khi nhập.</source>
        <translation>Every package is checked (hashes, digital signature, right plan, not an older package) and previewed before it is imported.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="88"/>
        <source>P&amp;DF</source>
        <translation>P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="89"/>
        <source>Exce&amp;l</source>
        <translation>Exce&amp;l</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="92"/>
        <source>Lập báo cá&amp;o tổng hợp</source>
        <translation>Create c&amp;onsolidated report</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="94"/>
        <source>Mở tệp &amp;vừa lập</source>
        <translation>Open the &amp;new file</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="98"/>
        <source>Báo cáo tổng hợp của tỉnh</source>
        <translation>The province&apos;s consolidated report</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="111"/>
        <source>Mọi cơ quan</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="111"/>
        <source>Chưa báo cáo</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="112"/>
        <source>Báo cáo muộn</source>
        <translation>Reported late</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="112"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="114"/>
        <source>&amp;Hiện:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="129"/>
        <source>Tình hình gửi báo cáo</source>
        <translation>Reporting status</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="136"/>
        <source>Tình hình gửi báo cáo của các cơ quan</source>
        <translation>Agencies&apos; reporting</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="146"/>
        <source>T&amp;rả lại…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="150"/>
        <source>Ký số gói kết quả</source>
        <translation>Sign the verdict package</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="151"/>
        <source>Ký số gói kết quả xét báo cáo bằng tệp khóa hoặc USB token của người ký trước khi gửi lại cơ quan</source>
        <translation>Sign the verdict package with the signer&apos;s key file or USB token before sending it back to the agency</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="226"/>
        <source>Gói kết quả xét báo cáo có chữ ký số</source>
        <translation>Signed verdict package</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="227"/>
        <source>Kết quả xét báo cáo của {0} được ký số: cơ quan kiểm tra được ai ký và gói không bị sửa trên đường đi.</source>
        <translation>The verdict on the report of {0} is signed: the agency can check who signed it and that the package was not changed on the way.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="231"/>
        <source>Ghi và &amp;ký</source>
        <translation>Record and &amp;sign</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="242"/>
        <source>Gói đã được ký số.</source>
        <translation>The package is signed.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="249"/>
        <source>{0}, hạn gửi {1}: {2} cơ quan phải báo cáo; {3} đúng hạn, {4} muộn, {5} chưa báo cáo; {6} nhiệm vụ quá hạn.</source>
        <translation>{0}, due {1}: {2} agencies must report; {3} on time, {4} late, {5} not reported; {6} overdue tasks.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="256"/>
        <source>Chọn thư mục ghi các gói nhiệm vụ</source>
        <translation>Choose the folder for the task packages</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="270"/>
        <source>Tạo gói nhiệm vụ có chữ ký số</source>
        <translation>Signed task packages</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="271"/>
        <source>Gói nhiệm vụ của mọi cơ quan được ký số: các cơ quan kiểm tra được gói do Sở Khoa học và Công nghệ gửi, ai ký, và không bị sửa trên đường đi.</source>
        <translation>Every agency&apos;s task package is signed: the agencies can check that the Department of Science and Technology sent it, who signed it, and that it was not changed on the way.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="274"/>
        <source>Tạo gói và &amp;ký</source>
        <translation>Create and &amp;sign</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="290"/>
        <source>Đã tạo {0} gói nhiệm vụ trong {1}.</source>
        <translation>Created {0} task packages in {1}.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="312"/>
        <source>Chọn USB hoặc thư mục để chép gói vào</source>
        <translation>Choose the USB stick or folder to copy the package to</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="325"/>
        <source>Đã chép và kiểm tra bản chép: {0}</source>
        <translation>Copied and checked: {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="333"/>
        <source>Chọn các gói báo cáo</source>
        <translation>Choose report packages</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="334"/>
        <source>Gói kh57desk (*.kh57);;Mọi tệp (*)</source>
        <translation>kh57desk packages (*.kh57);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="339"/>
        <source>Chọn thư mục chứa các gói báo cáo</source>
        <translation>Choose the folder holding the report packages</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="347"/>
        <source>Chọn ít nhất một định dạng: PDF hoặc Excel.</source>
        <translation>Choose at least one format: PDF or Excel.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="353"/>
        <source>Đang lập báo cáo tổng hợp</source>
        <translation>Creating the consolidated report</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sync_coordinator.py" line="361"/>
        <source>Đã lập báo cáo tổng hợp số {0}: {1} cơ quan phải báo cáo, {2} đúng hạn, {3} muộn, {4} chưa báo cáo.</source>
        <translation>Consolidated report no. {0} created: {1} agencies must report, {2} on time, {3} late, {4} not reported.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../kh57desk/ui/crash.py" line="85"/>
        <source>Chép thông tin lỗi</source>
        <translation>Copy error details</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/crash.py" line="99"/>
        <source>Lần chạy trước, chương trình đã dừng đột ngột. Dữ liệu đã lưu vẫn còn nguyên; thông tin về lỗi được giữ trong tệp {0}.</source>
        <translation>The program stopped abruptly last time. The saved data is intact; the error details are kept in {0}.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="75"/>
        <source>Nhiệm vụ trong kỳ</source>
        <translation>Tasks in the period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="76"/>
        <source>Đã hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="77"/>
        <source>Quá hạn, chưa hoàn thành</source>
        <translation>Overdue, not completed</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="78"/>
        <source>Đến hạn trong 30 ngày tới</source>
        <translation>Due in the next 30 days</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="88"/>
        <source>Nhiệm vụ kế hoạch chỉ giao chung cho &quot;đơn vị liên quan&quot;: không phải việc giao đích danh cho cơ quan, không tính vào số liệu</source>
        <translation>Tasks the plan gives only to &quot;related units&quot; in general: not assigned to the agency by name, not counted in the figures</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="92"/>
        <source>Chỉ tiêu chậm tiến độ</source>
        <translation>Targets behind schedule</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="101"/>
        <source>Nhiệm vụ theo trạng thái</source>
        <translation>Tasks by status</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="119"/>
        <source>Nhiệm vụ quá hạn</source>
        <translation>Overdue tasks</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="120"/>
        <source>Sắp đến hạn (30 ngày tới)</source>
        <translation>Due soon (next 30 days)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="125"/>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="125"/>
        <source>Chốt số liệu</source>
        <translation>Data cut-off</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="125"/>
        <source>Hạn gửi</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="126"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="130"/>
        <source>Nhấn Enter hoặc bấm đúp để chọn kỳ báo cáo này</source>
        <translation>Press Enter or double-click to select this reporting period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="131"/>
        <source>Báo cáo định kỳ</source>
        <translation>Periodic reports</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="174"/>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="174"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="174"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="196"/>
        <source>Tổng quan — {0}</source>
        <translation>Overview — {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="197"/>
        <source>Kỳ báo cáo {0}; trạng thái tính đến ngày {1}.</source>
        <translation>Reporting period {0}; status as of {1}.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="200"/>
        <source>Không tính {0} nhiệm vụ chỉ giao chung cho &quot;đơn vị liên quan&quot; — xem</source>
        <translation>Not counted: {0} tasks given only to &quot;related units&quot; in general — show</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="207"/>
        <source>{0} / {1} chỉ tiêu chưa đạt mức phải đạt đến kỳ này</source>
        <translation>{0} of {1} targets below the level due by this period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="209"/>
        <source>Kế hoạch chưa có chỉ tiêu</source>
        <translation>The plan has no targets</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="217"/>
        <source>Nhiệm vụ quá hạn ({0})</source>
        <translation>Overdue tasks ({0})</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="218"/>
        <source>Sắp đến hạn trong 30 ngày tới ({0})</source>
        <translation>Due in the next 30 days ({0})</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="230"/>
        <source>Không có nhiệm vụ nào.</source>
        <translation>No tasks.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="245"/>
        <source>Không có kỳ báo cáo nào đến hạn trong 30 ngày tới.</source>
        <translation>No report is due in the next 30 days.</translation>
    </message>
</context>
<context>
    <name>DelayedProgress</name>
    <message>
        <location filename="../../kh57desk/ui/progress.py" line="36"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/progress.py" line="54"/>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>DraftForm</name>
    <message>
        <location filename="../../kh57desk/ui/report_draft_form.py" line="38"/>
        <source>Đoạn mở đầu phần I (kết quả nổi bật, đánh giá chung), đặt trước số liệu chương trình tự tổng hợp.</source>
        <translation>Opening paragraph of section I (main results, overall assessment), placed before the figures the program compiles.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/report_draft_form.py" line="40"/>
        <source>Khó khăn, vướng mắc chung của cơ quan (khó khăn của từng nhiệm vụ được lấy từ phần nhập tiến độ).</source>
        <translation>The agency&apos;s general difficulties (each task&apos;s difficulties come from its progress entry).</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/report_draft_form.py" line="42"/>
        <source>Đề xuất, kiến nghị chung của cơ quan.</source>
        <translation>The agency&apos;s general proposals.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/report_draft_form.py" line="43"/>
        <source>Nhiệm vụ trọng tâm kỳ tới (các nhiệm vụ đến hạn được liệt kê tự động).</source>
        <translation>Main tasks for the next period (tasks falling due are listed automatically).</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/report_draft_form.py" line="45"/>
        <source>I. Kết quả</source>
        <translation>I. Results</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/report_draft_form.py" line="45"/>
        <source>II. Khó khăn</source>
        <translation>II. Difficulties</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/report_draft_form.py" line="46"/>
        <source>III. Đề xuất</source>
        <translation>III. Proposals</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/report_draft_form.py" line="46"/>
        <source>IV. Kỳ tới</source>
        <translation>IV. Next period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/report_draft_form.py" line="57"/>
        <source>Mỗi dòng một nơi nhận; dòng &quot;Lưu: VT&quot; được thêm tự động.</source>
        <translation>One recipient per line; the &quot;Lưu: VT&quot; line is added automatically.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/report_draft_form.py" line="58"/>
        <location filename="../../kh57desk/ui/report_draft_form.py" line="60"/>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/report_draft_form.py" line="65"/>
        <source>ngày lập (để trống: hôm nay)</source>
        <translation>date issued (empty: today)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/report_draft_form.py" line="70"/>
        <source>Số bá&amp;o cáo:</source>
        <translation>Rep&amp;ort number:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/report_draft_form.py" line="72"/>
        <source>Ngà&amp;y:</source>
        <translation>Dat&amp;e:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/report_draft_form.py" line="104"/>
        <source>tự động: {0}</source>
        <translation>automatic: {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/report_draft_form.py" line="118"/>
        <source>Đang soạn…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/report_draft_form.py" line="158"/>
        <source>Đã lưu bản nháp</source>
        <translation>Draft saved</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="51"/>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="82"/>
        <source>Ngày cậ&amp;p nhật:</source>
        <translation>U&amp;pdate date:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="84"/>
        <source>Tỷ &amp;lệ hoàn thành (%):</source>
        <translation>Comp&amp;letion (%):</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="46"/>
        <location filename="../../kh57desk/ui/entry_form.py" line="53"/>
        <location filename="../../kh57desk/ui/entry_form.py" line="59"/>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="55"/>
        <source>Kết quả thực hiện trong kỳ: việc đã làm, số liệu, sản phẩm…</source>
        <translation>Results in the period: work done, figures, outputs…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="57"/>
        <source>Ví dụ: Kế hoạch số 123/KH-SYT</source>
        <translation>For example: Kế hoạch số 123/KH-SYT</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="83"/>
        <source>T&amp;ình trạng:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="87"/>
        <source>K&amp;ết quả:</source>
        <translation>&amp;Results:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="94"/>
        <source>Khó khăn, vướng &amp;mắc:</source>
        <translation>D&amp;ifficulties:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="95"/>
        <source>Đề x&amp;uất, kiến nghị:</source>
        <translation>Pr&amp;oposals:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="85"/>
        <source>&amp;Ngày hoàn thành:</source>
        <translation>Completed o&amp;n:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="88"/>
        <source>&amp;Văn bản, sản phẩm:</source>
        <translation>&amp;Document, output:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="93"/>
        <source>Ngà&amp;y văn bản:</source>
        <translation>Document dat&amp;e:</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="197"/>
        <source>Bắt đầu sử dụng kh57desk</source>
        <translation>Getting started with kh57desk</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="203"/>
        <source>&amp;Tiếp &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="204"/>
        <source>&lt; &amp;Quay lại</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="205"/>
        <source>&amp;Hoàn tất</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="206"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="234"/>
        <source>Chưa lưu gì: thoát bây giờ thì lần sau phải nhập lại từ đầu. Thoát khỏi chương trình?</source>
        <translation>Nothing is saved yet: if you quit now you will have to start again next time. Quit the program?</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../kh57desk/ui/help_dialog.py" line="62"/>
        <source>Hướng dẫn sử dụng kh57desk</source>
        <translation>kh57desk user guide</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/help_dialog.py" line="65"/>
        <source>Mục lục</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/help_dialog.py" line="78"/>
        <source>Nội dung hướng dẫn</source>
        <translation>Guide text</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/help_dialog.py" line="80"/>
        <source>Tìm trong hướng dẫn (Enter: tìm tiếp)</source>
        <translation>Find in the guide (Enter: find next)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/help_dialog.py" line="84"/>
        <source>Mở bản PDF để &amp;in</source>
        <translation>Open the PDF to &amp;print</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/help_dialog.py" line="85"/>
        <source>Mở hướng dẫn dạng PDF (khổ A4) bằng trình xem PDF của máy để in</source>
        <translation>Open the guide as a PDF (A4) in this computer&apos;s PDF viewer to print it</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/help_dialog.py" line="87"/>
        <source>&amp;Xem trước và in…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/help_dialog.py" line="89"/>
        <source>&amp;Mục lục</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/help_dialog.py" line="92"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/help_dialog.py" line="123"/>
        <source>Không tìm thấy tệp hướng dẫn {0}. Hãy cài lại chương trình.</source>
        <translation>The guide file {0} was not found. Please reinstall the program.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/help_dialog.py" line="162"/>
        <source>Không thấy &quot;{0}&quot; trong hướng dẫn.</source>
        <translation>&quot;{0}&quot; was not found in the guide.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/help_dialog.py" line="174"/>
        <source>Đã mở {0} bằng trình xem PDF của máy; in từ trình xem đó.</source>
        <translation>Opened {0} in this computer&apos;s PDF viewer; print from there.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/help_dialog.py" line="175"/>
        <source>Máy chưa có trình xem PDF. Bấm &quot;Xem trước và in…&quot;, hoặc chép tệp {0} sang máy khác để in.</source>
        <translation>This computer has no PDF viewer. Press &quot;Print preview…&quot;, or copy {0} to another computer to print it.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/help_dialog.py" line="205"/>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/help_dialog.py" line="218"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="39"/>
        <source>Nhập kế hoạch từ tệp</source>
        <translation>Import a plan from a file</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="43"/>
        <source>Tệp Excel (.xlsx), Word (.docx, .doc), PDF (.pdf) hoặc văn bản (.txt)</source>
        <translation>Excel (.xlsx), Word (.docx, .doc), PDF (.pdf) or text (.txt) file</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="44"/>
        <source>&amp;Chọn tệp…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="47"/>
        <location filename="../../kh57desk/ui/import_dialog.py" line="161"/>
        <source>Tự tìm trang có bảng nhiệm vụ</source>
        <translation>Find the sheet with the task table</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="50"/>
        <source>để trống: lấy từ tệp, ví dụ 26/KH-UBND</source>
        <translation>leave empty to read it from the file, e.g. 26/KH-UBND</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="51"/>
        <source>Đọc &amp;tệp</source>
        <translation>&amp;Read file</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="57"/>
        <source>Tệp &amp;kế hoạch:</source>
        <translation>Plan &amp;file:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="62"/>
        <source>Số kế hoạc&amp;h:</source>
        <translation>Plan &amp;number:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="67"/>
        <source>Tr&amp;ang tính:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="74"/>
        <location filename="../../kh57desk/ui/import_dialog.py" line="75"/>
        <location filename="../../kh57desk/ui/import_dialog.py" line="76"/>
        <location filename="../../kh57desk/ui/import_dialog.py" line="77"/>
        <location filename="../../kh57desk/ui/import_dialog.py" line="78"/>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="74"/>
        <location filename="../../kh57desk/ui/import_dialog.py" line="76"/>
        <location filename="../../kh57desk/ui/import_dialog.py" line="77"/>
        <location filename="../../kh57desk/ui/import_dialog.py" line="78"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="74"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="74"/>
        <source>Vì sao</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="75"/>
        <source>Nội dung / thay đổi</source>
        <translation>Content / change</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="75"/>
        <source>Trước</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="75"/>
        <source>Sau</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="76"/>
        <location filename="../../kh57desk/ui/import_dialog.py" line="77"/>
        <location filename="../../kh57desk/ui/import_dialog.py" line="79"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="78"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="79"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="79"/>
        <source>Nội dung dòng</source>
        <translation>Row text</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="80"/>
        <location filename="../../kh57desk/ui/import_dialog.py" line="114"/>
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="80"/>
        <source>Mốc</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="80"/>
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="81"/>
        <source>Tên cơ quan trong tệp</source>
        <translation>Agency name in the file</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="87"/>
        <source>Thêm &amp;vào danh mục</source>
        <translation>&amp;Add to the directory</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="90"/>
        <source>Á&amp;nh xạ tới cơ quan có sẵn</source>
        <translation>&amp;Map to an existing agency</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="95"/>
        <source>Các tên cơ quan sau không có trong danh mục. Thêm tên mới vào danh mục, hoặc cho biết đó là cách viết khác của một cơ quan có sẵn; bản xem trước được tính lại ngay.</source>
        <translation>These agency names are not in the directory. Add a new name to the directory, or say it is another way of writing an existing agency; the preview is recomputed at once.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="99"/>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="109"/>
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="109"/>
        <location filename="../../kh57desk/ui/import_dialog.py" line="282"/>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="110"/>
        <source>Rút khỏi kế hoạch</source>
        <translation>Withdrawn from the plan</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="110"/>
        <source>Cơ quan lạ</source>
        <translation>Unknown agencies</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="111"/>
        <source>Chưa có cơ quan chủ trì</source>
        <translation>No lead agency</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="112"/>
        <source>Không giao cho cơ quan</source>
        <translation>Not for this agency</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="113"/>
        <source>Dòng không đọc được</source>
        <translation>Rows not understood</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="119"/>
        <source>Nhập vào dữ l&amp;iệu</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="121"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="150"/>
        <source>Chọn tệp kế hoạch</source>
        <translation>Choose the plan file</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="152"/>
        <source>Kế hoạch (*.xlsx *.docx *.doc *.pdf *.txt);;Mọi tệp (*)</source>
        <translation>Plans (*.xlsx *.docx *.doc *.pdf *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="175"/>
        <source>Chọn tệp kế hoạch trước.</source>
        <translation>Choose the plan file first.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="183"/>
        <source>Đang đọc tệp kế hoạch</source>
        <translation>Reading the plan file</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="211"/>
        <source>Đã dừng đọc tệp; chưa nhập gì.</source>
        <translation>Reading stopped; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="224"/>
        <source>(kế hoạch chưa ghi số)</source>
        <translation>(plan without a number)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="225"/>
        <source>kế hoạch đã có, sẽ cập nhật</source>
        <translation>known plan, will be updated</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="225"/>
        <source>kế hoạch mới</source>
        <translation>new plan</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="227"/>
        <source>{0} ({1}): thêm {2}, cập nhật {3}, khôi phục {4}, không đổi {5}, rút {6} nhiệm vụ; {7} nhiệm vụ không giao cho cơ quan; {8} dòng không đọc được.</source>
        <translation>{0} ({1}): {2} tasks added, {3} updated, {4} restored, {5} unchanged, {6} withdrawn; {7} tasks not for this agency; {8} rows not understood.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="268"/>
        <source>(đã rút trước đây)</source>
        <translation>(withdrawn before)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="269"/>
        <source>khôi phục</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="282"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="283"/>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="311"/>
        <source>Chọn cơ quan có sẵn trong danh mục để ánh xạ tới.</source>
        <translation>Choose the existing agency in the directory to map to.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="330"/>
        <source>Đang nhập kế hoạch</source>
        <translation>Importing the plan</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="197"/>
        <source>Đã đọc {0} đoạn văn và {1} dòng bảng: {2} vào nhiệm vụ, {3} vào chỉ tiêu, {4} tiêu đề hoặc ngữ cảnh, {5} không hiểu.</source>
        <translation>Read {0} paragraphs and {1} table rows: {2} into tasks, {3} into targets, {4} headings or context, {5} not understood.</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="27"/>
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="27"/>
        <source>Mốc</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="28"/>
        <source>Mục tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="28"/>
        <source>Số liệu kỳ này</source>
        <translation>Figure this period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="29"/>
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="29"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="30"/>
        <source>Các kỳ đã nhập</source>
        <translation>Earlier periods</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="95"/>
        <source>Mỗi năm</source>
        <translation>Every year</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="99"/>
        <source>Định tính</source>
        <translation>Qualitative</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="172"/>
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="173"/>
        <source>Nhập số liệu của kỳ vào cột &quot;Số liệu kỳ này&quot; (bấm đúp hoặc F2, gõ số kiểu Việt Nam: 60 hoặc 0,75 hoặc 3.000), rồi Enter. Số liệu được lưu ngay.</source>
        <translation>Enter the period&apos;s figure in the &quot;Figure this period&quot; column (double-click or F2, type the number the Vietnamese way: 60 or 0,75 or 3.000), then Enter. It is saved at once.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="176"/>
        <source>Tìm chỉ tiêu (không cần dấu)</source>
        <translation>Search targets (accents optional)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="179"/>
        <source>Mọi chỉ tiêu</source>
        <translation>All targets</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="179"/>
        <source>Chậm tiến độ</source>
        <translation>Behind schedule</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="180"/>
        <source>Chưa có số liệu</source>
        <translation>No figure yet</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="180"/>
        <source>Đã đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="203"/>
        <source>Kế hoạch đã nhập chưa có chỉ tiêu. Chỉ tiêu được đọc từ phần &quot;Mục tiêu cụ thể&quot; hoặc phụ lục chỉ tiêu khi nhập kế hoạch.</source>
        <translation>The imported plans have no targets. Targets are read from the &quot;Specific objectives&quot; section or the targets appendix when a plan is imported.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="229"/>
        <source>{0} / {1} chỉ tiêu</source>
        <translation>{0} / {1} targets</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="242"/>
        <source>Chỉ tiêu — số liệu {0}</source>
        <translation>Targets — figures for {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="31"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="33"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="34"/>
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="39"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="56"/>
        <source>kh57desk — Theo dõi thực hiện Nghị quyết 57-NQ/TW</source>
        <translation>kh57desk — Tracking Resolution 57-NQ/TW</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="61"/>
        <source>Các màn hình</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="126"/>
        <source>Nhập &amp;kế hoạch…</source>
        <translation>Import &amp;plan…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="89"/>
        <source>Nhập hoặc cập nhật kế hoạch từ tệp Excel, Word (Ctrl+I)</source>
        <translation>Import or update a plan from an Excel or Word file (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="36"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="38"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="88"/>
        <source>Nhập kế hoạch…</source>
        <translation>Import plan…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="124"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="127"/>
        <source>Nhập &amp;gói dữ liệu (.kh57)…</source>
        <translation>Import data &amp;package (.kh57)…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="128"/>
        <source>Kiểm tra &amp;chữ ký số…</source>
        <translation>Verify digital &amp;signature…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="129"/>
        <source>&amp;Sao lưu dữ liệu ngay</source>
        <translation>&amp;Back up the data now</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="130"/>
        <source>Mở &amp;thư mục dữ liệu</source>
        <translation>Open the data &amp;folder</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="138"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="141"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="144"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="146"/>
        <source>&amp;Giới thiệu kh57desk</source>
        <translation>&amp;About kh57desk</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="225"/>
        <source>Đã sao lưu vào {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="228"/>
        <source>Giới thiệu kh57desk</source>
        <translation>About kh57desk</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="229"/>
        <source>kh57desk {0}

Theo dõi nhiệm vụ, nhập tiến độ và báo cáo định kỳ thực hiện Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.

Thư mục dữ liệu: {1}</source>
        <translation>kh57desk {0}

Tracks tasks, records progress and prepares the periodic reports on implementing Resolution 57-NQ/TW on breakthroughs in science, technology, innovation and national digital transformation.

Data folder: {1}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="240"/>
        <source>Dữ liệu: {0}</source>
        <translation>Data: {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="243"/>
        <source>Đang làm việc…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>MissingFolderDialog</name>
    <message>
        <location filename="../../kh57desk/ui/missing_folder_dialog.py" line="22"/>
        <source>Không thấy dữ liệu trong thư mục dữ liệu đã chọn:
{0}
({1})</source>
        <translation>No data was found in the chosen data folder:
{0}
({1})</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/missing_folder_dialog.py" line="24"/>
        <source>Nếu thư mục nằm trên USB hoặc ổ mạng, hãy cắm hoặc kết nối lại rồi bấm Thử lại. Hoặc chọn thư mục dữ liệu khác, hoặc dùng thư mục mặc định:
{0}</source>
        <translation>If the folder is on a USB stick or a network drive, plug it in or reconnect it, then press Try again. Or choose another data folder, or use the default folder:
{0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/missing_folder_dialog.py" line="28"/>
        <source>&amp;Thử lại</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/missing_folder_dialog.py" line="29"/>
        <source>&amp;Chọn thư mục khác…</source>
        <translation>&amp;Choose another folder…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/missing_folder_dialog.py" line="30"/>
        <source>Dùng thư mục &amp;mặc định</source>
        <translation>Use the &amp;default folder</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/missing_folder_dialog.py" line="31"/>
        <source>T&amp;hoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/missing_folder_dialog.py" line="49"/>
        <source>Chọn thư mục dữ liệu</source>
        <translation>Choose the data folder</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="34"/>
        <source>Nhập gói dữ liệu (.kh57)</source>
        <translation>Import data packages (.kh57)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="109"/>
        <source>Thay đổi lớn</source>
        <translation>Large change</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="109"/>
        <source>{0}.

Áp dụng gói nhiệm vụ này?</source>
        <translation>{0}.

Apply this task package?</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="118"/>
        <source>Người gửi mới</source>
        <translation>New sender</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="119"/>
        <source>Các gói sau được ký bằng khóa chưa gắn với cơ quan nào trong dữ liệu này:
{0}

Hãy gọi điện cho từng cơ quan và đọc mã khóa để đối chiếu. Mã khóa khớp: chọn Có để gắn cơ quan với khóa này và nhập. Sau đó, gói của các cơ quan này ký bằng khóa khác sẽ bị từ chối.</source>
        <translation>These packages are signed with keys not yet bound to any agency in this data:
{0}

Call each agency and read the key fingerprint aloud to compare. If it matches, choose Yes to bind the agency to this key and import. Afterwards, packages of these agencies signed with another key will be refused.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="38"/>
        <source>&amp;Chọn tệp…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="40"/>
        <source>Chọn thư &amp;mục…</source>
        <translation>Choose &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="46"/>
        <source>Quy tắc hợp nhất</source>
        <translation>Merge policy</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="51"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="51"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="56"/>
        <source>&amp;Nhập vào dữ liệu</source>
        <translation>&amp;Import into the data</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="58"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="73"/>
        <source>Chọn gói dữ liệu</source>
        <translation>Choose data packages</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="74"/>
        <source>Gói kh57desk (*.kh57);;Mọi tệp (*)</source>
        <translation>kh57desk packages (*.kh57);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="79"/>
        <source>Chọn thư mục chứa các gói .kh57</source>
        <translation>Choose the folder holding the .kh57 packages</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="90"/>
        <source>Chưa chọn gói nào.</source>
        <translation>No package chosen.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="94"/>
        <source>{0} tệp: {1}</source>
        <translation>{0} files: {1}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="128"/>
        <source>Đang kiểm tra các gói…</source>
        <translation>Checking the packages…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="128"/>
        <source>Đang nhập…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="136"/>
        <source>Đang kiểm tra gói</source>
        <translation>Checking packages</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="136"/>
        <source>Đang nhập gói</source>
        <translation>Importing packages</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="143"/>
        <source>XEM TRƯỚC — chưa ghi gì. {0} gói hợp lệ ({1} gói có thay đổi), {2} gói bị từ chối.</source>
        <translation>PREVIEW — nothing written yet. {0} valid packages ({1} with changes), {2} refused.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="153"/>
        <source>Đã nhập {0} gói; {1} gói không có gì thay đổi; {2} gói bị từ chối.</source>
        <translation>Imported {0} packages; {1} had nothing to change; {2} refused.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/package_dialog.py" line="161"/>
        <source>Đã dừng; các gói đã nhập xong trước khi dừng vẫn được giữ.</source>
        <translation>Stopped; the packages imported before stopping are kept.</translation>
    </message>
</context>
<context>
    <name>PdfPrint</name>
    <message>
        <location filename="../../kh57desk/ui/pdf_print.py" line="103"/>
        <source>Xem trước khi in — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="123"/>
        <source>Tháng {0} năm {1}</source>
        <translation>Month {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="125"/>
        <source>Quý {0} năm {1}</source>
        <translation>Quarter {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="128"/>
        <source>6 tháng đầu năm {0}</source>
        <translation>First half of {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="129"/>
        <source>6 tháng cuối năm {0}</source>
        <translation>Second half of {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="131"/>
        <source>Năm {0}</source>
        <translation>Year {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="133"/>
        <source>Kỳ {0} năm {1} (đến {2})</source>
        <translation>Period {0} of {1} (to {2})</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="135"/>
        <source>Đột xuất đến ngày {0}</source>
        <translation>Ad hoc, to {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="139"/>
        <source>chốt số liệu từ {0} đến {1}</source>
        <translation>data from {0} to {1}</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../kh57desk/ui/period_bar.py" line="24"/>
        <source>&amp;Kỳ báo cáo:</source>
        <translation>Reporting &amp;period:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/period_bar.py" line="26"/>
        <source>Loại kỳ báo cáo</source>
        <translation>Kind of reporting period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/period_bar.py" line="28"/>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/period_bar.py" line="85"/>
        <source>Chọn ngày kết thúc…</source>
        <translation>Choose the end date…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/period_bar.py" line="126"/>
        <source>Kỳ báo cáo đột xuất</source>
        <translation>Ad hoc reporting period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/period_bar.py" line="127"/>
        <source>Số liệu tính đến ngày (ngày/tháng/năm), ví dụ 15/6/2025:</source>
        <translation>Figures up to (day/month/year), e.g. 15/6/2025:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/period_bar.py" line="129"/>
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/period_bar.py" line="130"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/period_bar.py" line="135"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/period_bar.py" line="137"/>
        <source>Chưa nhập ngày.</source>
        <translation>No date entered.</translation>
    </message>
</context>
<context>
    <name>PeriodKind</name>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="55"/>
        <source>Hằng tháng</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="56"/>
        <source>Hằng quý</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="57"/>
        <location filename="../../kh57desk/ui/labels.py" line="65"/>
        <source>6 tháng</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="58"/>
        <source>Hằng năm</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="59"/>
        <source>Theo mốc của kế hoạch</source>
        <translation>On the plan&apos;s dates</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="60"/>
        <location filename="../../kh57desk/ui/labels.py" line="68"/>
        <source>Đột xuất</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="63"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="64"/>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="66"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="67"/>
        <source>Mốc của kế hoạch</source>
        <translation>Plan&apos;s dates</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="135"/>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="136"/>
        <source>Nhập kế hoạch của tỉnh để có danh sách nhiệm vụ của cơ quan.</source>
        <translation>Import the province&apos;s plan to get your agency&apos;s task list.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="137"/>
        <source>Nhập từ &amp;tệp kế hoạch (Excel .xlsx, Word .docx/.doc, PDF hoặc văn bản .txt)</source>
        <translation>Import a plan &amp;file (Excel .xlsx, Word .docx/.doc, PDF or text .txt)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="138"/>
        <source>Dùng &amp;kế hoạch mẫu để làm quen (98 nhiệm vụ năm 2025 của Tiểu ban KHCN, ĐMST và CĐS tỉnh Thái Bình)</source>
        <translation>Use the &amp;sample plan to get to know the program (98 tasks of Thái Bình&apos;s 2025 sub-committee plan)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="140"/>
        <source>Để &amp;sau</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="146"/>
        <source>Chọn tệp kế hoạch…</source>
        <translation>Choose the plan file…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="147"/>
        <source>&amp;Chọn tệp…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="168"/>
        <source>Chọn tệp kế hoạch</source>
        <translation>Choose the plan file</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="169"/>
        <source>Kế hoạch (*.xlsx *.docx *.doc *.pdf *.txt)</source>
        <translation>Plans (*.xlsx *.docx *.doc *.pdf *.txt)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="185"/>
        <source>Không tìm thấy tệp &quot;{0}&quot;. Chọn lại tệp kế hoạch.</source>
        <translation>File &quot;{0}&quot; was not found. Choose the plan file again.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="182"/>
        <source>Chọn tệp kế hoạch, hoặc chọn &quot;Để sau&quot;.</source>
        <translation>Choose the plan file, or choose &quot;Later&quot;.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../kh57desk/ui/register_model.py" line="13"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/register_model.py" line="13"/>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/register_model.py" line="14"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/register_model.py" line="14"/>
        <source>Lần</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/register_model.py" line="15"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/register_model.py" line="15"/>
        <source>Tệp</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/register_model.py" line="16"/>
        <source>Chữ ký số</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/register_model.py" line="16"/>
        <source>Gửi</source>
        <translation>Sent</translation>
    </message>
</context>
<context>
    <name>ReportState</name>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="49"/>
        <source>Sắp đến kỳ</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="50"/>
        <source>Đến hạn gửi</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="51"/>
        <source>Quá hạn gửi</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="52"/>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="173"/>
        <source>Kết quả viết lại riêng cho báo cáo này (nhật ký không đổi):</source>
        <translation>Results reworded for this report only (the timeline is unchanged):</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="176"/>
        <source>Bổ sung sau báo cáo kỳ trước: {0} nội dung.</source>
        <translation>Amended after the previous report: {0} items.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="186"/>
        <source>PDF nhúng phông chữ {0}.</source>
        <translation>The PDF embeds the {0} font.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="187"/>
        <source>Máy này không có phông Times New Roman: PDF sẽ nhúng phông {0} (cùng kích thước chữ). Cài Times New Roman để báo cáo đúng thể thức Nghị định 30.</source>
        <translation>This computer has no Times New Roman font: the PDF will embed {0} (same letter widths). Install Times New Roman for reports in the Decree 30 format.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="39"/>
        <source>Báo cáo định kỳ</source>
        <translation>Periodic report</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="41"/>
        <source>&amp;Lập cho kế hoạch:</source>
        <translation>For p&amp;lan:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="52"/>
        <source>Nội dung sẽ đưa vào báo cáo</source>
        <translation>What the report will contain</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="53"/>
        <source>Số liệu sẽ đưa vào báo cáo</source>
        <translation>Figures going into the report</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="59"/>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="60"/>
        <source>&amp;Excel</source>
        <translation>E&amp;xcel</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="63"/>
        <source>Tạo &amp;báo cáo</source>
        <translation>Generate &amp;report</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="72"/>
        <source>Soạn báo cáo (đoạn văn tự viết đặt trước phần chương trình tự tổng hợp)</source>
        <translation>Write the report (your paragraphs come before what the program compiles)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="96"/>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="125"/>
        <source>Sổ báo cáo</source>
        <translation>Report register</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="105"/>
        <source>Chỉ kỳ đang &amp;chọn</source>
        <translation>Only the selected &amp;period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="108"/>
        <source>Xem trước và &amp;in…</source>
        <translation>Preview and pr&amp;int…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="109"/>
        <source>Mở bằng trình xem mặc đị&amp;nh</source>
        <translation>Open with the default &amp;viewer</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="110"/>
        <source>&amp;Hiện trong thư mục</source>
        <translation>Show in &amp;folder</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="111"/>
        <source>Ký &amp;số…</source>
        <translation>&amp;Sign…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="112"/>
        <source>Kiể&amp;m tra chữ ký…</source>
        <translation>Verify signat&amp;ure…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="113"/>
        <source>Đánh &amp;dấu đã gửi</source>
        <translation>&amp;Mark as sent</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="153"/>
        <source>Chốt số liệu {0}; trạng thái tính đến ngày {1}.</source>
        <translation>Data cut-off {0}; statuses as of {1}.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="155"/>
        <source>Nhiệm vụ được giao: {0} (chủ trì {1}, phối hợp {2}).</source>
        <translation>Tasks assigned: {0} (lead {1}, coordinating {2}).</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="158"/>
        <source>  {0}: {1} (chủ trì {2}, phối hợp {3})</source>
        <translation>  {0}: {1} (lead {2}, coordinating {3})</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="160"/>
        <source>Kết quả nổi bật: {0} nhóm nhiệm vụ, {1} nhiệm vụ có kết quả ghi trong kỳ.</source>
        <translation>Highlights: {0} task groups, {1} tasks with results recorded in the period.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="162"/>
        <source>Khó khăn: {0} nhiệm vụ; đề xuất: {1} nhiệm vụ; đề nghị điều chỉnh: {2}.</source>
        <translation>Difficulties: {0} tasks; proposals: {1} tasks; adjustment requests: {2}.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="164"/>
        <source>Quá hạn, chưa hoàn thành: {0} nhiệm vụ.</source>
        <translation>Overdue, not completed: {0} tasks.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="165"/>
        <source>Kỳ tới ({0}): {1} nhiệm vụ đến hạn; {2} nhiệm vụ thường xuyên.</source>
        <translation>Next period ({0}): {1} tasks falling due; {2} recurring tasks.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="167"/>
        <source>Chỉ tiêu trong phụ lục: {0}.</source>
        <translation>Targets in the appendix: {0}.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="169"/>
        <source>Nhiệm vụ quá hạn:</source>
        <translation>Overdue tasks:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="199"/>
        <source>Báo cáo định kỳ — {0}</source>
        <translation>Periodic report — {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="207"/>
        <source>Chưa có kế hoạch nào. Hãy nhập kế hoạch (Tệp → Nhập kế hoạch) hoặc nhận gói nhiệm vụ (Đồng bộ) trước khi lập báo cáo.</source>
        <translation>No plan yet. Import a plan (File → Import plan) or receive a task package (Sync) before writing a report.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="259"/>
        <source>Chọn ít nhất một định dạng: PDF hoặc Excel.</source>
        <translation>Choose at least one format: PDF or Excel.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="271"/>
        <source>Đang tạo báo cáo</source>
        <translation>Generating the report</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="278"/>
        <source>Đã tạo báo cáo số {0}, lần {1}: {2}.</source>
        <translation>Report no. {0}, version {1} generated: {2}.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="289"/>
        <source>Đã dừng; chưa tạo tệp nào.</source>
        <translation>Stopped; no file was created.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="331"/>
        <source>Đã mở {0} bằng trình xem PDF của máy; in từ trình xem đó.</source>
        <translation>Opened {0} with this computer&apos;s PDF viewer; print from there.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="363"/>
        <source>Ký số báo cáo</source>
        <translation>Sign the report</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="364"/>
        <source>Ký số báo cáo số {0} (kỳ {1}, lần {2}). Bản PDF đã ký và tệp chữ ký .p7s của tệp Excel được tạo bên cạnh tệp gốc; tệp gốc giữ nguyên.</source>
        <translation>Digitally sign report no. {0} (period {1}, version {2}). The signed PDF and the Excel file&apos;s .p7s signature are created beside the originals; the originals are kept as they are.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/reports_page.py" line="386"/>
        <source>Đã đánh dấu báo cáo số {0} là đã gửi.</source>
        <translation>Report no. {0} marked as sent.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../kh57desk/ui/review_dialog.py" line="12"/>
        <source>Trả lại báo cáo</source>
        <translation>Return the report</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/review_dialog.py" line="12"/>
        <source>Mở lại kỳ đã chấp nhận</source>
        <translation>Reopen an accepted period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/review_dialog.py" line="14"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/review_dialog.py" line="16"/>
        <source>Ghi chú nhiệm vụ</source>
        <translation>Task notes</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/review_dialog.py" line="17"/>
        <source>12: đề nghị bổ sung số văn bản</source>
        <translation>12: please add the document number</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/review_dialog.py" line="21"/>
        <source>&amp;Lý do (bắt buộc khi trả lại):</source>
        <translation>&amp;Reason (required when returning):</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/review_dialog.py" line="21"/>
        <source>&amp;Lý do (tùy chọn):</source>
        <translation>&amp;Reason (optional):</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/review_dialog.py" line="23"/>
        <source>&amp;Ghi chú từng nhiệm vụ, mỗi dòng &apos;số nhiệm vụ: ghi chú&apos;:</source>
        <translation>&amp;Notes on single tasks, one per line as &apos;task number: note&apos;:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/review_dialog.py" line="26"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="38"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="38"/>
        <source>Phối hợp</source>
        <translation>Coordinate</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="39"/>
        <source>Liên quan (chung)</source>
        <translation>Related (general)</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="115"/>
        <source> và </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="116"/>
        <source>trước ngày {0} hằng năm</source>
        <translation>before {0} every year</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="117"/>
        <source>Chỉ báo cáo đột xuất</source>
        <translation>Ad hoc reports only</translation>
    </message>
</context>
<context>
    <name>SendMail</name>
    <message>
        <location filename="../../kh57desk/ui/qt.py" line="132"/>
        <source>Máy tính này chưa có chương trình thư điện tử (Outlook, Thunderbird…) để mở thư.

Hãy gửi bằng thư điện tử trên trình duyệt (thư công vụ, Gmail…) và đính kèm tệp:
{0}</source>
        <translation>This computer has no mail program (Outlook, Thunderbird…) to open the message.

Send it with webmail in the browser (government mail, Gmail…) and attach the file:
{0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/qt.py" line="137"/>
        <source>Mở thư &amp;mục chứa tệp</source>
        <translation>Open the &amp;folder holding the file</translation>
    </message>
</context>
<context>
    <name>SendersDialog</name>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="18"/>
        <source>cơ quan thực hiện</source>
        <translation>implementing agency</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="19"/>
        <source>cơ quan tổng hợp</source>
        <translation>coordinating agency</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="29"/>
        <source>Khóa của người gửi</source>
        <translation>Senders&apos; keys</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="33"/>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="50"/>
        <source>Người gửi</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="33"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="33"/>
        <source>Mã khóa</source>
        <translation>Key code</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="34"/>
        <source>Gắn ngày</source>
        <translation>Bound on</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="34"/>
        <source>Thu hồi ngày</source>
        <translation>Revoked on</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="37"/>
        <source>Người gửi đã gắn khóa</source>
        <translation>Senders bound to a key</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="39"/>
        <source>Hiện cả khóa đã &amp;thu hồi</source>
        <translation>Show revoked &amp;keys too</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="41"/>
        <source>Th&amp;u hồi khóa…</source>
        <translation>Re&amp;voke key…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="42"/>
        <source>Khi cơ quan đã đổi máy hoặc cài lại chương trình: gói sau của cơ quan được nhận sau khi đối chiếu mã khóa mới</source>
        <translation>When the agency changed computers or reinstalled the program: its next package is taken after its new key code is compared</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="45"/>
        <source>Đăng ký &amp;chứng thư số…</source>
        <translation>Register a &amp;certificate…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="46"/>
        <source>Đăng ký chứng thư số (.cer, .pem, .p7b) của người ký cho người gửi đang chọn</source>
        <translation>Register a signer&apos;s certificate (.cer, .pem, .p7b) for the selected sender</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="50"/>
        <source>Chứng thư số</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="50"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="53"/>
        <source>Chứng thư số đã đăng ký</source>
        <translation>Registered certificates</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="60"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="65"/>
        <source>Gói của mỗi người gửi chỉ được nhận khi ký bằng khóa đã gắn với người gửi đó (gắn sau khi gọi điện đối chiếu mã khóa lần đầu nhận gói). Cơ quan đổi máy hoặc cài lại chương trình thì có khóa mới: thu hồi khóa cũ ở đây, rồi nhập gói từ máy mới và đối chiếu mã khóa mới.</source>
        <translation>A sender&apos;s packages are taken only when signed with the key bound to that sender (bound after comparing the key code over the phone when its first package arrived). An agency that changed computers or reinstalled the program has a new key: revoke the old key here, then import the package from the new computer and compare the new key code.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="70"/>
        <source>Chứng thư số đã đăng ký:</source>
        <translation>Registered certificates:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="83"/>
        <source>Mã khóa của máy này (đọc cho bên kia khi được hỏi): {0}</source>
        <translation>This computer&apos;s key code (read it out to the other side when asked): {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="95"/>
        <source>Gắn bởi {0}</source>
        <translation>Bound by {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="130"/>
        <source>Thu hồi khóa</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="131"/>
        <source>Thu hồi khóa {0} của {1}?

Chỉ làm khi {1} đã đổi máy hoặc cài lại chương trình. Sau đó, gói của {1} chỉ được nhận khi đã gọi điện đối chiếu mã khóa mới, như lần đầu.</source>
        <translation>Revoke key {0} of {1}?

Do this only when {1} changed computers or reinstalled the program. Afterwards, packages from {1} are taken only after its new key code is compared over the phone, as the first time.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="144"/>
        <source>Chứng thư số của người ký ({0})</source>
        <translation>Signer&apos;s certificate ({0})</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/senders_dialog.py" line="145"/>
        <source>Chứng thư số (*.cer *.crt *.pem *.der *.p7b);;Mọi tệp (*)</source>
        <translation>Certificates (*.cer *.crt *.pem *.der *.p7b);;All files (*)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="37"/>
        <source>Cơ quan chưa có trong danh mục: thêm mới</source>
        <translation>Agency not in the directory: add it</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="41"/>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="43"/>
        <source>Tên cơ &amp;quan:</source>
        <translation>&amp;Agency name:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="45"/>
        <source>Chế độ:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="46"/>
        <source>Cơ quan &amp;cấp trên:</source>
        <translation>&amp;Superior body:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="47"/>
        <source>Địa &amp;danh (dòng ngày tháng):</source>
        <translation>&amp;Place (in the date line):</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="48"/>
        <source>Đổi cơ quan chỉ áp dụng cho các lần nhập kế hoạch sau; hãy nhập lại kế hoạch để xác định lại nhiệm vụ của cơ quan.</source>
        <translation>A new agency applies to the next plan imports; import the plan again to find the agency&apos;s tasks again.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="58"/>
        <source>Người ký báo cáo</source>
        <translation>Report signer</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="60"/>
        <source>&amp;Họ và tên:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="61"/>
        <source>Chức &amp;vụ:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="65"/>
        <source>ví dụ SNV</source>
        <translation>e.g. SNV</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="70"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="73"/>
        <source>&amp;Nơi nhận (mỗi dòng một nơi):</source>
        <translation>&amp;Recipients (one per line):</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="75"/>
        <source>Theo lịch báo cáo ghi trong kế hoạch (mặc định: Nghị định 09/2019)</source>
        <translation>Follow the plan&apos;s reporting schedule (default: Decree 09/2019)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="78"/>
        <source>ví dụ 01/6; 15/11</source>
        <translation>e.g. 01/6; 15/11</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="81"/>
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="83"/>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="89"/>
        <source>&amp;Mốc cố định hằng năm:</source>
        <translation>&amp;Fixed yearly dates:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="97"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="101"/>
        <source>&amp;Lưu thay đổi</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="110"/>
        <source>Chuyển &amp;sang thư mục khác…</source>
        <translation>&amp;Move to another folder…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="112"/>
        <source>Thư mục dữ liệu</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="122"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="122"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="122"/>
        <source>Cỡ</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="62"/>
        <source>Thẩm q&amp;uyền ký:</source>
        <translation>Signing a&amp;uthority:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="72"/>
        <source>Ký hiệu số &amp;báo cáo: BC-</source>
        <translation>Report number &amp;symbol: BC-</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="90"/>
        <source>Hạn gửi s&amp;au ngày chốt số liệu:</source>
        <translation>&amp;Due after the cut-off:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="99"/>
        <source>Ngôn ngữ gia&amp;o diện:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="103"/>
        <source>Hoàn lạ&amp;i</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="108"/>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="125"/>
        <source>Sao lưu nga&amp;y</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="127"/>
        <source>Khôi &amp;phục bản đã chọn…</source>
        <translation>&amp;Restore the selected backup…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="129"/>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="282"/>
        <source>Sao lưu</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="159"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="201"/>
        <source>Sở Khoa học và Công nghệ — tổng hợp báo cáo của các cơ quan</source>
        <translation>Department of Science and Technology — consolidates the agencies&apos; reports</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="203"/>
        <source>Cơ quan thực hiện — báo cáo về Sở Khoa học và Công nghệ</source>
        <translation>Implementing agency — reports to the Department of Science and Technology</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="216"/>
        <source>Đang dùng: {0}; hạn gửi {1} ngày sau ngày chốt số liệu.</source>
        <translation>In use: {0}; due {1} days after the cut-off.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="238"/>
        <source>Có thay đổi chưa lưu</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="266"/>
        <source>Đã lưu cài đặt</source>
        <translation>Settings saved</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="281"/>
        <source>Sao lưu thủ công</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="281"/>
        <source>Trước khi khôi phục</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="285"/>
        <source>Trước khi nâng cấp dữ liệu</source>
        <translation>Before a database upgrade</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="301"/>
        <source>Chọn một bản sao lưu trong danh sách trước.</source>
        <translation>Select a backup in the list first.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="303"/>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="304"/>
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc {0}?
Dữ liệu hiện tại sẽ được sao lưu trước, nên có thể lấy lại.</source>
        <translation>Replace all current data with the backup of {0}?
The current data is backed up first, so it can be brought back.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="320"/>
        <source>Chọn thư mục trống để chuyển dữ liệu sang</source>
        <translation>Choose an empty folder to move the data to</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="336"/>
        <source>Đã chuyển dữ liệu sang {0}. Thư mục cũ được giữ nguyên; có thể xóa khi không cần.</source>
        <translation>The data was moved to {0}. The old folder is left as it was; delete it when no longer needed.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../kh57desk/ui/sign_dialog.py" line="44"/>
        <source>&amp;Tệp khóa (.p12, .pfx)</source>
        <translation>&amp;Key file (.p12, .pfx)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sign_dialog.py" line="45"/>
        <source>&amp;USB token (thiết bị ký số)</source>
        <translation>&amp;USB token (signing device)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sign_dialog.py" line="50"/>
        <source>Tệp chứng thư số kèm khóa, ví dụ D:\ChuKySo\nguyen-van-an.p12</source>
        <translation>Certificate file with its key, e.g. D:\ChuKySo\nguyen-van-an.p12</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sign_dialog.py" line="51"/>
        <source>&amp;Chọn tệp…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sign_dialog.py" line="55"/>
        <source>Thư viện: {0}; token: {1}</source>
        <translation>Library: {0}; token: {1}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sign_dialog.py" line="56"/>
        <source>token đang cắm</source>
        <translation>the token plugged in</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sign_dialog.py" line="58"/>
        <source>Chưa chọn thư viện của USB token: vào Cài đặt → Ký số.</source>
        <translation>No USB token library chosen: see Settings → Digital signature.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sign_dialog.py" line="62"/>
        <source>không được lưu lại</source>
        <translation>never stored</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sign_dialog.py" line="63"/>
        <source>&amp;Mật khẩu / mã PIN:</source>
        <translation>&amp;Password / PIN:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sign_dialog.py" line="65"/>
        <source>Xem chứng t&amp;hư</source>
        <translation>S&amp;how certificate</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sign_dialog.py" line="83"/>
        <source>&amp;Ký số</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sign_dialog.py" line="85"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sign_dialog.py" line="99"/>
        <source>Chọn tệp khóa</source>
        <translation>Choose the key file</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sign_dialog.py" line="100"/>
        <source>Tệp khóa (*.p12 *.pfx);;Mọi tệp (*)</source>
        <translation>Key files (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sign_dialog.py" line="119"/>
        <source>Nhập mật khẩu của tệp khóa hoặc mã PIN của USB token.</source>
        <translation>Type the key file&apos;s password or the USB token&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sign_dialog.py" line="150"/>
        <source>Người được cấp: {0}</source>
        <translation>Issued to: {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sign_dialog.py" line="151"/>
        <source>Tổ chức cấp: {0}</source>
        <translation>Issued by: {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sign_dialog.py" line="152"/>
        <source>Số hiệu: {0}</source>
        <translation>Serial: {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/sign_dialog.py" line="153"/>
        <source>Hiệu lực: {0}</source>
        <translation>Valid: {0}</translation>
    </message>
</context>
<context>
    <name>SignerPage</name>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="111"/>
        <source>Người ký báo cáo</source>
        <translation>Report signer</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="112"/>
        <source>Dùng cho phần chữ ký của báo cáo định kỳ. Có thể để trống và nhập sau trong Cài đặt.</source>
        <translation>Used in the signature block of the periodic report. You can leave it empty and fill it in later in Settings.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="115"/>
        <source>ví dụ Nguyễn Văn An</source>
        <translation>e.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="125"/>
        <source>&amp;Họ và tên:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="126"/>
        <source>Chức &amp;vụ:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="127"/>
        <source>Thẩm q&amp;uyền ký:</source>
        <translation>Signing a&amp;uthority:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="128"/>
        <source>Thẩm quyền ký: &quot;KT. GIÁM ĐỐC&quot; khi cấp phó ký thay, để trống khi người đứng đầu ký.</source>
        <translation>Signing authority: &quot;KT. GIÁM ĐỐC&quot; when a deputy signs for the head; empty when the head signs.</translation>
    </message>
</context>
<context>
    <name>SigningBox</name>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="87"/>
        <source>ví dụ C:\Windows\System32\vnpt-ca_csp11.dll</source>
        <translation>e.g. C:\Windows\System32\vnpt-ca_csp11.dll</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="88"/>
        <location filename="../../kh57desk/ui/signing_settings.py" line="113"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="100"/>
        <source>để trống: token đang cắm</source>
        <translation>empty: the token plugged in</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="101"/>
        <source>Tìm token đang cắm</source>
        <translation>Find plugged-in tokens</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="104"/>
        <source>để trống: ký không kèm dấu thời gian (mức B-B)</source>
        <translation>empty: sign without a timestamp (level B-B)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="112"/>
        <source>để trống: thư mục trusted-ca trong thư mục dữ liệu</source>
        <translation>empty: the trusted-ca folder in the data folder</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="116"/>
        <source>Tổ chức chứng thực tin cậy</source>
        <translation>Trusted certification authority</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="116"/>
        <source>Hiệu lực đến</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="117"/>
        <source>Vân tay SHA-256</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="121"/>
        <source>Thêm chứng thư CA…</source>
        <translation>Add CA certificate…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="123"/>
        <source>Bỏ khỏi danh sách</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="127"/>
        <source>Ký số</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="133"/>
        <source>Thư viện USB token (PKCS#11):</source>
        <translation>USB token library (PKCS#11):</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="138"/>
        <source>Nhãn token:</source>
        <translation>Token label:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="139"/>
        <source>Máy chủ dấu thời gian:</source>
        <translation>Timestamp server:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="140"/>
        <source>Ảnh chữ ký:</source>
        <translation>Signature image:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="140"/>
        <source>Ảnh con dấu:</source>
        <translation>Seal image:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="150"/>
        <source>Kích thước con dấu:</source>
        <translation>Seal size:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="109"/>
        <source>Đường kính con dấu khi in (con dấu tròn thường 36 mm); dùng khi ảnh con dấu không ghi độ phân giải (DPI)</source>
        <translation>The seal&apos;s printed diameter (a round seal is usually 36 mm); used when the seal image records no resolution (DPI)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="143"/>
        <source>Chọn ảnh…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="145"/>
        <source>Bỏ ảnh</source>
        <translation>Remove image</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="154"/>
        <source>Thư mục CA tin cậy:</source>
        <translation>Trusted CA folder:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="162"/>
        <source>Mật khẩu tệp khóa và mã PIN của USB token được hỏi mỗi lần ký, không bao giờ được lưu lại.</source>
        <translation>The key file&apos;s password and the USB token&apos;s PIN are asked at every signing and never stored.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="166"/>
        <source>ví dụ vanthu.skhcn@thaibinh.gov.vn</source>
        <translation>e.g. vanthu.skhcn@thaibinh.gov.vn</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="167"/>
        <source>&amp;Email nhận gói báo cáo:</source>
        <translation>&amp;Email for report packages:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="169"/>
        <source>Chỉ nhận gói báo cáo có chữ ký số</source>
        <translation>Accept only digitally signed report packages</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="170"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="214"/>
        <source>(không dùng)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="243"/>
        <source>Chọn thư viện PKCS#11 của USB token</source>
        <translation>Choose the USB token&apos;s PKCS#11 library</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="244"/>
        <source>Thư viện (*.dll *.so *.dylib);;Mọi tệp (*)</source>
        <translation>Libraries (*.dll *.so *.dylib);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="249"/>
        <source>Chọn thư mục chứng thư CA tin cậy</source>
        <translation>Choose the folder of trusted CA certificates</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="254"/>
        <source>Chọn ảnh (nền trong suốt)</source>
        <translation>Choose an image (transparent background)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="275"/>
        <source>Token đang cắm: {0}</source>
        <translation>Tokens plugged in: {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="276"/>
        <source>Không thấy USB token nào đang cắm.</source>
        <translation>No USB token found.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="324"/>
        <source>Chọn chứng thư của tổ chức chứng thực (CA)</source>
        <translation>Choose the certificate of a certification authority (CA)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="325"/>
        <source>Chứng thư (*.pem *.cer *.crt *.der);;Mọi tệp (*)</source>
        <translation>Certificates (*.pem *.cer *.crt *.der);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="90"/>
        <source>Dò tìm trên máy</source>
        <translation>Search this computer</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="91"/>
        <source>Tìm thư viện của VNPT-CA, Viettel-CA, FPT-CA, BkavCA, Ban Cơ yếu, OpenSC… và các token đang cắm</source>
        <translation>Look for the libraries of VNPT-CA, Viettel-CA, FPT-CA, BkavCA, the Government Cipher Committee, OpenSC… and the tokens plugged in</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="295"/>
        <source>Tìm thấy {0} token; bấm vào một dòng để dùng.</source>
        <translation>Found {0} token(s); click a line to use it.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/signing_settings.py" line="296"/>
        <source>Không tìm thấy token nào: hãy cắm token, cài phần mềm của nhà cung cấp chữ ký số, hoặc chọn tệp thư viện (.dll) bằng nút Chọn…</source>
        <translation>No token found: plug the token in, install the software of your digital-signature provider, or choose the library file (.dll) with the Choose… button</translation>
    </message>
</context>
<context>
    <name>Size</name>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="162"/>
        <source>{0} byte</source>
        <translation>{0} bytes</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="164"/>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="165"/>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="33"/>
        <source>Chưa triển khai</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="34"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="35"/>
        <source>Đã hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="36"/>
        <source>Đề nghị điều chỉnh/dừng</source>
        <translation>Adjustment/stop proposed</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="20"/>
        <source>Hoàn thành đúng hạn</source>
        <translation>Completed on time</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="21"/>
        <source>Hoàn thành quá hạn</source>
        <translation>Completed late</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="22"/>
        <source>Đang thực hiện (trong hạn)</source>
        <translation>In progress (on time)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="23"/>
        <source>Quá hạn, chưa hoàn thành</source>
        <translation>Overdue, not completed</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="24"/>
        <source>Chưa triển khai</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="25"/>
        <source>Thường xuyên (đang triển khai)</source>
        <translation>Recurring (ongoing)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="26"/>
        <source>Đề nghị điều chỉnh/dừng thực hiện</source>
        <translation>Adjustment/stop proposed</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kh57desk/ui/pages/sync_page.py" line="26"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/sync_page.py" line="37"/>
        <source>Nhập lúc</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/sync_page.py" line="37"/>
        <source>Loại gói</source>
        <translation>Package kind</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/sync_page.py" line="37"/>
        <source>Nơi gửi</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/sync_page.py" line="38"/>
        <source>Số thứ tự</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/sync_page.py" line="38"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/sync_page.py" line="38"/>
        <source>Chữ ký số</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/sync_page.py" line="38"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/sync_page.py" line="41"/>
        <location filename="../../kh57desk/ui/pages/sync_page.py" line="46"/>
        <source>Các gói đã nhận</source>
        <translation>Packages received</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/sync_page.py" line="42"/>
        <source>Khó&amp;a của người gửi…</source>
        <translation>Senders&apos; &amp;keys…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/sync_page.py" line="43"/>
        <source>Người gửi được nhận gói và khóa gắn với từng người; thu hồi khóa khi một cơ quan đổi máy hoặc cài lại chương trình</source>
        <translation>The senders whose packages are taken and the key bound to each; revoke a key when an agency changes computers or reinstalls the program</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/sync_page.py" line="84"/>
        <source>tổng hợp báo cáo của các cơ quan</source>
        <translation>consolidating the agencies&apos; reports</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/sync_page.py" line="85"/>
        <source>gửi báo cáo, nhận nhiệm vụ</source>
        <translation>send reports, receive tasks</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/sync_page.py" line="86"/>
        <source>Đồng bộ — {0} — {1}</source>
        <translation>Sync — {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/sync_page.py" line="92"/>
        <source>Gói nhiệm vụ</source>
        <translation>Task package</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/sync_page.py" line="92"/>
        <source>Gói báo cáo</source>
        <translation>Report package</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/sync_page.py" line="97"/>
        <source>không ký</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/sync_page.py" line="98"/>
        <source>Gói lập lúc {0}</source>
        <translation>Package created {0}</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <location filename="../../kh57desk/ui/task_model.py" line="36"/>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_model.py" line="36"/>
        <source>Nội dung nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_model.py" line="37"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_model.py" line="37"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_model.py" line="38"/>
        <source>Trạng thái trong kỳ</source>
        <translation>Status in the period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_model.py" line="38"/>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_model.py" line="136"/>
        <source>Cập nhật tiến độ lần cuối: {0}</source>
        <translation>Progress last updated: {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_model.py" line="82"/>
        <source>[Đã rút] {0}</source>
        <translation>[Withdrawn] {0}</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="74"/>
        <source>Thêm cập nhật mớ&amp;i</source>
        <translation>New upd&amp;ate</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="76"/>
        <source>Xó&amp;a cập nhật này</source>
        <translation>Delete this upd&amp;ate</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="114"/>
        <source>Nhật ký</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="216"/>
        <source>Chưa có cập nhật nào trong kỳ này: nội dung nhập vào là một cập nhật mới</source>
        <translation>No update in this period yet: what you type becomes a new update</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="235"/>
        <source>Cập nhật mới</source>
        <translation>New update</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="237"/>
        <source>Đang sửa cập nhật ngày {0}</source>
        <translation>Editing the update of {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="240"/>
        <source>bổ sung sau báo cáo {0}</source>
        <translation>amended after the {0} report</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="242"/>
        <source>thuộc kỳ đã báo cáo {0}: thay đổi sẽ là bổ sung sau báo cáo</source>
        <translation>in the reported period {0}: changes become amendments after the report</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="249"/>
        <source>Nhật ký ({0})</source>
        <translation>Timeline ({0})</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="306"/>
        <source>Cập nhật mới: được lưu khi nhập nội dung</source>
        <translation>New update: saved once you type something</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="313"/>
        <source>Xóa cập nhật</source>
        <translation>Delete update</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="313"/>
        <source>Xóa cập nhật này khỏi nhật ký của nhiệm vụ {0}?</source>
        <translation>Delete this update from the timeline of task {0}?</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="71"/>
        <source>&amp;Hoàn tác thay đổi vừa lưu</source>
        <translation>&amp;Undo the last saved change</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="112"/>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="113"/>
        <source>Tệp đính kèm</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="115"/>
        <source>Thông tin</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="117"/>
        <source>Chọn một nhiệm vụ trong danh sách để xem và nhập tiến độ.</source>
        <translation>Select a task in the list to see it and enter its progress.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="194"/>
        <source>(không ghi)</source>
        <translation>(none given)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="195"/>
        <source>Thời hạn: {0}</source>
        <translation>Deadline: {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="197"/>
        <source>Vai trò: {0}</source>
        <translation>Role: {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="199"/>
        <source>Chủ trì: {0}</source>
        <translation>Lead: {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="214"/>
        <source>Cập nhật lần cuối {0}</source>
        <translation>Last updated {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="218"/>
        <source>Nhiệm vụ đã rút khỏi kế hoạch: chỉ xem</source>
        <translation>Task withdrawn from the plan: read only</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="263"/>
        <source>Trạng thái {0}: {1}</source>
        <translation>Status, {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="100"/>
        <source>Tệp ({0})</source>
        <translation>Files ({0})</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="272"/>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="272"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="273"/>
        <source>Số thứ tự</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="273"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="274"/>
        <source>Cơ quan chủ trì</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="275"/>
        <source>Cơ quan phối hợp</source>
        <translation>Coordinating agencies</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="276"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="277"/>
        <source>Loại thời hạn</source>
        <translation>Deadline kind</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="278"/>
        <source>Sản phẩm</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="278"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="279"/>
        <source>Vì sao cơ quan có nhiệm vụ này</source>
        <translation>Why the agency has this task</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="285"/>
        <source>Có thời hạn</source>
        <translation>Dated</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="285"/>
        <source>Thường xuyên / định kỳ</source>
        <translation>Recurring / periodic</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="286"/>
        <source>Theo giai đoạn</source>
        <translation>By stage</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="286"/>
        <source>Theo điều kiện</source>
        <translation>Conditional</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="287"/>
        <source>Chưa xác định</source>
        <translation>Not understood</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="290"/>
        <source>hạn {0}</source>
        <translation>due {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="342"/>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="358"/>
        <source>Trả lại nội dung trước lần lưu gần nhất của nhiệm vụ {0} ({1})</source>
        <translation>Put back the entry of task {0} ({1}) as it was before the last save</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="374"/>
        <source>Đã lưu lúc {0}</source>
        <translation>Saved at {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="382"/>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="41"/>
        <source>Tìm nhiệm vụ: gõ có dấu hay không dấu đều được (Ctrl+F)</source>
        <translation>Search tasks, with or without Vietnamese accents (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="43"/>
        <source>Tìm nhiệm vụ</source>
        <translation>Search tasks</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="45"/>
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="46"/>
        <source>Chưa hoàn thành</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="50"/>
        <source>Mọi vai trò</source>
        <translation>Any role</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="55"/>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="192"/>
        <source>Mọi nhóm</source>
        <translation>Any group</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="59"/>
        <source>Cả nhiệm vụ đã &amp;rút</source>
        <translation>Include &amp;withdrawn</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="60"/>
        <source>&amp;Bỏ lọc</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="71"/>
        <source>Nhiệm vụ kế hoạch chỉ giao chung cho &quot;đơn vị liên quan&quot; không phải việc giao đích danh cho cơ quan: không tính vào số liệu và báo cáo</source>
        <translation>Tasks the plan gives only to &quot;related units&quot; in general are not assigned to the agency by name: they are not counted in the figures or the reports</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="75"/>
        <source>Lọc theo trạng thái</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="75"/>
        <source>Lọc theo vai trò</source>
        <translation>Filter by role</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="76"/>
        <source>Lọc theo nhóm</source>
        <translation>Filter by group</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="76"/>
        <source>Lọc theo thời hạn</source>
        <translation>Filter by deadline</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="105"/>
        <source>Danh sách nhiệm vụ</source>
        <translation>Task list</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="229"/>
        <source>{0} / {1} nhiệm vụ</source>
        <translation>{0} / {1} tasks</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="61"/>
        <source>Phân công…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="62"/>
        <source>Giao cơ quan chủ trì, phối hợp cho các nhiệm vụ đang chọn (chọn nhiều bằng Ctrl/Shift) hoặc cho cả nhóm đang lọc</source>
        <translation>Give the selected tasks (select several with Ctrl/Shift), or the whole filtered group, a lead agency and coordinating agencies</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="64"/>
        <source>Nhận thực hiện</source>
        <translation>Take on</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="65"/>
        <source>Nhận chủ trì các nhiệm vụ đang chọn mà kế hoạch chưa giao cho ai</source>
        <translation>Lead the selected tasks that the plan gives to no one</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="236"/>
        <source>Đang ẩn {0} nhiệm vụ chỉ giao chung cho &quot;đơn vị liên quan&quot;. &lt;a href=&quot;related&quot;&gt;Xem các nhiệm vụ này&lt;/a&gt;</source>
        <translation>{0} tasks given only to &quot;related units&quot; in general are hidden. &lt;a href=&quot;related&quot;&gt;Show these tasks&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="288"/>
        <source>Chọn nhiệm vụ cần phân công (giữ Ctrl để chọn nhiều) hoặc lọc theo một nhóm.</source>
        <translation>Select the tasks to assign (hold Ctrl to select several) or filter by a group.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="299"/>
        <source>Chọn nhiệm vụ cần nhận thực hiện.</source>
        <translation>Select the tasks to take on.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../kh57desk/ui/timeline.py" line="23"/>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/timeline.py" line="22"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/timeline.py" line="22"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/timeline.py" line="22"/>
        <source>Tỷ lệ</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/timeline.py" line="22"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/timeline.py" line="23"/>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/timeline.py" line="44"/>
        <source>Bổ sung sau báo cáo {0}</source>
        <translation>Amended after the {0} report</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/timeline.py" line="46"/>
        <source>Kỳ đã báo cáo: {0}</source>
        <translation>Reported period: {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/timeline.py" line="49"/>
        <source>Lần sửa {0}, lúc {1}, người nhập: {2}</source>
        <translation>Revision {0}, at {1}, entered by {2}</translation>
    </message>
</context>
<context>
    <name>UpdateFiles</name>
    <message>
        <location filename="../../kh57desk/ui/update_files.py" line="22"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_files.py" line="22"/>
        <source>Cỡ</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_files.py" line="22"/>
        <source>Thêm lúc</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_files.py" line="26"/>
        <source>Thêm tệ&amp;p…</source>
        <translation>Add file&amp;s…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_files.py" line="28"/>
        <source>&amp;Mở</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_files.py" line="30"/>
        <source>Bỏ đ&amp;ính kèm</source>
        <translation>Detac&amp;h</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_files.py" line="33"/>
        <source>Tệp của cập nhật đang mở, chép vào thư mục dữ liệu của chương trình; tệp gốc có thể xóa hoặc di chuyển mà không ảnh hưởng.</source>
        <translation>The open update&apos;s files, copied into the program&apos;s data folder; the originals can be deleted or moved without any effect.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_files.py" line="48"/>
        <source>Tệp không còn trong thư mục dữ liệu</source>
        <translation>The file is no longer in the data folder</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_files.py" line="56"/>
        <source>Chọn tệp đính kèm</source>
        <translation>Choose files to attach</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_files.py" line="97"/>
        <source>Bỏ đính kèm</source>
        <translation>Detach files</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/update_files.py" line="97"/>
        <source>Bỏ các tệp sau khỏi cập nhật này?
{0}</source>
        <translation>Detach these files from this update?
{0}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../kh57desk/ui/verify_dialog.py" line="35"/>
        <source>Kiểm tra chữ ký số</source>
        <translation>Verify digital signature</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/verify_dialog.py" line="38"/>
        <source>Tệp PDF đã ký, hoặc tệp Excel/tệp khác có chữ ký .p7s bên cạnh</source>
        <translation>A signed PDF, or an Excel or other file with its .p7s signature beside it</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/verify_dialog.py" line="40"/>
        <source>để trống: tự tìm tệp .p7s cùng tên bên cạnh (PDF không cần)</source>
        <translation>empty: the .p7s of the same name beside it (not needed for PDF)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/verify_dialog.py" line="41"/>
        <source>&amp;Chọn tệp…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/verify_dialog.py" line="43"/>
        <source>Chọn tệp c&amp;hữ ký…</source>
        <translation>Choose signat&amp;ure file…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/verify_dialog.py" line="45"/>
        <source>&amp;Kiểm tra</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/verify_dialog.py" line="52"/>
        <source>&amp;Tệp cần kiểm tra:</source>
        <translation>&amp;File to verify:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/verify_dialog.py" line="58"/>
        <source>Tệp chữ ký &amp;rời (.p7s):</source>
        <translation>Detached signatu&amp;re (.p7s):</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/verify_dialog.py" line="67"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/verify_dialog.py" line="78"/>
        <source>Chọn tệp cần kiểm tra chữ ký</source>
        <translation>Choose the file to verify</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/verify_dialog.py" line="79"/>
        <source>Tệp đã ký (*.pdf *.xlsx *.p7s);;Mọi tệp (*)</source>
        <translation>Signed files (*.pdf *.xlsx *.p7s);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/verify_dialog.py" line="85"/>
        <source>Chọn tệp chữ ký rời</source>
        <translation>Choose the detached signature</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/verify_dialog.py" line="86"/>
        <source>Chữ ký rời (*.p7s);;Mọi tệp (*)</source>
        <translation>Detached signatures (*.p7s);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/verify_dialog.py" line="93"/>
        <source>Chọn tệp cần kiểm tra chữ ký trước.</source>
        <translation>Choose the file to verify first.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="41"/>
        <source>Mọi thời hạn</source>
        <translation>Any deadline</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="42"/>
        <source>Đã qua hạn</source>
        <translation>Past due</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="43"/>
        <source>Hạn trong 7 ngày tới</source>
        <translation>Due in the next 7 days</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="44"/>
        <source>Hạn trong 30 ngày tới</source>
        <translation>Due in the next 30 days</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="45"/>
        <source>Hạn trong kỳ báo cáo</source>
        <translation>Due in the reporting period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="46"/>
        <source>Không có hạn cụ thể</source>
        <translation>No fixed due date</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../kh57desk/ui/worker.py" line="298"/>
        <source>Lỗi không mong đợi: {0}. Không có gì bị ghi dở; chi tiết đã được ghi vào tệp nhật ký logs/kh57desk.log trong thư mục dữ liệu.</source>
        <translation>Unexpected error: {0}. Nothing was left half-written; the details are in the log file logs/kh57desk.log in the data folder.</translation>
    </message>
</context>
</TS>
