<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="21" />
        <source>Cơ quan sử dụng chương trình</source>
        <translation>Agency using the program</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="22" />
        <source>Chương trình giữ nhiệm vụ và tiến độ của một cơ quan. Chọn cơ quan của bạn trong danh mục (gõ vài chữ, có dấu hay không dấu đều được).</source>
        <translation>The program keeps the tasks and progress of one agency. Choose your agency from the directory (type a few letters, with or without Vietnamese accents).</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="24" />
        <source>Cơ quan thực hiện nhiệm vụ (&amp;sở, ban, ngành, UBND xã, phường…)</source>
        <translation>An implementing agency (&amp;department, board, sector, commune or ward people's committee…)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="25" />
        <source>Sở Khoa học và Công nghệ — tổng hợp &amp;báo cáo của các cơ quan</source>
        <translation>Department of Science and Technology — consolidates the agencies' &amp;reports</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="29" />
        <source>Cơ quan chưa có trong danh mục: thêm &amp;mới</source>
        <translation>Agency not in the directory: add &amp;it</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="42" />
        <source>Tên &amp;cơ quan:</source>
        <translation>&amp;Agency name:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="44" />
        <source>&amp;Loại cơ quan:</source>
        <translation>Agency &amp;kind:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="57" />
        <source>Chưa nhập tên cơ quan.</source>
        <translation>The agency name is empty.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="61" />
        <source>Không thấy "{0}" trong danh mục. Kiểm tra lại tên, hoặc đánh dấu "thêm mới" để thêm cơ quan vào danh mục.</source>
        <translation>"{0}" is not in the directory. Check the name, or tick "add it" to add the agency to the directory.</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <location filename="../../kh57desk/ui/qt.py" line="86" />
        <source>&amp;Có</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/qt.py" line="87" />
        <source>&amp;Không</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="31" />
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="32" />
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="33" />
        <source>Chưa có số liệu</source>
        <translation>No figure yet</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="34" />
        <source>Chỉ tiêu định tính</source>
        <translation>Qualitative target</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="90" />
        <source>Nhiệm vụ trong kỳ</source>
        <translation>Tasks in the period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="91" />
        <source>Đã hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="92" />
        <source>Quá hạn, chưa hoàn thành</source>
        <translation>Overdue, not completed</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="93" />
        <source>Đến hạn trong 30 ngày tới</source>
        <translation>Due in the next 30 days</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="99" />
        <source>Chỉ tiêu chậm tiến độ</source>
        <translation>Targets behind schedule</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="108" />
        <source>Nhiệm vụ theo trạng thái</source>
        <translation>Tasks by status</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="126" />
        <source>Nhiệm vụ quá hạn</source>
        <translation>Overdue tasks</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="127" />
        <source>Sắp đến hạn (30 ngày tới)</source>
        <translation>Due soon (next 30 days)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="132" />
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="132" />
        <source>Chốt số liệu</source>
        <translation>Data cut-off</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="132" />
        <source>Hạn gửi</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="133" />
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="137" />
        <source>Nhấn Enter hoặc bấm đúp để chọn kỳ báo cáo này</source>
        <translation>Press Enter or double-click to select this reporting period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="138" />
        <source>Báo cáo định kỳ</source>
        <translation>Periodic reports</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="168" />
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="168" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="168" />
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="184" />
        <source>Tổng quan — {0}</source>
        <translation>Overview — {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="185" />
        <source>Kỳ báo cáo {0}; trạng thái tính đến ngày {1}.</source>
        <translation>Reporting period {0}; status as of {1}.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="192" />
        <source>{0} / {1} chỉ tiêu chưa đạt mức phải đạt đến kỳ này</source>
        <translation>{0} of {1} targets below the level due by this period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="194" />
        <source>Kế hoạch chưa có chỉ tiêu</source>
        <translation>The plan has no targets</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="202" />
        <source>Nhiệm vụ quá hạn ({0})</source>
        <translation>Overdue tasks ({0})</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="203" />
        <source>Sắp đến hạn trong 30 ngày tới ({0})</source>
        <translation>Due in the next 30 days ({0})</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="215" />
        <source>Không có nhiệm vụ nào.</source>
        <translation>No tasks.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/dashboard_page.py" line="230" />
        <source>Không có kỳ báo cáo nào đến hạn trong 30 ngày tới.</source>
        <translation>No report is due in the next 30 days.</translation>
    </message>
</context>
<context>
    <name>DelayedProgress</name>
    <message>
        <location filename="../../kh57desk/ui/progress.py" line="36" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/progress.py" line="54" />
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="44" />
        <source>Chưa nhập</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="47" />
        <location filename="../../kh57desk/ui/entry_form.py" line="53" />
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="49" />
        <source>Kết quả thực hiện trong kỳ: việc đã làm, số liệu, sản phẩm…</source>
        <translation>Results in the period: work done, figures, outputs…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="51" />
        <source>Ví dụ: Kế hoạch số 123/KH-SYT</source>
        <translation>For example: Kế hoạch số 123/KH-SYT</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="75" />
        <source>T&amp;ình trạng:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="84" />
        <source>Tỷ &amp;lệ hoàn thành:</source>
        <translation>&amp;Percent complete:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="85" />
        <source>K&amp;ết quả:</source>
        <translation>&amp;Results:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="91" />
        <source>Khó khăn, vướng &amp;mắc:</source>
        <translation>D&amp;ifficulties:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="92" />
        <source>Đề x&amp;uất, kiến nghị:</source>
        <translation>Pr&amp;oposals:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="78" />
        <source>&amp;Ngày hoàn thành:</source>
        <translation>Completed o&amp;n:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="86" />
        <source>&amp;Văn bản, sản phẩm:</source>
        <translation>&amp;Document, output:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/entry_form.py" line="90" />
        <source>Ngà&amp;y văn bản:</source>
        <translation>Document dat&amp;e:</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="152" />
        <source>Bắt đầu sử dụng kh57desk</source>
        <translation>Getting started with kh57desk</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="158" />
        <source>&amp;Tiếp &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="159" />
        <source>&lt; &amp;Quay lại</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="160" />
        <source>&amp;Hoàn tất</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="161" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="36" />
        <source>Nhập kế hoạch từ tệp</source>
        <translation>Import a plan from a file</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="40" />
        <source>Tệp Excel (.xlsx), Word (.docx) hoặc văn bản (.txt)</source>
        <translation>Excel (.xlsx), Word (.docx) or text (.txt) file</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="41" />
        <source>&amp;Chọn tệp…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="44" />
        <location filename="../../kh57desk/ui/import_dialog.py" line="154" />
        <source>Tự tìm trang có bảng nhiệm vụ</source>
        <translation>Find the sheet with the task table</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="47" />
        <source>để trống: lấy từ tệp, ví dụ 26/KH-UBND</source>
        <translation>leave empty to read it from the file, e.g. 26/KH-UBND</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="48" />
        <source>Đọc &amp;tệp</source>
        <translation>&amp;Read file</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="54" />
        <source>Tệp &amp;kế hoạch:</source>
        <translation>Plan &amp;file:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="59" />
        <source>Số kế hoạc&amp;h:</source>
        <translation>Plan &amp;number:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="64" />
        <source>Tr&amp;ang tính:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="70" />
        <location filename="../../kh57desk/ui/import_dialog.py" line="71" />
        <location filename="../../kh57desk/ui/import_dialog.py" line="72" />
        <location filename="../../kh57desk/ui/import_dialog.py" line="73" />
        <location filename="../../kh57desk/ui/import_dialog.py" line="74" />
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="70" />
        <location filename="../../kh57desk/ui/import_dialog.py" line="72" />
        <location filename="../../kh57desk/ui/import_dialog.py" line="73" />
        <location filename="../../kh57desk/ui/import_dialog.py" line="74" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="70" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="70" />
        <source>Vì sao</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="71" />
        <source>Nội dung / thay đổi</source>
        <translation>Content / change</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="71" />
        <source>Trước</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="71" />
        <source>Sau</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="72" />
        <location filename="../../kh57desk/ui/import_dialog.py" line="73" />
        <location filename="../../kh57desk/ui/import_dialog.py" line="75" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="74" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="75" />
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="75" />
        <source>Nội dung dòng</source>
        <translation>Row text</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="76" />
        <location filename="../../kh57desk/ui/import_dialog.py" line="110" />
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="76" />
        <source>Mốc</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="76" />
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="77" />
        <source>Tên cơ quan trong tệp</source>
        <translation>Agency name in the file</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="83" />
        <source>Thêm &amp;vào danh mục</source>
        <translation>&amp;Add to the directory</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="86" />
        <source>Á&amp;nh xạ tới cơ quan có sẵn</source>
        <translation>&amp;Map to an existing agency</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="91" />
        <source>Các tên cơ quan sau không có trong danh mục. Thêm tên mới vào danh mục, hoặc cho biết đó là cách viết khác của một cơ quan có sẵn; bản xem trước được tính lại ngay.</source>
        <translation>These agency names are not in the directory. Add a new name to the directory, or say it is another way of writing an existing agency; the preview is recomputed at once.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="95" />
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="105" />
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="105" />
        <location filename="../../kh57desk/ui/import_dialog.py" line="263" />
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="106" />
        <source>Rút khỏi kế hoạch</source>
        <translation>Withdrawn from the plan</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="106" />
        <source>Cơ quan lạ</source>
        <translation>Unknown agencies</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="107" />
        <source>Chưa có cơ quan chủ trì</source>
        <translation>No lead agency</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="108" />
        <source>Không giao cho cơ quan</source>
        <translation>Not for this agency</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="109" />
        <source>Dòng không đọc được</source>
        <translation>Rows not understood</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="115" />
        <source>Nhập vào dữ l&amp;iệu</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="117" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="144" />
        <source>Chọn tệp kế hoạch</source>
        <translation>Choose the plan file</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="146" />
        <source>Kế hoạch (*.xlsx *.docx *.txt);;Mọi tệp (*)</source>
        <translation>Plans (*.xlsx *.docx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="168" />
        <source>Chọn tệp kế hoạch trước.</source>
        <translation>Choose the plan file first.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="176" />
        <source>Đang đọc tệp kế hoạch</source>
        <translation>Reading the plan file</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="192" />
        <source>Đã dừng đọc tệp; chưa nhập gì.</source>
        <translation>Reading stopped; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="205" />
        <source>(kế hoạch chưa ghi số)</source>
        <translation>(plan without a number)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="206" />
        <source>kế hoạch đã có, sẽ cập nhật</source>
        <translation>known plan, will be updated</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="206" />
        <source>kế hoạch mới</source>
        <translation>new plan</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="208" />
        <source>{0} ({1}): thêm {2}, cập nhật {3}, khôi phục {4}, không đổi {5}, rút {6} nhiệm vụ; {7} nhiệm vụ không giao cho cơ quan; {8} dòng không đọc được.</source>
        <translation>{0} ({1}): {2} tasks added, {3} updated, {4} restored, {5} unchanged, {6} withdrawn; {7} tasks not for this agency; {8} rows not understood.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="249" />
        <source>(đã rút trước đây)</source>
        <translation>(withdrawn before)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="250" />
        <source>khôi phục</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="263" />
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="264" />
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="292" />
        <source>Chọn cơ quan có sẵn trong danh mục để ánh xạ tới.</source>
        <translation>Choose the existing agency in the directory to map to.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/import_dialog.py" line="311" />
        <source>Đang nhập kế hoạch</source>
        <translation>Importing the plan</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="26" />
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="26" />
        <source>Mốc</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="27" />
        <source>Mục tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="27" />
        <source>Số liệu kỳ này</source>
        <translation>Figure this period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="28" />
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="28" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="29" />
        <source>Các kỳ đã nhập</source>
        <translation>Earlier periods</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="94" />
        <source>Mỗi năm</source>
        <translation>Every year</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="98" />
        <source>Định tính</source>
        <translation>Qualitative</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="171" />
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="172" />
        <source>Nhập số liệu của kỳ vào cột "Số liệu kỳ này" (bấm đúp hoặc F2, gõ số kiểu Việt Nam: 60 hoặc 0,75 hoặc 3.000), rồi Enter. Số liệu được lưu ngay.</source>
        <translation>Enter the period's figure in the "Figure this period" column (double-click or F2, type the number the Vietnamese way: 60 or 0,75 or 3.000), then Enter. It is saved at once.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="175" />
        <source>Tìm chỉ tiêu (không cần dấu)</source>
        <translation>Search targets (accents optional)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="178" />
        <source>Mọi chỉ tiêu</source>
        <translation>All targets</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="178" />
        <source>Chậm tiến độ</source>
        <translation>Behind schedule</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="179" />
        <source>Chưa có số liệu</source>
        <translation>No figure yet</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="179" />
        <source>Đã đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="202" />
        <source>Kế hoạch đã nhập chưa có chỉ tiêu. Chỉ tiêu được đọc từ phần "Mục tiêu cụ thể" hoặc phụ lục chỉ tiêu khi nhập kế hoạch.</source>
        <translation>The imported plans have no targets. Targets are read from the "Specific objectives" section or the targets appendix when a plan is imported.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="228" />
        <source>{0} / {1} chỉ tiêu</source>
        <translation>{0} / {1} targets</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/indicators_page.py" line="241" />
        <source>Chỉ tiêu — số liệu {0}</source>
        <translation>Targets — figures for {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="31" />
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="33" />
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="34" />
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="36" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="53" />
        <source>kh57desk — Theo dõi thực hiện Nghị quyết 57-NQ/TW</source>
        <translation>kh57desk — Tracking Resolution 57-NQ/TW</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="58" />
        <source>Các màn hình</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="123" />
        <source>Nhập &amp;kế hoạch…</source>
        <translation>Import &amp;plan…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="86" />
        <source>Nhập hoặc cập nhật kế hoạch từ tệp Excel, Word (Ctrl+I)</source>
        <translation>Import or update a plan from an Excel or Word file (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="85" />
        <source>Nhập kế hoạch…</source>
        <translation>Import plan…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="121" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="124" />
        <source>&amp;Sao lưu dữ liệu ngay</source>
        <translation>&amp;Back up the data now</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="125" />
        <source>Mở &amp;thư mục dữ liệu</source>
        <translation>Open the data &amp;folder</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="133" />
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="136" />
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="139" />
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="140" />
        <source>&amp;Giới thiệu kh57desk</source>
        <translation>&amp;About kh57desk</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="204" />
        <source>Đã sao lưu vào {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="207" />
        <source>Giới thiệu kh57desk</source>
        <translation>About kh57desk</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="208" />
        <source>kh57desk {0}

Theo dõi nhiệm vụ, nhập tiến độ và báo cáo định kỳ thực hiện Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.

Thư mục dữ liệu: {1}</source>
        <translation>kh57desk {0}

Tracks tasks, records progress and prepares the periodic reports on implementing Resolution 57-NQ/TW on breakthroughs in science, technology, innovation and national digital transformation.

Data folder: {1}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="219" />
        <source>Dữ liệu: {0}</source>
        <translation>Data: {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/main_window.py" line="222" />
        <source>Đang làm việc…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="121" />
        <source>Tháng {0} năm {1}</source>
        <translation>Month {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="123" />
        <source>Quý {0} năm {1}</source>
        <translation>Quarter {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="126" />
        <source>6 tháng đầu năm {0}</source>
        <translation>First half of {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="127" />
        <source>6 tháng cuối năm {0}</source>
        <translation>Second half of {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="129" />
        <source>Năm {0}</source>
        <translation>Year {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="131" />
        <source>Kỳ {0} năm {1} (đến {2})</source>
        <translation>Period {0} of {1} (to {2})</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="133" />
        <source>Đột xuất đến ngày {0}</source>
        <translation>Ad hoc, to {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="137" />
        <source>chốt số liệu từ {0} đến {1}</source>
        <translation>data from {0} to {1}</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../kh57desk/ui/period_bar.py" line="24" />
        <source>&amp;Kỳ báo cáo:</source>
        <translation>Reporting &amp;period:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/period_bar.py" line="26" />
        <source>Loại kỳ báo cáo</source>
        <translation>Kind of reporting period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/period_bar.py" line="28" />
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/period_bar.py" line="85" />
        <source>Chọn ngày kết thúc…</source>
        <translation>Choose the end date…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/period_bar.py" line="126" />
        <source>Kỳ báo cáo đột xuất</source>
        <translation>Ad hoc reporting period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/period_bar.py" line="127" />
        <source>Số liệu tính đến ngày (ngày/tháng/năm), ví dụ 15/6/2025:</source>
        <translation>Figures up to (day/month/year), e.g. 15/6/2025:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/period_bar.py" line="129" />
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/period_bar.py" line="130" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/period_bar.py" line="135" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/period_bar.py" line="137" />
        <source>Chưa nhập ngày.</source>
        <translation>No date entered.</translation>
    </message>
</context>
<context>
    <name>PeriodKind</name>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="53" />
        <source>Hằng tháng</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="54" />
        <source>Hằng quý</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="55" />
        <location filename="../../kh57desk/ui/labels.py" line="63" />
        <source>6 tháng</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="56" />
        <source>Hằng năm</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="57" />
        <source>Theo mốc của kế hoạch</source>
        <translation>On the plan's dates</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="58" />
        <location filename="../../kh57desk/ui/labels.py" line="66" />
        <source>Đột xuất</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="61" />
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="62" />
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="64" />
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="65" />
        <source>Mốc của kế hoạch</source>
        <translation>Plan's dates</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="97" />
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="98" />
        <source>Nhập kế hoạch của tỉnh để có danh sách nhiệm vụ của cơ quan.</source>
        <translation>Import the province's plan to get your agency's task list.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="99" />
        <source>Nhập từ &amp;tệp kế hoạch (Excel .xlsx, Word .docx hoặc văn bản .txt)</source>
        <translation>Import a plan &amp;file (Excel .xlsx, Word .docx or text .txt)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="100" />
        <source>Dùng &amp;kế hoạch mẫu để làm quen (98 nhiệm vụ năm 2025 của Tiểu ban KHCN, ĐMST và CĐS tỉnh Thái Bình)</source>
        <translation>Use the &amp;sample plan to get to know the program (98 tasks of Thái Bình's 2025 sub-committee plan)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="102" />
        <source>Để &amp;sau</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="108" />
        <source>Chọn tệp kế hoạch…</source>
        <translation>Choose the plan file…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="109" />
        <source>&amp;Chọn tệp…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="128" />
        <source>Chọn tệp kế hoạch</source>
        <translation>Choose the plan file</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="129" />
        <source>Kế hoạch (*.xlsx *.docx *.txt)</source>
        <translation>Plans (*.xlsx *.docx *.txt)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="141" />
        <source>Chọn tệp kế hoạch, hoặc chọn "Để sau".</source>
        <translation>Choose the plan file, or choose "Later".</translation>
    </message>
</context>
<context>
    <name>ReportState</name>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="47" />
        <source>Sắp đến kỳ</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="48" />
        <source>Đến hạn gửi</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="49" />
        <source>Quá hạn gửi</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="50" />
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="37" />
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="37" />
        <source>Phối hợp</source>
        <translation>Coordinate</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="113" />
        <source> và </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="114" />
        <source>trước ngày {0} hằng năm</source>
        <translation>before {0} every year</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="115" />
        <source>Chỉ báo cáo đột xuất</source>
        <translation>Ad hoc reports only</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="37" />
        <source>Cơ quan chưa có trong danh mục: thêm mới</source>
        <translation>Agency not in the directory: add it</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="41" />
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="43" />
        <source>Tên cơ &amp;quan:</source>
        <translation>&amp;Agency name:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="45" />
        <source>Chế độ:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="46" />
        <source>Cơ quan &amp;cấp trên:</source>
        <translation>&amp;Superior body:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="47" />
        <source>Địa &amp;danh (dòng ngày tháng):</source>
        <translation>&amp;Place (in the date line):</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="48" />
        <source>Đổi cơ quan chỉ áp dụng cho các lần nhập kế hoạch sau; hãy nhập lại kế hoạch để xác định lại nhiệm vụ của cơ quan.</source>
        <translation>A new agency applies to the next plan imports; import the plan again to find the agency's tasks again.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="58" />
        <source>Người ký báo cáo</source>
        <translation>Report signer</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="60" />
        <source>&amp;Họ và tên:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="61" />
        <source>Chức &amp;vụ:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="65" />
        <source>ví dụ SNV</source>
        <translation>e.g. SNV</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="70" />
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="73" />
        <source>&amp;Nơi nhận (mỗi dòng một nơi):</source>
        <translation>&amp;Recipients (one per line):</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="75" />
        <source>Theo lịch báo cáo ghi trong kế hoạch (mặc định: Nghị định 09/2019)</source>
        <translation>Follow the plan's reporting schedule (default: Decree 09/2019)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="78" />
        <source>ví dụ 01/6; 15/11</source>
        <translation>e.g. 01/6; 15/11</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="81" />
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="83" />
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="89" />
        <source>&amp;Mốc cố định hằng năm:</source>
        <translation>&amp;Fixed yearly dates:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="97" />
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="101" />
        <source>&amp;Lưu thay đổi</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="110" />
        <source>Chuyển &amp;sang thư mục khác…</source>
        <translation>&amp;Move to another folder…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="112" />
        <source>Thư mục dữ liệu</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="122" />
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="122" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="122" />
        <source>Cỡ</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="62" />
        <source>Thẩm q&amp;uyền ký:</source>
        <translation>Signing a&amp;uthority:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="72" />
        <source>Ký hiệu số &amp;báo cáo: BC-</source>
        <translation>Report number &amp;symbol: BC-</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="90" />
        <source>Hạn gửi s&amp;au ngày chốt số liệu:</source>
        <translation>&amp;Due after the cut-off:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="99" />
        <source>Ngôn ngữ gia&amp;o diện:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="103" />
        <source>Hoàn lạ&amp;i</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="108" />
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="125" />
        <source>Sao lưu nga&amp;y</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="127" />
        <source>Khôi &amp;phục bản đã chọn…</source>
        <translation>&amp;Restore the selected backup…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="129" />
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="275" />
        <source>Sao lưu</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="156" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="197" />
        <source>Sở Khoa học và Công nghệ — tổng hợp báo cáo của các cơ quan</source>
        <translation>Department of Science and Technology — consolidates the agencies' reports</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="199" />
        <source>Cơ quan thực hiện — báo cáo về Sở Khoa học và Công nghệ</source>
        <translation>Implementing agency — reports to the Department of Science and Technology</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="212" />
        <source>Đang dùng: {0}; hạn gửi {1} ngày sau ngày chốt số liệu.</source>
        <translation>In use: {0}; due {1} days after the cut-off.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="233" />
        <source>Có thay đổi chưa lưu</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="259" />
        <source>Đã lưu cài đặt</source>
        <translation>Settings saved</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="274" />
        <source>Sao lưu thủ công</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="274" />
        <source>Trước khi khôi phục</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="278" />
        <source>Trước khi nâng cấp dữ liệu</source>
        <translation>Before a database upgrade</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="294" />
        <source>Chọn một bản sao lưu trong danh sách trước.</source>
        <translation>Select a backup in the list first.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="296" />
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="297" />
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc {0}?
Dữ liệu hiện tại sẽ được sao lưu trước, nên có thể lấy lại.</source>
        <translation>Replace all current data with the backup of {0}?
The current data is backed up first, so it can be brought back.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="313" />
        <source>Chọn thư mục trống để chuyển dữ liệu sang</source>
        <translation>Choose an empty folder to move the data to</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/settings_page.py" line="329" />
        <source>Đã chuyển dữ liệu sang {0}. Thư mục cũ được giữ nguyên; có thể xóa khi không cần.</source>
        <translation>The data was moved to {0}. The old folder is left as it was; delete it when no longer needed.</translation>
    </message>
</context>
<context>
    <name>SignerPage</name>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="73" />
        <source>Người ký báo cáo</source>
        <translation>Report signer</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="74" />
        <source>Dùng cho phần chữ ký của báo cáo định kỳ. Có thể để trống và nhập sau trong Cài đặt.</source>
        <translation>Used in the signature block of the periodic report. You can leave it empty and fill it in later in Settings.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="77" />
        <source>ví dụ Nguyễn Văn An</source>
        <translation>e.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="87" />
        <source>&amp;Họ và tên:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="88" />
        <source>Chức &amp;vụ:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="89" />
        <source>Thẩm q&amp;uyền ký:</source>
        <translation>Signing a&amp;uthority:</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/wizard.py" line="90" />
        <source>Thẩm quyền ký: "KT. GIÁM ĐỐC" khi cấp phó ký thay, để trống khi người đứng đầu ký.</source>
        <translation>Signing authority: "KT. GIÁM ĐỐC" when a deputy signs for the head; empty when the head signs.</translation>
    </message>
</context>
<context>
    <name>Size</name>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="151" />
        <source>{0} byte</source>
        <translation>{0} bytes</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="153" />
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="154" />
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="32" />
        <source>Chưa triển khai</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="33" />
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="34" />
        <source>Đã hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="35" />
        <source>Đề nghị điều chỉnh/dừng</source>
        <translation>Adjustment/stop proposed</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="19" />
        <source>Hoàn thành đúng hạn</source>
        <translation>Completed on time</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="20" />
        <source>Hoàn thành quá hạn</source>
        <translation>Completed late</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="21" />
        <source>Đang thực hiện (trong hạn)</source>
        <translation>In progress (on time)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="22" />
        <source>Quá hạn, chưa hoàn thành</source>
        <translation>Overdue, not completed</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="23" />
        <source>Chưa triển khai</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="24" />
        <source>Thường xuyên (đang triển khai)</source>
        <translation>Recurring (ongoing)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="25" />
        <source>Đề nghị điều chỉnh/dừng thực hiện</source>
        <translation>Adjustment/stop proposed</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <location filename="../../kh57desk/ui/task_model.py" line="34" />
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_model.py" line="34" />
        <source>Nội dung nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_model.py" line="35" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_model.py" line="35" />
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_model.py" line="36" />
        <source>Trạng thái trong kỳ</source>
        <translation>Status in the period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_model.py" line="36" />
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_model.py" line="134" />
        <source>Cập nhật tiến độ lần cuối: {0}</source>
        <translation>Progress last updated: {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_model.py" line="80" />
        <source>[Đã rút] {0}</source>
        <translation>[Withdrawn] {0}</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="61" />
        <source>&amp;Hoàn tác thay đổi vừa lưu</source>
        <translation>&amp;Undo the last saved change</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="64" />
        <source>&amp;Chép từ kỳ trước</source>
        <translation>&amp;Copy from the previous period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="80" />
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="80" />
        <source>Cỡ</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="80" />
        <source>Thêm lúc</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="86" />
        <source>&amp;Mở</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="84" />
        <source>Thêm tệ&amp;p…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="88" />
        <source>Bỏ đ&amp;ính kèm</source>
        <translation>&amp;Detach</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="92" />
        <source>Tệp được chép vào thư mục dữ liệu của chương trình; tệp gốc có thể xóa hoặc di chuyển mà không ảnh hưởng.</source>
        <translation>Files are copied into the program's data folder; the originals can be deleted or moved without harm.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="102" />
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="102" />
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="102" />
        <source>Tỷ lệ</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="103" />
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="103" />
        <source>Kết quả</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="103" />
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="113" />
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="114" />
        <source>Tệp đính kèm</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="115" />
        <source>Kỳ trước</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="116" />
        <source>Thông tin</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="118" />
        <source>Chọn một nhiệm vụ trong danh sách để xem và nhập tiến độ.</source>
        <translation>Select a task in the list to see it and enter its progress.</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="173" />
        <source>(không ghi)</source>
        <translation>(none given)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="174" />
        <source>Thời hạn: {0}</source>
        <translation>Deadline: {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="176" />
        <source>Vai trò: {0}</source>
        <translation>Role: {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="178" />
        <source>Chủ trì: {0}</source>
        <translation>Lead: {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="187" />
        <source>Chép số liệu của {0} vào những trường còn trống</source>
        <translation>Copy the entry of {0} into the empty fields</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="189" />
        <source>Chưa có số liệu ở kỳ nào trước kỳ này</source>
        <translation>No entry in any earlier period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="192" />
        <source>Cập nhật lần cuối {0}</source>
        <translation>Last updated {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="194" />
        <source>Chưa nhập tiến độ kỳ này</source>
        <translation>No progress entered for this period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="196" />
        <source>Nhiệm vụ đã rút khỏi kế hoạch: chỉ xem</source>
        <translation>Task withdrawn from the plan: read only</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="203" />
        <source>Trạng thái {0}: {1}</source>
        <translation>Status, {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="216" />
        <source>Kỳ trước ({0})</source>
        <translation>Earlier ({0})</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="224" />
        <source>Tệp không còn trong thư mục dữ liệu</source>
        <translation>The file is no longer in the data folder</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="227" />
        <source>Tệp ({0})</source>
        <translation>Files ({0})</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="232" />
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="232" />
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="233" />
        <source>Số thứ tự</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="233" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="234" />
        <source>Cơ quan chủ trì</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="235" />
        <source>Cơ quan phối hợp</source>
        <translation>Coordinating agencies</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="236" />
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="237" />
        <source>Loại thời hạn</source>
        <translation>Deadline kind</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="238" />
        <source>Sản phẩm</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="238" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="239" />
        <source>Vì sao cơ quan có nhiệm vụ này</source>
        <translation>Why the agency has this task</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="245" />
        <source>Có thời hạn</source>
        <translation>Dated</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="245" />
        <source>Thường xuyên / định kỳ</source>
        <translation>Recurring / periodic</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="246" />
        <source>Theo giai đoạn</source>
        <translation>By stage</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="246" />
        <source>Theo điều kiện</source>
        <translation>Conditional</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="247" />
        <source>Chưa xác định</source>
        <translation>Not understood</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="250" />
        <source>hạn {0}</source>
        <translation>due {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="262" />
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="274" />
        <source>Trả lại nội dung trước lần lưu gần nhất của nhiệm vụ {0} ({1})</source>
        <translation>Put back the entry of task {0} ({1}) as it was before the last save</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="285" />
        <source>Đã lưu lúc {0}</source>
        <translation>Saved at {0}</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="291" />
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="324" />
        <source>Chọn tệp đính kèm</source>
        <translation>Choose files to attach</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="359" />
        <source>Bỏ đính kèm</source>
        <translation>Detach</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/task_panel.py" line="359" />
        <source>Bỏ các tệp sau khỏi nhiệm vụ này?
{0}</source>
        <translation>Detach these files from the task?
{0}</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="36" />
        <source>Tìm nhiệm vụ: gõ có dấu hay không dấu đều được (Ctrl+F)</source>
        <translation>Search tasks, with or without Vietnamese accents (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="38" />
        <source>Tìm nhiệm vụ</source>
        <translation>Search tasks</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="40" />
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="41" />
        <source>Chưa hoàn thành</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="45" />
        <source>Mọi vai trò</source>
        <translation>Any role</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="49" />
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="157" />
        <source>Mọi nhóm</source>
        <translation>Any group</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="53" />
        <source>Cả nhiệm vụ đã &amp;rút</source>
        <translation>Include &amp;withdrawn</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="54" />
        <source>&amp;Bỏ lọc</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="56" />
        <source>Lọc theo trạng thái</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="56" />
        <source>Lọc theo vai trò</source>
        <translation>Filter by role</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="57" />
        <source>Lọc theo nhóm</source>
        <translation>Filter by group</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="57" />
        <source>Lọc theo thời hạn</source>
        <translation>Filter by deadline</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="86" />
        <source>Danh sách nhiệm vụ</source>
        <translation>Task list</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/pages/tasks_page.py" line="191" />
        <source>{0} / {1} nhiệm vụ</source>
        <translation>{0} / {1} tasks</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="39" />
        <source>Mọi thời hạn</source>
        <translation>Any deadline</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="40" />
        <source>Đã qua hạn</source>
        <translation>Past due</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="41" />
        <source>Hạn trong 7 ngày tới</source>
        <translation>Due in the next 7 days</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="42" />
        <source>Hạn trong 30 ngày tới</source>
        <translation>Due in the next 30 days</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="43" />
        <source>Hạn trong kỳ báo cáo</source>
        <translation>Due in the reporting period</translation>
    </message>
    <message>
        <location filename="../../kh57desk/ui/labels.py" line="44" />
        <source>Không có hạn cụ thể</source>
        <translation>No fixed due date</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../kh57desk/ui/worker.py" line="152" />
        <source>Lỗi không mong đợi: {0}. Chi tiết đã được ghi vào tệp nhật ký trong thư mục dữ liệu.</source>
        <translation>Unexpected error: {0}. The details were written to the log file in the data folder.</translation>
    </message>
</context>
</TS>