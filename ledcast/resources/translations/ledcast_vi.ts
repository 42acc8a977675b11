<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Component</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>About ledcast</source>
        <translation>Giới thiệu ledcast</translation>
    </message>
    <message>
        <source>Programmes for commune loudspeakers and public screens.</source>
        <translation>Chương trình phát cho loa truyền thanh và màn hình công cộng cấp xã.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Thư mục làm việc: %1</translation>
    </message>
    <message>
        <source>Python %1, Qt %2, PySide6 %3 on %4</source>
        <translation>Python %1, Qt %2, PySide6 %3 trên %4</translation>
    </message>
    <message>
        <source>Components and licences</source>
        <translation>Thành phần và giấy phép</translation>
    </message>
    <message>
        <source>ledcast is free software under the MIT licence. The FFmpeg program it runs is the build carried by imageio-ffmpeg, under the licence in the table (%1). Qt and PySide6 are used under the LGPL version 3. Double-click a row to read its licence.</source>
        <translation>ledcast là phần mềm tự do theo giấy phép MIT. Chương trình FFmpeg mà ledcast sử dụng là bản dựng đi kèm imageio-ffmpeg, theo giấy phép ghi trong bảng (%1). Qt và PySide6 được dùng theo giấy phép LGPL phiên bản 3. Nháy đúp vào một dòng để đọc giấy phép của thành phần đó.</translation>
    </message>
    <message>
        <source>Font licence (OFL)</source>
        <translation>Giấy phép phông chữ (OFL)</translation>
    </message>
</context>
<context>
    <name>AddAiringDialog</name>
    <message>
        <source>Add an airing</source>
        <translation>Thêm một lượt phát</translation>
    </message>
    <message>
        <source>Not in the library: type the title below</source>
        <translation>Không có trong thư viện: gõ tên bên dưới</translation>
    </message>
    <message>
        <source>e.g. Relay of the provincial radio news</source>
        <translation>VD: Tiếp sóng bản tin Đài tỉnh</translation>
    </message>
    <message>
        <source>e.g. NV2, NV3 (empty: outside the plan)</source>
        <translation>VD: NV2, NV3 (để trống: ngoài kế hoạch)</translation>
    </message>
    <message>
        <source>Library item</source>
        <translation>Mục trong thư viện</translation>
    </message>
    <message>
        <source>Start (local time)</source>
        <translation>Bắt đầu (giờ địa phương)</translation>
    </message>
    <message>
        <source>End (local time)</source>
        <translation>Kết thúc (giờ địa phương)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>There is no outlet yet: add one on the Outlets page first.</source>
        <translation>Chưa có điểm phát nào: hãy thêm điểm phát ở trang Điểm phát trước.</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Điểm phát</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Thứ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Chương trình phát</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Số lượt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open its playlist</source>
        <translation>Nháy đúp vào một dòng (hoặc nhấn Enter) để mở chương trình phát của dòng đó</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Lịch phát</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>Tất cả điểm phát</translation>
    </message>
    <message>
        <source>Overlaps another programme on the same outlet</source>
        <translation>Trùng giờ với chương trình khác trên cùng điểm phát</translation>
    </message>
    <message>
        <source>Nothing scheduled in this period. Add a schedule to a playlist.</source>
        <translation>Không có lượt phát nào trong khoảng thời gian này. Hãy thêm lịch phát cho một chương trình phát.</translation>
    </message>
    <message>
        <source>%1 airing(s).</source>
        <translation>%1 lượt phát.</translation>
    </message>
    <message>
        <source>%1 overlap(s) on the same outlet (highlighted).</source>
        <translation>%1 chỗ trùng giờ trên cùng điểm phát (đã được đánh dấu).</translation>
    </message>
</context>
<context>
    <name>Airing</name>
    <message>
        <source>Airing log</source>
        <translation>Nhật ký phát</translation>
    </message>
    <message>
        <source>Writing the airing log</source>
        <translation>Đang ghi nhật ký phát ra tệp</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Điểm phát</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Thời lượng (giây)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Cách ghi</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Người vận hành</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Hủy lượt</translation>
    </message>
    <message>
        <source>Voided because</source>
        <translation>Lý do hủy</translation>
    </message>
    <message>
        <source>Recording the airings</source>
        <translation>Đang ghi các lượt phát vào nhật ký</translation>
    </message>
</context>
<context>
    <name>AiringModel</name>
    <message>
        <source>Date and time</source>
        <translation>Ngày giờ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>A correction: voids an earlier airing. Reason: %1</source>
        <translation>Dòng đính chính: hủy một lượt phát trước đó. Lý do: %1</translation>
    </message>
    <message>
        <source>Voided. Reason: %1</source>
        <translation>Đã hủy. Lý do: %1</translation>
    </message>
</context>
<context>
    <name>AiringView</name>
    <message>
        <source>All dates</source>
        <translation>Mọi ngày</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Chọn ngày</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation>Mọi cách ghi</translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation>Mọi nguồn</translation>
    </message>
    <message>
        <source>Show voided</source>
        <translation>Hiện lượt đã hủy</translation>
    </message>
    <message>
        <source>Voided airings and their corrections, greyed; they never count in totals</source>
        <translation>Các lượt phát đã hủy và dòng đính chính, hiện mờ; không bao giờ được tính vào tổng</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Confirm export…</source>
        <translation>Xác nhận bản xuất…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Hủy lượt phát…</translation>
    </message>
    <message>
        <source>Send log…</source>
        <translation>Gửi nhật ký…</translation>
    </message>
    <message>
        <source>Import logs…</source>
        <translation>Nhập nhật ký…</translation>
    </message>
    <message>
        <source>This unit&apos;s airings as one signed file for the level above</source>
        <translation>Các lượt phát của đơn vị thành một tệp có chữ ký để gửi cấp trên</translation>
    </message>
    <message>
        <source>Signed log files of other units, many at once or a whole folder</source>
        <translation>Nhập tệp nhật ký có chữ ký của các đơn vị khác: nhiều tệp một lúc hoặc cả thư mục</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Lưu ra CSV…</translation>
    </message>
    <message>
        <source>Save as XLSX…</source>
        <translation>Lưu ra XLSX…</translation>
    </message>
    <message>
        <source>A live reading, a relay, or a programme not in the library</source>
        <translation>Một lần đọc trực tiếp, tiếp sóng, hoặc chương trình không có trong thư viện</translation>
    </message>
    <message>
        <source>Record that a past export aired as its schedules say</source>
        <translation>Ghi nhận một bản đã xuất đã được phát đúng theo lịch</translation>
    </message>
    <message>
        <source>Mark the selected airing as wrong; it stays in the log, greyed</source>
        <translation>Đánh dấu lượt phát đang chọn là sai; nó vẫn nằm trong nhật ký, hiện mờ</translation>
    </message>
    <message>
        <source>Airing log</source>
        <translation>Nhật ký phát</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>Mọi điểm phát</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Mọi nhiệm vụ</translation>
    </message>
    <message>
        <source>Outside the plan</source>
        <translation>Ngoài kế hoạch</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <source>Total: %1 airing(s), %2 distinct item(s), %3 minutes</source>
        <translation>Tổng: %1 lượt phát, %2 tin bài khác nhau, %3 phút</translation>
    </message>
    <message>
        <source>Void an airing</source>
        <translation>Hủy một lượt phát</translation>
    </message>
    <message>
        <source>Select the airing to void first.</source>
        <translation>Hãy chọn lượt phát cần hủy trước.</translation>
    </message>
    <message>
        <source>Why is “%1” of %2 voided? It stays in the log, marked.</source>
        <translation>Vì sao hủy “%1” lúc %2? Lượt phát vẫn nằm trong nhật ký, có đánh dấu.</translation>
    </message>
    <message>
        <source>Save the airing log</source>
        <translation>Lưu nhật ký phát</translation>
    </message>
    <message>
        <source>Wrote %1 airing(s) to %2.</source>
        <translation>Đã ghi %1 lượt phát ra %2.</translation>
    </message>
</context>
<context>
    <name>ApprovalBox</name>
    <message>
        <source>Approval</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Require approval before export and play-out</source>
        <translation>Bắt buộc phê duyệt trước khi xuất và phát</translation>
    </message>
    <message>
        <source>On: a playlist with items pending or rejected is not exported until they are approved (the Export page lets you approve pending ones and records who did). Off: you are warned and asked to confirm.</source>
        <translation>Bật: danh sách phát có mục đang chờ duyệt hoặc bị từ chối sẽ không được xuất cho đến khi các mục đó được duyệt (trang Xuất cho phép duyệt ngay các mục chờ duyệt và ghi lại người duyệt). Tắt: chương trình cảnh báo và hỏi bạn xác nhận.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời gian thực hiện</translation>
    </message>
    <message>
        <source>Key tasks</source>
        <translation>Nhiệm vụ trọng tâm</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Ngày trọng điểm</translation>
    </message>
    <message>
        <source>Imported plan {code} with {n} tasks.</source>
        <translation>Đã nhập kế hoạch {code} gồm {n} nhiệm vụ.</translation>
    </message>
    <message>
        <source>Wrote plan {code} to {path}.</source>
        <translation>Đã ghi kế hoạch {code} ra {path}.</translation>
    </message>
    <message>
        <source>This workspace now belongs to {code} – {name}.</source>
        <translation>Thư mục làm việc này nay thuộc đơn vị {code} – {name}.</translation>
    </message>
    <message>
        <source>{code}  {name}  {airings} airings  {period}  last file: {last_file}</source>
        <translation>{code}  {name}  {airings} lượt phát  {period}  tệp gần nhất: {last_file}</translation>
    </message>
    <message>
        <source>(this unit)</source>
        <translation>(đơn vị này)</translation>
    </message>
    <message>
        <source>no airings</source>
        <translation>chưa có lượt phát</translation>
    </message>
    <message>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>NOT REPORTED: no file in the last {days} days</source>
        <translation>CHƯA BÁO CÁO: không có tệp nào trong {days} ngày qua</translation>
    </message>
    <message>
        <source>No units yet: set this one with “ledcast unit set”.</source>
        <translation>Chưa có đơn vị nào: hãy khai báo đơn vị của máy này bằng “ledcast unit set”.</translation>
    </message>
    <message>
        <source>Added outlet {name} (id {id}).</source>
        <translation>Đã thêm điểm phát {name} (mã {id}).</translation>
    </message>
    <message>
        <source>added {id}: {title}</source>
        <translation>đã thêm {id}: {title}</translation>
    </message>
    <message>
        <source>{name}: already in the library as {id} ({title}); nothing added</source>
        <translation>{name}: đã có trong thư viện với mã {id} ({title}); không thêm mới</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>{added} added, {dup} duplicates, {failed} failed.</source>
        <translation>Đã thêm {added}, trùng lặp {dup}, không thêm được {failed}.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>{name}: restored the lost stored file or thumbnail of {id} ({title})</source>
        <translation>{name}: đã khôi phục tệp lưu trữ hoặc ảnh thu nhỏ bị mất của {id} ({title})</translation>
    </message>
    <message>
        <source>{n} restored.</source>
        <translation>{n} đã khôi phục.</translation>
    </message>
    <message>
        <source>Library checked: {n} items, every stored file and thumbnail in place.</source>
        <translation>Đã kiểm tra thư viện: {n} mục, mọi tệp lưu trữ và ảnh thu nhỏ đều đầy đủ.</translation>
    </message>
    <message>
        <source>{id} ({title}): {problem}</source>
        <translation>{id} ({title}): {problem}</translation>
    </message>
    <message>
        <source>{path}: file without a library item</source>
        <translation>{path}: tệp không thuộc mục nào trong thư viện</translation>
    </message>
    <message>
        <source>{n} items: {bad} stored files missing or damaged, {thumbs} thumbnails missing, {orphans} files without an item.</source>
        <translation>{n} mục: {bad} tệp lưu trữ bị mất hoặc hỏng, thiếu {thumbs} ảnh thu nhỏ, {orphans} tệp không thuộc mục nào.</translation>
    </message>
    <message>
        <source>Run `ledcast media check --repair` to remove the files without an item and draw the missing thumbnails again.</source>
        <translation>Chạy `ledcast media check --repair` để xoá các tệp không thuộc mục nào và vẽ lại các ảnh thu nhỏ bị thiếu.</translation>
    </message>
    <message>
        <source>Repaired: {removed} files removed, {thumbs} thumbnails drawn again.</source>
        <translation>Đã sửa: xoá {removed} tệp, vẽ lại {thumbs} ảnh thu nhỏ.</translation>
    </message>
    <message>
        <source>Give either --task or --clear, not both.</source>
        <translation>Chỉ dùng --task hoặc --clear, không dùng cả hai.</translation>
    </message>
    <message>
        <source>added {id}: slide “{title}” ({w}x{h}, title {px} px)</source>
        <translation>đã thêm {id}: trang chữ “{title}” ({w}x{h}, tiêu đề {px} px)</translation>
    </message>
    <message>
        <source>Exported {name} to {folder} (export {id}): {files} file(s), {size}, {duration}.</source>
        <translation>Đã xuất {name} vào {folder} (lần xuất {id}): {files} tệp, {size}, {duration}.</translation>
    </message>
    <message>
        <source>{frames} frame(s) rendered, {cached} segment(s) reused from the cache.</source>
        <translation>Đã dựng {frames} khung hình, dùng lại {cached} đoạn từ bộ nhớ đệm.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written at the destination.</source>
        <translation>Đã hủy xuất; không ghi gì vào nơi nhận.</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>lưu ý: {text}</translation>
    </message>
    <message>
        <source>Not exported: {folder} holds the export of {date}; use --replace to replace it, or another --out.</source>
        <translation>Chưa xuất: {folder} đang chứa bản xuất lúc {date}; dùng --replace để thay thế, hoặc chọn --out khác.</translation>
    </message>
    <message>
        <source>Not exported: {count} item(s) are not approved: {items}. Approve them (ledcast media approve ID… --by NAME) or take them out; --allow-unapproved does not apply while the setting “Require approval before export and play-out” is on.</source>
        <translation>Chưa xuất: {count} mục chưa được duyệt: {items}. Hãy duyệt (ledcast media approve ID… --by TÊN) hoặc bỏ chúng khỏi danh sách; --allow-unapproved không có tác dụng khi cài đặt “Bắt buộc phê duyệt trước khi xuất và phát” đang bật.</translation>
    </message>
    <message>
        <source>Not exported: {count} item(s) are not approved: {items}. Give --allow-unapproved to export anyway.</source>
        <translation>Chưa xuất: {count} mục chưa được duyệt: {items}. Thêm --allow-unapproved nếu vẫn muốn xuất.</translation>
    </message>
    <message>
        <source>Updated outlet {name}.</source>
        <translation>Đã cập nhật điểm phát {name}.</translation>
    </message>
    <message>
        <source>Removed outlet {name}.</source>
        <translation>Đã xóa điểm phát {name}.</translation>
    </message>
    <message>
        <source>Added playlist {name} (id {id}).</source>
        <translation>Đã thêm chương trình phát {name} (mã {id}).</translation>
    </message>
    <message>
        <source>{n} item(s) added; total {total}.</source>
        <translation>Đã thêm {n} mục; tổng thời lượng {total}.</translation>
    </message>
    <message>
        <source>refused {id}: {reason}</source>
        <translation>không thêm được {id}: {reason}</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>cảnh báo: {text}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng thời lượng</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Điểm phát</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Lịch phát</translation>
    </message>
    <message>
        <source>Schedule {id} added: {count} airing(s) from {start} to {end}.</source>
        <translation>Đã thêm lịch phát {id}: {count} lượt phát từ {start} đến {end}.</translation>
    </message>
    <message>
        <source>Schedule {id} replaced.</source>
        <translation>Đã thay lịch {id}.</translation>
    </message>
    <message>
        <source>Give either start times (--times 06:00,17:00) or a time window (--window 06:00-22:00), not both.</source>
        <translation>Hãy cho giờ bắt đầu (--times 06:00,17:00) hoặc một khung giờ (--window 06:00-22:00), không cho cả hai.</translation>
    </message>
    <message>
        <source>Schedule {id} added: plays continuously {start}–{end}, {passes} pass(es) a day, on {days} day(s).</source>
        <translation>Đã thêm lịch {id}: phát liên tục {start}–{end}, {passes} lượt mỗi ngày, trong {days} ngày.</translation>
    </message>
    <message>
        <source>continuously {start}–{end}, {passes} pass(es)</source>
        <translation>liên tục {start}–{end}, {passes} lượt</translation>
    </message>
    <message>
        <source>Nothing scheduled.</source>
        <translation>Không có lượt phát nào theo lịch.</translation>
    </message>
    <message>
        <source>Tasks covered</source>
        <translation>Nhiệm vụ được tuyên truyền</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ Nhật</translation>
    </message>
    <message>
        <source>{passes} pass(es)</source>
        <translation>{passes} lượt</translation>
    </message>
    <message>
        <source>OVERLAP on {outlet}: {a} {a_time} and {b} {b_time} ({length})</source>
        <translation>TRÙNG GIỜ tại {outlet}: {a} {a_time} và {b} {b_time} ({length})</translation>
    </message>
    <message>
        <source>Segment cache: {size} in {files} files; limit {limit}.</source>
        <translation>Bộ nhớ đệm đoạn dựng: {size} trong {files} tệp; giới hạn {limit}.</translation>
    </message>
    <message>
        <source>{size} (automatic)</source>
        <translation>{size} (tự động)</translation>
    </message>
    <message>
        <source>Removed {files} files ({size}); the cache now holds {left} in {kept} files.</source>
        <translation>Đã xóa {files} tệp ({size}); bộ nhớ đệm còn {left} trong {kept} tệp.</translation>
    </message>
    <message>
        <source>Segment cache limit: {limit}.</source>
        <translation>Giới hạn bộ nhớ đệm đoạn dựng: {limit}.</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>phải là một số hữu hạn</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>số quá lớn</translation>
    </message>
    <message>
        <source>{message} (see {prog} --help)</source>
        <translation>{message} (xem {prog} --help)</translation>
    </message>
    <message>
        <source>argument {name}:</source>
        <translation>tham số {name}:</translation>
    </message>
    <message>
        <source>unexpected error: {error} (details in {log})</source>
        <translation>lỗi ngoài dự kiến: {error} (chi tiết trong {log})</translation>
    </message>
    <message>
        <source>unexpected error: {error} (set LEDCAST_DEBUG=1 for details)</source>
        <translation>lỗi ngoài dự kiến: {error} (đặt LEDCAST_DEBUG=1 để xem chi tiết)</translation>
    </message>
    <message>
        <source>Recorded {title} on {outlet}, {date} {time}, {seconds} s (airing {uuid}).</source>
        <translation>Đã ghi {title} trên {outlet}, {date} {time}, {seconds} giây (lượt phát {uuid}).</translation>
    </message>
    <message>
        <source>Recorded {added} airing(s) of {sessions} session(s); {already} were already in the log.</source>
        <translation>Đã ghi {added} lượt phát của {sessions} buổi; {already} lượt đã có trong nhật ký.</translation>
    </message>
    <message>
        <source>Nothing new: the {already} airing(s) of these {sessions} session(s) were already in the log.</source>
        <translation>Không có gì mới: {already} lượt phát của {sessions} buổi này đã có trong nhật ký.</translation>
    </message>
    <message>
        <source>Left out as not aired: {count} session(s).</source>
        <translation>Bỏ qua vì không phát: {count} buổi.</translation>
    </message>
    <message>
        <source>Session {number}: {date} {time}, {items} item(s)</source>
        <translation>Buổi {number}: {date} {time}, {items} mục</translation>
    </message>
    <message>
        <source>Session {number}: {date} {time}–{end}, looped {passes} time(s), {items} item(s) each pass</source>
        <translation>Buổi {number}: {date} {time}–{end}, phát lặp {passes} lượt, mỗi lượt {items} mục</translation>
    </message>
    <message>
        <source>Voided {uuid} ({title}, {date} {time}); it stays in the log, marked.</source>
        <translation>Đã hủy {uuid} ({title}, {date} {time}); lượt này vẫn còn trong nhật ký, có đánh dấu.</translation>
    </message>
    <message>
        <source>VOIDED: {reason}</source>
        <translation>ĐÃ HỦY: {reason}</translation>
    </message>
    <message>
        <source>voids {uuid}: {reason}</source>
        <translation>hủy {uuid}: {reason}</translation>
    </message>
    <message>
        <source>Total: {airings} airing(s), {items} distinct item(s), {minutes} minutes.</source>
        <translation>Tổng: {airings} lượt phát, {items} nội dung khác nhau, {minutes} phút.</translation>
    </message>
    <message>
        <source>Wrote {count} airing(s) to {path}.</source>
        <translation>Đã ghi {count} lượt phát vào {path}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time: write 2026-11-26T06:30 (local time) or add an offset (+07:00).</source>
        <translation>“{text}” không phải ngày giờ: viết 2026-11-26T06:30 (giờ địa phương) hoặc thêm múi giờ (+07:00).</translation>
    </message>
    <message>
        <source>Give either --date or --from and --to, not both.</source>
        <translation>Chỉ dùng --date, hoặc --from cùng --to, không dùng cả hai.</translation>
    </message>
    <message>
        <source>--from and --to go together.</source>
        <translation>--from và --to phải đi cùng nhau.</translation>
    </message>
    <message>
        <source>Wrote the report for {period} to {path}.</source>
        <translation>Đã ghi báo cáo kỳ {period} vào {path}.</translation>
    </message>
    <message>
        <source>--format {format} writes a file: give --out FILE.</source>
        <translation>--format {format} ghi ra tệp: hãy cho --out TỆP.</translation>
    </message>
    <message>
        <source>Give either --from/--to or --since-last, not both.</source>
        <translation>Chỉ dùng --from/--to hoặc --since-last, không dùng cả hai.</translation>
    </message>
    <message>
        <source>Wrote {count} airing(s) of {code} to {path}, signed by key {fingerprint}.</source>
        <translation>Đã ghi {count} lượt phát của {code} vào {path}, ký bằng khóa {fingerprint}.</translation>
    </message>
    <message>
        <source>{path}: {new} new airing(s) of {code}, {known} already in the log.</source>
        <translation>{path}: {new} lượt phát mới của {code}, {known} lượt đã có trong nhật ký.</translation>
    </message>
    <message>
        <source>{path}: REFUSED, nothing imported: {reason}</source>
        <translation>{path}: BỊ TỪ CHỐI, không nhập gì: {reason}</translation>
    </message>
    <message>
        <source>Created the signing key of {code}. Fingerprint: {fingerprint}</source>
        <translation>Đã tạo khóa ký của {code}. Dấu vân tay: {fingerprint}</translation>
    </message>
    <message>
        <source>The old key {fingerprint} is kept as retired.</source>
        <translation>Khóa cũ {fingerprint} được giữ lại như khóa đã thôi dùng.</translation>
    </message>
    <message>
        <source>Send the public key (ledcast keys show --out FILE) to the level above and read them the fingerprint.</source>
        <translation>Gửi khóa công khai (ledcast keys show --out TỆP) cho cấp trên và đọc dấu vân tay qua điện thoại để họ đối chiếu.</translation>
    </message>
    <message>
        <source>Wrote the public key of {code} to {path}. Fingerprint: {fingerprint}</source>
        <translation>Đã ghi khóa công khai của {code} vào {path}. Dấu vân tay: {fingerprint}</translation>
    </message>
    <message>
        <source>Trusted the key of {code}. Fingerprint: {fingerprint} — check it with the unit by phone.</source>
        <translation>Đã tin cậy khóa của {code}. Dấu vân tay: {fingerprint} — hãy gọi điện đối chiếu với đơn vị đó.</translation>
    </message>
    <message>
        <source>{code}  {fingerprint}  added {added}</source>
        <translation>{code}  {fingerprint}  thêm ngày {added}</translation>
    </message>
    <message>
        <source>{code}  {fingerprint}  added {added}, revoked {revoked}</source>
        <translation>{code}  {fingerprint}  thêm ngày {added}, thu hồi ngày {revoked}</translation>
    </message>
    <message>
        <source>No trusted keys yet.</source>
        <translation>Chưa tin cậy khóa nào.</translation>
    </message>
    <message>
        <source>Revoked the key of {code}: its logs are refused from now on.</source>
        <translation>Đã thu hồi khóa của {code}: từ nay nhật ký của đơn vị này bị từ chối.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Không đọc được {path}: {error}</translation>
    </message>
    <message>
        <source>Aired: {title} ({duration}), logged.</source>
        <translation>Đã phát: {title} ({duration}), đã ghi nhật ký.</translation>
    </message>
    <message>
        <source>Stopped: {title} after {played} of {duration}, not logged.</source>
        <translation>Đã dừng: {title} sau {played} trên {duration}, không ghi nhật ký.</translation>
    </message>
    <message>
        <source>Playing {name} on {outlet} ({duration}, {count} item(s)) through {device}.</source>
        <translation>Đang phát {name} trên {outlet} ({duration}, {count} mục) qua {device}.</translation>
    </message>
    <message>
        <source>no sound (clock-paced)</source>
        <translation>đầu ra không phát tiếng (chạy theo đồng hồ)</translation>
    </message>
    <message>
        <source>Played {name}: {logged} airing(s) logged.</source>
        <translation>Đã phát xong {name}: đã ghi {logged} lượt phát vào nhật ký.</translation>
    </message>
    <message>
        <source>Stopped {name}: {logged} airing(s) logged.</source>
        <translation>Đã dừng {name}: đã ghi {logged} lượt phát vào nhật ký.</translation>
    </message>
    <message>
        <source>“{title}” aired but could not be logged: {detail}</source>
        <translation>“{title}” đã phát nhưng không ghi được vào nhật ký: {detail}</translation>
    </message>
    <message>
        <source>Audio output: {device}</source>
        <translation>Đầu ra âm thanh: {device}</translation>
    </message>
    <message>
        <source>Plays on: whole monitor {n} (--screen {number})</source>
        <translation>Phát trên: cả màn hình {n} (--screen {number})</translation>
    </message>
    <message>
        <source>Plays on: region x {x}, y {y}, {width}×{height} pixels</source>
        <translation>Phát trên: vùng x {x}, y {y}, {width}×{height} điểm ảnh</translation>
    </message>
    <message>
        <source>Videos play with their sound.</source>
        <translation>Video phát kèm tiếng.</translation>
    </message>
    <message>
        <source>Videos play without sound.</source>
        <translation>Video phát không có tiếng.</translation>
    </message>
    <message>
        <source>Audio outputs (--audio-device):</source>
        <translation>Đầu ra âm thanh (--audio-device):</translation>
    </message>
    <message>
        <source>Monitors (--screen):</source>
        <translation>Màn hình máy tính (--screen):</translation>
    </message>
    <message>
        <source>scale {percent} %</source>
        <translation>tỷ lệ {percent} %</translation>
    </message>
    <message>
        <source>(none found)</source>
        <translation>(không tìm thấy)</translation>
    </message>
    <message>
        <source>Showing {name} on {outlet} ({duration}, {count} item(s)) at {place}.</source>
        <translation>Đang chiếu {name} trên {outlet} ({duration}, {count} mục) tại {place}.</translation>
    </message>
    <message>
        <source>monitor {number}</source>
        <translation>màn hình số {number}</translation>
    </message>
    <message>
        <source>Play-out running on {outlets}. Ctrl+C stops.</source>
        <translation>Đang tự động phát trên {outlets}. Nhấn Ctrl+C để dừng.</translation>
    </message>
    <message>
        <source>no outlet</source>
        <translation>không có điểm phát nào</translation>
    </message>
    <message>
        <source>Play-out stopped: {logged} airing(s) logged.</source>
        <translation>Đã dừng phát: ghi nhật ký {logged} lượt phát.</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Cơ sở dữ liệu: {url}</translation>
    </message>
    <message>
        <source>the workspace&apos;s SQLite file</source>
        <translation>tệp SQLite của thư mục làm việc</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>máy chủ PostgreSQL</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (this ledcast: {head})</source>
        <translation>Phiên bản lược đồ: {revision} (ledcast này: {head})</translation>
    </message>
    <message>
        <source>The schema is ready on {url} (revision {revision}).</source>
        <translation>Lược đồ đã sẵn sàng trên {url} (phiên bản {revision}).</translation>
    </message>
    <message>
        <source>The workspace now uses {url}.</source>
        <translation>Thư mục làm việc từ nay dùng {url}.</translation>
    </message>
    <message>
        <source>Give either a PostgreSQL address or --sqlite.</source>
        <translation>Hãy nhập địa chỉ PostgreSQL hoặc --sqlite (chỉ một trong hai).</translation>
    </message>
    <message>
        <source>Copying {table}…</source>
        <translation>Đang chép {table}…</translation>
    </message>
    <message>
        <source>Copied to {url}: {rows} rows in {tables} tables, counts checked.</source>
        <translation>Đã chép sang {url}: {rows} dòng trong {tables} bảng, đã đối chiếu số dòng.</translation>
    </message>
    <message>
        <source>Airing log SHA-256 (workspace = server): {sha}</source>
        <translation>SHA-256 của nhật ký phát sóng (thư mục làm việc = máy chủ): {sha}</translation>
    </message>
    <message>
        <source>Give either a folder or --none.</source>
        <translation>Hãy ghi một thư mục hoặc --none.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm an export aired</source>
        <translation>Xác nhận bản xuất đã phát</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Bản xuất</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Sessions (untick those that did not air):</source>
        <translation>Các buổi phát (bỏ dấu những buổi không phát):</translation>
    </message>
    <message>
        <source>No export yet: export a playlist first.</source>
        <translation>Chưa có bản xuất nào: hãy xuất một danh sách phát trước.</translation>
    </message>
    <message>
        <source>Session %1: %2, %3 item(s)</source>
        <translation>Buổi %1: %2, %3 mục</translation>
    </message>
    <message>
        <source>(looped %1 times until %2)</source>
        <translation>(phát lặp %1 lượt đến %2)</translation>
    </message>
    <message>
        <source>%1 airing(s) will be recorded (those already in the log are kept).</source>
        <translation>Sẽ ghi %1 lượt phát (những lượt đã có trong nhật ký được giữ nguyên).</translation>
    </message>
</context>
<context>
    <name>ConsoleView</name>
    <message>
        <source>Auto play-out: start each scheduled programme at its time</source>
        <translation>Phát tự động: tự phát từng chương trình đúng giờ đã lên lịch</translation>
    </message>
    <message>
        <source>Remembered: the app resumes automatic play-out when it starts again</source>
        <translation>Được ghi nhớ: lần mở sau, phần mềm tự tiếp tục phát tự động</translation>
    </message>
    <message>
        <source>Emergency…</source>
        <translation>Phát khẩn cấp…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>No loudspeaker or screen outlet yet: add one on the Outlets page, and choose where it plays.</source>
        <translation>Chưa có điểm phát loa hoặc màn hình: hãy thêm ở trang Điểm phát và chọn nơi phát.</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Điểm phát</translation>
    </message>
    <message>
        <source>Next programmes</source>
        <translation>Sắp phát</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Điểm phát</translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Chương trình phát</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Mức</translation>
    </message>
    <message>
        <source>Missed (not started late on their own)</source>
        <translation>Bị lỡ (không tự phát muộn)</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Phát ngay</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Auto play-out is on.</source>
        <translation>Đã bật phát tự động.</translation>
    </message>
    <message>
        <source>Auto play-out is off.</source>
        <translation>Đã tắt phát tự động.</translation>
    </message>
    <message>
        <source>No loudspeaker or screen outlet to air an emergency on.</source>
        <translation>Không có điểm phát loa hoặc màn hình nào để phát khẩn cấp.</translation>
    </message>
    <message>
        <source>Emergency broadcast</source>
        <translation>Phát khẩn cấp</translation>
    </message>
    <message>
        <source>Air “%1” on “%2” now, interrupting what plays there?</source>
        <translation>Phát ngay “%1” trên “%2”, ngắt chương trình đang phát ở đó?</translation>
    </message>
    <message>
        <source>%1: EMERGENCY “%2” aired by the operator.</source>
        <translation>%1: người vận hành phát KHẨN CẤP “%2”.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>ledcast – unexpected error</source>
        <translation>ledcast – lỗi không mong đợi</translation>
    </message>
    <message>
        <source>ledcast met an unexpected error. What was saved before stays saved; you can go on working, or restart ledcast if something looks wrong. Please send the details or the log to whoever supports you.</source>
        <translation>ledcast gặp một lỗi không mong đợi. Những gì đã lưu trước đó vẫn còn nguyên; anh/chị có thể tiếp tục làm việc, hoặc khởi động lại ledcast nếu thấy có gì bất thường. Vui lòng gửi chi tiết lỗi hoặc tệp nhật ký cho người hỗ trợ kỹ thuật.</translation>
    </message>
    <message>
        <source>The log: %1</source>
        <translation>Tệp nhật ký: %1</translation>
    </message>
    <message>
        <source>No log file is written (no workspace is open).</source>
        <translation>Không ghi tệp nhật ký (chưa mở thư mục làm việc nào).</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
    <message>
        <source>Copy the error&apos;s details to the clipboard, to paste into a message</source>
        <translation>Sao chép chi tiết lỗi vào bộ nhớ tạm để dán vào tin nhắn</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST/DATABASE</source>
        <translation>postgresql://NGƯỜI_DÙNG@MÁY_CHỦ/CƠ_SỞ_DỮ_LIỆU</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Thử kết nối</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Dùng máy chủ này</translation>
    </message>
    <message>
        <source>Back to this PC&apos;s file</source>
        <translation>Quay về tệp trên máy này</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>From the next start</source>
        <translation>Từ lần mở sau</translation>
    </message>
    <message>
        <source>Use a server…</source>
        <translation>Dùng máy chủ…</translation>
    </message>
    <message>
        <source>A centre&apos;s PCs can share one PostgreSQL database. The password is never saved here: give it in PGPASSWORD or a .pgpass file (on Windows %APPDATA%\postgresql\pgpass.conf). The media store and the cache stay in this workspace folder.</source>
        <translation>Các máy của trung tâm có thể dùng chung một cơ sở dữ liệu PostgreSQL. Mật khẩu không bao giờ được lưu ở đây: hãy đặt trong PGPASSWORD hoặc tệp .pgpass (trên Windows là %APPDATA%\postgresql\pgpass.conf). Kho tư liệu và bộ nhớ đệm vẫn ở trong thư mục làm việc này.</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>máy chủ PostgreSQL</translation>
    </message>
    <message>
        <source>this PC&apos;s file</source>
        <translation>tệp trên máy này</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>như hiện tại</translation>
    </message>
    <message>
        <source>✓ Connected to %1: an empty database, ledcast will create its tables.</source>
        <translation>✓ Đã kết nối tới %1: cơ sở dữ liệu còn trống, ledcast sẽ tạo các bảng của mình.</translation>
    </message>
    <message>
        <source>✓ Connected to %1: a ledcast database.</source>
        <translation>✓ Đã kết nối tới %1: đây là cơ sở dữ liệu của ledcast.</translation>
    </message>
    <message>
        <source>Saved. Restart ledcast to work on %1.</source>
        <translation>Đã lưu. Hãy mở lại ledcast để làm việc trên %1.</translation>
    </message>
    <message>
        <source>Shared media store</source>
        <translation>Kho tư liệu dùng chung</translation>
    </message>
    <message>
        <source>\\server\ledcast-media</source>
        <translation>\\may-chu\ledcast-media</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không dùng</translation>
    </message>
    <message>
        <source>A folder every PC of the centre reaches (a network share or a mapped drive). Media imported here are also copied there; a file another PC imported is fetched from there when it is needed, and used only if its SHA-256 matches.</source>
        <translation>Một thư mục mà mọi máy của trung tâm đều truy cập được (thư mục chia sẻ trên mạng hoặc ổ đĩa mạng). Tư liệu nhập trên máy này cũng được chép vào đó; tệp do máy khác nhập sẽ được lấy từ đó khi cần, và chỉ được dùng nếu mã SHA-256 khớp.</translation>
    </message>
    <message>
        <source>✓ Saved: %1</source>
        <translation>✓ Đã lưu: %1</translation>
    </message>
    <message>
        <source>This PC uses its own media store only.</source>
        <translation>Máy này chỉ dùng kho tư liệu riêng của mình.</translation>
    </message>
</context>
<context>
    <name>DemoButtons</name>
    <message>
        <source>Load demo content</source>
        <translation>Nạp nội dung mẫu</translation>
    </message>
    <message>
        <source>A small example (names start with “Mẫu – ”): a slide per task, a jingle, two test bulletins, a screen, a loudspeaker and their playlists, ready to export.</source>
        <translation>Một ví dụ nhỏ (tên bắt đầu bằng “Mẫu – ”): mỗi nhiệm vụ một trang chữ, một nhạc hiệu, hai bản tin thử, một màn hình, một hệ thống loa và chương trình phát của chúng, xuất được ngay.</translation>
    </message>
    <message>
        <source>Load demo content…</source>
        <translation>Nạp nội dung mẫu…</translation>
    </message>
    <message>
        <source>Remove demo content…</source>
        <translation>Gỡ nội dung mẫu…</translation>
    </message>
    <message>
        <source>Remove demo content</source>
        <translation>Gỡ nội dung mẫu</translation>
    </message>
    <message>
        <source>Remove every demo item (names starting with “Mẫu – ”): its slides, sounds, outlets, playlists and schedules? Your own items stay; a demo item in one of your playlists is taken out of it.</source>
        <translation>Gỡ toàn bộ nội dung mẫu (tên bắt đầu bằng “Mẫu – ”): trang chữ, âm thanh, điểm phát, chương trình phát và lịch phát? Nội dung của bạn được giữ nguyên; mục mẫu nằm trong chương trình phát của bạn sẽ được bỏ ra khỏi đó.</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <source>Emergency broadcast</source>
        <translation>Phát khẩn cấp</translation>
    </message>
    <message>
        <source>A playlist</source>
        <translation>Một chương trình phát</translation>
    </message>
    <message>
        <source>One library item (approved)</source>
        <translation>Một mục trong thư viện (đã duyệt)</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>Điểm phát:</translation>
    </message>
    <message>
        <source>It airs at once and interrupts whatever plays on that outlet.</source>
        <translation>Phát ngay lập tức và ngắt mọi thứ đang phát trên điểm phát đó.</translation>
    </message>
    <message>
        <source>With automatic play-out on, the interrupted programme resumes afterwards at the item it was on.</source>
        <translation>Khi đang bật phát tự động, chương trình bị ngắt sẽ phát tiếp từ mục đang dở sau đó.</translation>
    </message>
    <message>
        <source>Air now…</source>
        <translation>Phát ngay…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Tệp rỗng (0 byte).</translation>
    </message>
    <message>
        <source>Unsupported file type “{ext}”. Supported: audio {audio}; images {image}; video {video}.</source>
        <translation>Không hỗ trợ loại tệp “{ext}”. Các loại được hỗ trợ: âm thanh {audio}; hình ảnh {image}; video {video}.</translation>
    </message>
    <message>
        <source>The file does not exist or cannot be read.</source>
        <translation>Tệp không tồn tại hoặc không đọc được.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete and cannot be played ({detail}).</source>
        <translation>Tệp bị hỏng hoặc không đầy đủ nên không phát được ({detail}).</translation>
    </message>
    <message>
        <source>The file has no audio stream.</source>
        <translation>Tệp không có luồng âm thanh.</translation>
    </message>
    <message>
        <source>The file has no video picture.</source>
        <translation>Tệp không có hình ảnh video.</translation>
    </message>
    <message>
        <source>The image is damaged or not a supported image ({detail}).</source>
        <translation>Hình ảnh bị hỏng hoặc không thuộc định dạng được hỗ trợ ({detail}).</translation>
    </message>
    <message>
        <source>Could not copy the file into the workspace: {reason}</source>
        <translation>Không sao chép được tệp vào thư mục làm việc: {reason}</translation>
    </message>
    <message>
        <source>No task “{code}” in the active plans.</source>
        <translation>Không có nhiệm vụ “{code}” trong các kế hoạch đang áp dụng.</translation>
    </message>
    <message>
        <source>The plan file is not valid JSON: {reason}</source>
        <translation>Tệp kế hoạch không phải JSON hợp lệ: {reason}</translation>
    </message>
    <message>
        <source>The plan file is incomplete or wrong at “{field}”: {reason}</source>
        <translation>Tệp kế hoạch thiếu hoặc sai ở mục “{field}”: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the plan file: {reason}</source>
        <translation>Không đọc được tệp kế hoạch: {reason}</translation>
    </message>
    <message>
        <source>No plan with code “{code}”.</source>
        <translation>Không có kế hoạch nào mang mã “{code}”.</translation>
    </message>
    <message>
        <source>The workspace has no plan yet.</source>
        <translation>Thư mục làm việc chưa có kế hoạch nào.</translation>
    </message>
    <message>
        <source>Cannot write the plan file: {reason}</source>
        <translation>Không ghi được tệp kế hoạch: {reason}</translation>
    </message>
    <message>
        <source>No media item with id {id}.</source>
        <translation>Không có tư liệu nào mang mã {id}.</translation>
    </message>
    <message>
        <source>An outlet named “{name}” already exists.</source>
        <translation>Đã có điểm phát tên “{name}”.</translation>
    </message>
    <message>
        <source>Screen size “{size}” is not valid: write it as WIDTHxHEIGHT, e.g. 384x192.</source>
        <translation>Kích thước màn hình “{size}” không hợp lệ: hãy ghi theo dạng RỘNGxCAO, ví dụ 384x192.</translation>
    </message>
    <message>
        <source>A screen needs its pixel size (--size WxH).</source>
        <translation>Màn hình cần có kích thước điểm ảnh (--size WxH).</translation>
    </message>
    <message>
        <source>Unknown kind “{kind}”: use {allowed}.</source>
        <translation>Loại “{kind}” không hợp lệ: hãy dùng {allowed}.</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>Tên không được để trống.</translation>
    </message>
    <message>
        <source>The frame rate must be between 1 and 120.</source>
        <translation>Tốc độ khung hình phải từ 1 đến 120.</translation>
    </message>
    <message>
        <source>The minimum and maximum must be whole numbers from 0 to {max}, the minimum not above the maximum.</source>
        <translation>Tối thiểu và tối đa phải là số nguyên từ 0 đến {max}, tối thiểu không lớn hơn tối đa.</translation>
    </message>
    <message>
        <source>“{path}” is a file, not a folder: the workspace must be a folder (an existing one or a new name).</source>
        <translation>“{path}” là một tệp, không phải thư mục: vùng làm việc phải là một thư mục (thư mục có sẵn hoặc một tên mới).</translation>
    </message>
    <message>
        <source>“{url}” is not a PostgreSQL address: write it as postgresql://USER@HOST/DATABASE.</source>
        <translation>“{url}” không phải địa chỉ PostgreSQL: hãy viết dạng postgresql://NGƯỜI_DÙNG@MÁY_CHỦ/CƠ_SỞ_DỮ_LIỆU.</translation>
    </message>
    <message>
        <source>The workspace already uses “{url}”: there is nothing to copy.</source>
        <translation>Thư mục làm việc đang dùng “{url}” rồi: không có gì để chép.</translation>
    </message>
    <message>
        <source>The address holds a password: it is not saved in the workspace. Remove it from the address and give it through PGPASSWORD or a .pgpass file.</source>
        <translation>Địa chỉ có chứa mật khẩu: mật khẩu không được lưu trong thư mục làm việc. Hãy bỏ mật khẩu khỏi địa chỉ và cung cấp qua biến PGPASSWORD hoặc tệp .pgpass.</translation>
    </message>
    <message>
        <source>The database “{url}” already holds tables but no ledcast schema version: use an empty database for ledcast.</source>
        <translation>Cơ sở dữ liệu “{url}” đã có bảng nhưng không có phiên bản lược đồ của ledcast: hãy dùng một cơ sở dữ liệu trống cho ledcast.</translation>
    </message>
    <message>
        <source>Cannot reach the database server “{url}”; check the network, the server and the password. {reason}</source>
        <translation>Không kết nối được máy chủ cơ sở dữ liệu “{url}”; hãy kiểm tra mạng, máy chủ và mật khẩu. {reason}</translation>
    </message>
    <message>
        <source>The database “{url}” already holds ledcast data: the copy goes only into an empty database.</source>
        <translation>Cơ sở dữ liệu “{url}” đã có dữ liệu ledcast: chỉ chép được vào một cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>The copy in “{url}” does not match the workspace ({what}): the workspace keeps its own database.</source>
        <translation>Bản chép trong “{url}” không khớp với thư mục làm việc ({what}): thư mục làm việc vẫn dùng cơ sở dữ liệu của mình.</translation>
    </message>
    <message>
        <source>The name is too long (at most {max} characters).</source>
        <translation>Tên quá dài (tối đa {max} ký tự).</translation>
    </message>
    <message>
        <source>The text is too long (at most {max} characters).</source>
        <translation>Nội dung quá dài (tối đa {max} ký tự).</translation>
    </message>
    <message>
        <source>“{value}” is not a usable number.</source>
        <translation>“{value}” không phải là một số dùng được.</translation>
    </message>
    <message>
        <source>Cannot open the workspace “{path}”: {reason}</source>
        <translation>Không mở được thư mục làm việc “{path}”: {reason}</translation>
    </message>
    <message>
        <source>The database of the workspace “{path}” is incomplete (an earlier start was interrupted) but holds data, so it was not rebuilt. Copies made before upgrades are kept beside it as ledcast.db.*.bak.</source>
        <translation>Cơ sở dữ liệu của thư mục làm việc “{path}” chưa hoàn chỉnh (lần khởi động trước bị gián đoạn) nhưng đã có dữ liệu, nên không được tạo lại. Các bản sao lưu trước khi nâng cấp được giữ bên cạnh với tên ledcast.db.*.bak.</translation>
    </message>
    <message>
        <source>“{title}” is used in a playlist; remove it from the playlist first.</source>
        <translation>“{title}” đang được dùng trong một chương trình phát; vui lòng gỡ khỏi chương trình phát trước.</translation>
    </message>
    <message>
        <source>Cannot read the source file: {reason}</source>
        <translation>Không đọc được tệp nguồn: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the source file: it is not a regular file.</source>
        <translation>Không đọc được tệp nguồn: đây không phải là một tệp thông thường.</translation>
    </message>
    <message>
        <source>Cannot read this folder, its media were not added: {reason}</source>
        <translation>Không đọc được thư mục này, media trong đó chưa được thêm: {reason}</translation>
    </message>
    <message>
        <source>An empty file or folder name was given: name the files or folders to add.</source>
        <translation>Tên tệp hoặc thư mục để trống: hãy nêu các tệp hoặc thư mục cần thêm.</translation>
    </message>
    <message>
        <source>Unexpected error: {type}: {detail}</source>
        <translation>Lỗi không lường trước: {type}: {detail}</translation>
    </message>
    <message>
        <source>No task given: name at least one task code, or use --clear to remove all tasks.</source>
        <translation>Chưa nêu nhiệm vụ: hãy nêu ít nhất một mã nhiệm vụ, hoặc dùng --clear để bỏ mọi nhiệm vụ.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>bị thiếu</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>phải là văn bản, không được để trống</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD</source>
        <translation>phải là ngày theo dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be a day MM-DD or YYYY-MM-DD</source>
        <translation>phải là ngày theo dạng MM-DD hoặc YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>phải là danh sách không rỗng</translation>
    </message>
    <message>
        <source>code is used twice</source>
        <translation>mã bị trùng</translation>
    </message>
    <message>
        <source>must be one of the allowed values</source>
        <translation>phải là một trong các giá trị cho phép</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 0 (max ≥ min)</source>
        <translation>phải là số nguyên ≥ 0 (tối đa ≥ tối thiểu)</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>ngày kết thúc sớm hơn ngày bắt đầu</translation>
    </message>
    <message>
        <source>this is not a ledcast plan file (format version 1)</source>
        <translation>đây không phải tệp kế hoạch ledcast (định dạng phiên bản 1)</translation>
    </message>
    <message>
        <source>names a task the plan does not have</source>
        <translation>ghi nhiệm vụ không có trong kế hoạch</translation>
    </message>
    <message>
        <source>a task code has at most 16 characters</source>
        <translation>mã nhiệm vụ dài tối đa 16 ký tự</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>quá dài</translation>
    </message>
    <message>
        <source>must be a date between 2000 and 2100</source>
        <translation>phải là ngày trong khoảng năm 2000 đến 2100</translation>
    </message>
    <message>
        <source>the file is too large for a plan</source>
        <translation>tệp quá lớn đối với một kế hoạch</translation>
    </message>
    <message>
        <source>brackets are nested too deeply</source>
        <translation>các dấu ngoặc lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>has too many entries</source>
        <translation>có quá nhiều mục</translation>
    </message>
    <message>
        <source>must not contain “/” or “,”: they separate codes when a task is named (PLANCODE/NV3, NV1,NV3)</source>
        <translation>không được chứa “/” hoặc “,”: các dấu này dùng để tách mã khi gọi tên nhiệm vụ (MÃKẾHOẠCH/NV3, NV1,NV3)</translation>
    </message>
    <message>
        <source>may hold only letters A–Z, digits, “.”, “_” and “-” (1 to 64 characters)</source>
        <translation>chỉ được gồm chữ cái A–Z không dấu, chữ số, “.”, “_” và “-” (từ 1 đến 64 ký tự)</translation>
    </message>
    <message>
        <source>This item no longer exists; it may have been removed meanwhile.</source>
        <translation>Mục này không còn nữa; có thể đã bị xóa trong lúc đó.</translation>
    </message>
    <message>
        <source>No schedule {id}.</source>
        <translation>Không có lịch phát nào mang mã {id}.</translation>
    </message>
    <message>
        <source>The agenda shows 1 to {max} days.</source>
        <translation>Lịch phát hiển thị từ 1 đến {max} ngày.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write 2026-11-26 or 26/11/2026.</source>
        <translation>“{text}” không phải là ngày: hãy viết 2026-11-26 hoặc 26/11/2026.</translation>
    </message>
    <message>
        <source>The date {date} is outside the years {first} to {last}.</source>
        <translation>Ngày {date} nằm ngoài khoảng năm {first} đến {last}.</translation>
    </message>
    <message>
        <source>A date is required: write 2026-11-26 or 26/11/2026.</source>
        <translation>Cần nhập ngày: viết 2026-11-26 hoặc 26/11/2026.</translation>
    </message>
    <message>
        <source>Screen size “{size}” is out of range: each side must be {min} to {max} pixels.</source>
        <translation>Kích thước màn hình “{size}” nằm ngoài giới hạn: mỗi cạnh phải từ {min} đến {max} điểm ảnh.</translation>
    </message>
    <message>
        <source>Outlet “{name}” is used by playlist(s): {playlists}. Remove it anyway to unbind them.</source>
        <translation>Điểm phát “{name}” đang được dùng cho chương trình phát: {playlists}. Nếu vẫn xóa, các chương trình phát này sẽ được gỡ khỏi điểm phát.</translation>
    </message>
    <message>
        <source>No outlet named “{name}”.</source>
        <translation>Không có điểm phát nào tên “{name}”.</translation>
    </message>
    <message>
        <source>A playlist named “{name}” already exists.</source>
        <translation>Đã có chương trình phát tên “{name}”.</translation>
    </message>
    <message>
        <source>No playlist named “{name}”.</source>
        <translation>Không có chương trình phát nào tên “{name}”.</translation>
    </message>
    <message>
        <source>“{outlet}” is a {outlet_kind} outlet; a {kind} playlist cannot be bound to it.</source>
        <translation>“{outlet}” là điểm phát loại {outlet_kind}; không thể gắn chương trình phát loại {kind} vào điểm phát này.</translation>
    </message>
    <message>
        <source>“{title}” is not audio: loudspeaker playlists take audio only.</source>
        <translation>“{title}” không phải là âm thanh: chương trình phát trên loa chỉ nhận âm thanh.</translation>
    </message>
    <message>
        <source>“{title}” is audio only: screen playlists take pictures, slides and video.</source>
        <translation>“{title}” chỉ có âm thanh: chương trình phát trên màn hình chỉ nhận hình ảnh, trang chữ và video.</translation>
    </message>
    <message>
        <source>A duration must be between 1 second and 24 hours.</source>
        <translation>Thời lượng phải từ 1 giây đến 24 giờ.</translation>
    </message>
    <message>
        <source>The trim must satisfy 0 ≤ start &lt; end ≤ {length} seconds (the item&apos;s length).</source>
        <translation>Đoạn cắt phải thỏa mãn 0 ≤ điểm đầu &lt; điểm cuối ≤ {length} giây (thời lượng của tư liệu).</translation>
    </message>
    <message>
        <source>Pictures and slides have a duration, not a trim.</source>
        <translation>Hình ảnh và trang chữ chỉ đặt thời lượng, không cắt đoạn.</translation>
    </message>
    <message>
        <source>No item {id} in this playlist.</source>
        <translation>Không có mục {id} trong chương trình phát này.</translation>
    </message>
    <message>
        <source>“{title}” is not approved yet.</source>
        <translation>“{title}” chưa được duyệt.</translation>
    </message>
    <message>
        <source>“{title}” is {w}×{h}; the screen is {sw}×{sh}: it will be fitted with bars or cropped.</source>
        <translation>“{title}” có kích thước {w}×{h}, màn hình là {sw}×{sh}: tư liệu sẽ được thu phóng cho vừa, có thêm viền hoặc bị cắt bớt.</translation>
    </message>
    <message>
        <source>“{token}” is not a day of the week: write e.g. mon,wed,fri or T2,T4,CN or T2-T6.</source>
        <translation>“{token}” không phải là thứ trong tuần: hãy viết ví dụ T2,T4,CN hoặc T2-T6 hoặc mon,wed,fri.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Hãy chọn ít nhất một thứ trong tuần.</translation>
    </message>
    <message>
        <source>“{token}” is not a time of day: write e.g. 06:00 or 17h30.</source>
        <translation>“{token}” không phải là giờ trong ngày: hãy viết ví dụ 06:00 hoặc 17h30.</translation>
    </message>
    <message>
        <source>Give at least one start time, e.g. 06:00,17:30.</source>
        <translation>Hãy nhập ít nhất một giờ phát, ví dụ 06:00,17:30.</translation>
    </message>
    <message>
        <source>“{text}” is not a time window: write the start and the end, e.g. 06:00-22:00 or 6h-22h.</source>
        <translation>“{text}” không phải là khung giờ: hãy ghi giờ bắt đầu và giờ kết thúc, ví dụ 06:00-22:00 hoặc 6h-22h.</translation>
    </message>
    <message>
        <source>The end date {date_to} is before the start date {date_from}.</source>
        <translation>Ngày kết thúc {date_to} trước ngày bắt đầu {date_from}.</translation>
    </message>
    <message>
        <source>None of the chosen days of the week falls between {date_from} and {date_to}.</source>
        <translation>Từ {date_from} đến {date_to} không có ngày nào trùng với các thứ đã chọn.</translation>
    </message>
    <message>
        <source>Unknown priority “{priority}”: use {allowed}.</source>
        <translation>Mức ưu tiên “{priority}” không hợp lệ: hãy dùng {allowed}.</translation>
    </message>
    <message>
        <source>The number of airings must be a whole number from 1 to {max}.</source>
        <translation>Số lượt phát phải là số nguyên từ 1 đến {max}.</translation>
    </message>
    <message>
        <source>The gap between repeats must be a whole number of seconds from 0 to {max}.</source>
        <translation>Khoảng nghỉ giữa các lần lặp phải là số giây nguyên từ 0 đến {max}.</translation>
    </message>
    <message>
        <source>A schedule spans at most {years} years: {date_from} to {date_to} is longer. Add another schedule for the later years.</source>
        <translation>Một lịch phát kéo dài tối đa {years} năm: từ {date_from} đến {date_to} là quá dài. Hãy thêm lịch phát khác cho những năm sau.</translation>
    </message>
    <message>
        <source>A time window has one start and one end; it repeats the programme back to back, without repeats.</source>
        <translation>Khung giờ chỉ có một giờ bắt đầu và một giờ kết thúc; chương trình tự phát nối tiếp nhau, không đặt thêm số lần lặp.</translation>
    </message>
    <message>
        <source>A time window must not start and end at the same time.</source>
        <translation>Giờ bắt đầu và giờ kết thúc của khung giờ không được trùng nhau.</translation>
    </message>
    <message>
        <source>The playlist is empty: add items before it can play continuously in a time window.</source>
        <translation>Chương trình chưa có nội dung: hãy thêm nội dung trước khi cho phát liên tục trong khung giờ.</translation>
    </message>
    <message>
        <source>The playlist lasts {duration}, longer than the window {start}–{end} ({length}): it cannot play even once. Widen the window or shorten the playlist.</source>
        <translation>Chương trình dài {duration}, dài hơn khung giờ {start}–{end} ({length}): không phát trọn được lần nào. Hãy mở rộng khung giờ hoặc rút ngắn chương trình.</translation>
    </message>
    <message>
        <source>At most {max} start times a day.</source>
        <translation>Tối đa {max} giờ bắt đầu mỗi ngày.</translation>
    </message>
    <message>
        <source>This gives {count} airings; a playlist&apos;s schedules give at most {max}. Shorten the period or use fewer times or repeats.</source>
        <translation>Lịch này cho {count} lượt phát; các lịch của một chương trình cho tối đa {max} lượt. Hãy rút ngắn thời gian hoặc bớt giờ phát hay số lần lặp.</translation>
    </message>
    <message>
        <source>The repeats of one start time must end within 24 hours: {count} airings of {duration} with {gap} between them last {total}. Use fewer repeats or a shorter gap.</source>
        <translation>Các lần phát lại của một giờ bắt đầu phải kết thúc trong vòng 24 giờ: {count} lần phát, mỗi lần {duration}, cách nhau {gap}, kéo dài {total}. Hãy giảm số lần phát lại hoặc rút ngắn khoảng cách.</translation>
    </message>
    <message>
        <source>The list is too long (at most {max} characters).</source>
        <translation>Danh sách quá dài (tối đa {max} ký tự).</translation>
    </message>
    <message>
        <source>The slide is saved on this PC but could not be copied to the shared media store: the other PCs cannot use it until it is saved again with the share reachable.</source>
        <translation>Trang chiếu đã lưu trên máy này nhưng không chép được vào kho tư liệu dùng chung: các máy khác chưa dùng được cho tới khi lưu lại lúc kết nối được thư mục chia sẻ.</translation>
    </message>
    <message>
        <source>“{title}” is not a slide.</source>
        <translation>“{title}” không phải là trang chữ.</translation>
    </message>
    <message>
        <source>The background picture “{name}” is a folder or a special file, not a picture file: choose one picture.</source>
        <translation>Ảnh nền “{name}” là một thư mục hoặc tệp đặc biệt, không phải tệp ảnh: hãy chọn một ảnh.</translation>
    </message>
    <message>
        <source>“{name}” is not a picture: a background must be a {types} file.</source>
        <translation>“{name}” không phải là ảnh: ảnh nền phải là tệp {types}.</translation>
    </message>
    <message>
        <source>The slide needs a title.</source>
        <translation>Trang chữ cần có tiêu đề.</translation>
    </message>
    <message>
        <source>The slide title is too long (at most {max} characters).</source>
        <translation>Tiêu đề trang chữ quá dài (tối đa {max} ký tự).</translation>
    </message>
    <message>
        <source>The slide text is too long (at most {max} characters).</source>
        <translation>Nội dung trang chữ quá dài (tối đa {max} ký tự).</translation>
    </message>
    <message>
        <source>“{value}” is not a colour: write it as #RRGGBB, e.g. #FFFFFF.</source>
        <translation>“{value}” không phải là màu: hãy viết dạng #RRGGBB, ví dụ #FFFFFF.</translation>
    </message>
    <message>
        <source>Unknown alignment “{value}”: use {allowed}.</source>
        <translation>Không rõ cách căn lề “{value}”: dùng {allowed}.</translation>
    </message>
    <message>
        <source>The slide data is incomplete or wrong at “{field}”.</source>
        <translation>Dữ liệu trang chữ thiếu hoặc sai ở mục “{field}”.</translation>
    </message>
    <message>
        <source>A slide cannot be {width}×{height} pixels: each side must be between {min} and {max}.</source>
        <translation>Trang chữ không thể có kích thước {width}×{height} điểm ảnh: mỗi cạnh phải từ {min} đến {max}.</translation>
    </message>
    <message>
        <source>The background picture “{name}” does not exist.</source>
        <translation>Ảnh nền “{name}” không tồn tại.</translation>
    </message>
    <message>
        <source>The background picture “{name}” is damaged or not a supported picture.</source>
        <translation>Ảnh nền “{name}” bị hỏng hoặc không thuộc định dạng được hỗ trợ.</translation>
    </message>
    <message>
        <source>The background picture “{name}” is too large: {width}×{height} pixels; the limit is {limit} megapixels.</source>
        <translation>Ảnh nền “{name}” quá lớn: {width}×{height} điểm ảnh; giới hạn là {limit} megapixel.</translation>
    </message>
    <message>
        <source>The text does not fit legibly on this screen and was cut short. Shorten it or choose a larger screen.</source>
        <translation>Chữ không vừa màn hình ở cỡ đọc được nên đã bị cắt bớt. Hãy rút gọn nội dung hoặc chọn màn hình lớn hơn.</translation>
    </message>
    <message>
        <source>A long word had to be split across lines.</source>
        <translation>Có từ quá dài phải ngắt sang dòng sau.</translation>
    </message>
    <message>
        <source>Some characters are not in the slide font and will not show.</source>
        <translation>Một số ký tự không có trong phông chữ nên sẽ không hiển thị.</translation>
    </message>
    <message>
        <source>The text colour is hard to read on this background: choose more contrasting colours.</source>
        <translation>Màu chữ khó đọc trên nền này: hãy chọn màu tương phản hơn.</translation>
    </message>
    <message>
        <source>“{name}” is a loudspeaker playlist; export it for loudspeakers.</source>
        <translation>“{name}” là chương trình phát trên loa; hãy xuất cho loa.</translation>
    </message>
    <message>
        <source>“{name}” has no screen outlet: give the pixel size to export for (e.g. --size 384x192).</source>
        <translation>“{name}” chưa gắn với màn hình nào: hãy cho biết kích thước điểm ảnh cần xuất (ví dụ --size 384x192).</translation>
    </message>
    <message>
        <source>Choose the folder to export to: the destination is empty.</source>
        <translation>Hãy chọn thư mục để xuất: nơi xuất đang để trống.</translation>
    </message>
    <message>
        <source>“{path}” is a file, not a folder.</source>
        <translation>“{path}” là một tệp, không phải thư mục.</translation>
    </message>
    <message>
        <source>Cannot write to “{path}”: {reason}. Nothing was changed there; check the USB stick or disk.</source>
        <translation>Không ghi được vào “{path}”: {reason}. Ở đó không có gì bị thay đổi; hãy kiểm tra USB hoặc ổ đĩa.</translation>
    </message>
    <message>
        <source>Another export is writing to “{path}” right now; wait until it has finished, then export again.</source>
        <translation>Một lần xuất khác đang ghi vào “{path}”; hãy chờ lần đó xong rồi xuất lại.</translation>
    </message>
    <message>
        <source>“{path}” holds too many folders named “{name}…”; choose another destination.</source>
        <translation>“{path}” đã có quá nhiều thư mục tên “{name}…”; hãy chọn nơi xuất khác.</translation>
    </message>
    <message>
        <source>“{taken}” already holds other files, so this export was written to “{folder}”; nothing was replaced.</source>
        <translation>“{taken}” đã chứa các tệp khác nên bản xuất này được ghi vào “{folder}”; không có gì bị thay thế.</translation>
    </message>
    <message>
        <source>“{taken}” holds the export of another playlist, so this export was written to “{folder}”.</source>
        <translation>“{taken}” đang chứa bản xuất của một danh sách phát khác nên bản xuất này được ghi vào “{folder}”.</translation>
    </message>
    <message>
        <source>“{folder}” holds the export of {date}; it is replaced only when you ask for it.</source>
        <translation>“{folder}” đang chứa bản xuất lúc {date}; bản này chỉ bị thay thế khi bạn yêu cầu.</translation>
    </message>
    <message>
        <source>An interrupted export to “{folder}” was completed.</source>
        <translation>Lần xuất bị gián đoạn vào “{folder}” đã được hoàn tất.</translation>
    </message>
    <message>
        <source>An interrupted export to “{folder}” was undone: the earlier export is back in place.</source>
        <translation>Lần xuất bị gián đoạn vào “{folder}” đã được hủy bỏ: bản xuất trước đó đã được đặt lại chỗ cũ.</translation>
    </message>
    <message>
        <source>An interrupted export to “{folder}” could not go back there, as “{folder}” now holds something else (left as it is); the export was kept in “{kept}”.</source>
        <translation>Một lần xuất bị gián đoạn vào “{folder}” không thể đặt lại chỗ cũ, vì “{folder}” nay chứa thứ khác (được giữ nguyên); bản xuất đã được giữ trong “{kept}”.</translation>
    </message>
    <message>
        <source>“{path}” is a link that leads nowhere; choose a folder to export to.</source>
        <translation>“{path}” là một liên kết không trỏ tới đâu cả; hãy chọn một thư mục để xuất vào.</translation>
    </message>
    <message>
        <source>The exported file “{name}” did not verify ({detail}); the export was not kept.</source>
        <translation>Tệp xuất “{name}” không qua được bước kiểm tra ({detail}); bản xuất không được giữ lại.</translation>
    </message>
    <message>
        <source>The fade must be a number of seconds, 0 (no fade) or more.</source>
        <translation>Thời gian chuyển mờ phải là số giây, từ 0 (không chuyển mờ) trở lên.</translation>
    </message>
    <message>
        <source>A fade of {fade} s is longer than half of the shortest item (“{title}”, {seconds} s), which would darken it from end to end; the longest fade possible here is {max} s.</source>
        <translation>Chuyển mờ {fade} giây dài hơn một nửa mục ngắn nhất (“{title}”, {seconds} giây) nên sẽ làm tối mục đó từ đầu đến cuối; ở đây chuyển mờ dài nhất có thể là {max} giây.</translation>
    </message>
    <message>
        <source>“{name}” is a screen playlist; export it for screens.</source>
        <translation>“{name}” là chương trình phát cho màn hình; hãy xuất cho màn hình.</translation>
    </message>
    <message>
        <source>Unknown fit mode “{fit}”: use fit, fill or stretch.</source>
        <translation>Không rõ cách khớp hình “{fit}”: dùng fit (vừa khung), fill (lấp đầy) hoặc stretch (kéo giãn).</translation>
    </message>
    <message>
        <source>“{title}” could not be rendered: {detail}</source>
        <translation>Không dựng được “{title}”: {detail}</translation>
    </message>
    <message>
        <source>The programme could not be assembled: {detail}</source>
        <translation>Không ghép được chương trình: {detail}</translation>
    </message>
    <message>
        <source>The playlist “{name}” has no items to export.</source>
        <translation>Chương trình phát “{name}” chưa có mục nào để xuất.</translation>
    </message>
    <message>
        <source>“{title}” could not be prepared for the loudspeakers: {detail}</source>
        <translation>Không chuẩn bị được “{title}” để phát trên loa: {detail}</translation>
    </message>
    <message>
        <source>“{title}” has no measurable sound (silent?).</source>
        <translation>“{title}” không có âm thanh đo được (im lặng?).</translation>
    </message>
    <message>
        <source>The setting “{name}” must be {rule}.</source>
        <translation>Thiết lập “{name}” phải {rule}.</translation>
    </message>
    <message>
        <source>The {role} jingle: no media item with id {id}.</source>
        <translation>Nhạc hiệu {role}: không có tư liệu nào mang mã {id}.</translation>
    </message>
    <message>
        <source>The {role} jingle “{title}” (id {id}) has no sound: choose an audio item, or a video with sound.</source>
        <translation>Nhạc hiệu {role} “{title}” (mã {id}) không có tiếng: hãy chọn một tệp âm thanh hoặc video có tiếng.</translation>
    </message>
    <message>
        <source>between -40 and -5 LUFS</source>
        <translation>nằm trong khoảng -40 đến -5 LUFS</translation>
    </message>
    <message>
        <source>between -12 and 0 dBTP</source>
        <translation>nằm trong khoảng -12 đến 0 dBTP</translation>
    </message>
    <message>
        <source>between -90 and -20 dB</source>
        <translation>nằm trong khoảng -90 đến -20 dB</translation>
    </message>
    <message>
        <source>between 0.05 and 10 seconds</source>
        <translation>nằm trong khoảng 0,05 đến 10 giây</translation>
    </message>
    <message>
        <source>between 0 and 60 seconds</source>
        <translation>nằm trong khoảng 0 đến 60 giây</translation>
    </message>
    <message>
        <source>between 0.1 and 1 (10 % to 100 % of the item)</source>
        <translation>từ 0,1 đến 1 (10 % đến 100 % thời lượng mục)</translation>
    </message>
    <message>
        <source>a standard MP3 bitrate</source>
        <translation>là một tốc độ bit MP3 chuẩn</translation>
    </message>
    <message>
        <source>1 (mono) or 2 (stereo)</source>
        <translation>là 1 (mono) hoặc 2 (stereo)</translation>
    </message>
    <message>
        <source>stored file missing: add the original file “{name}” again to restore it</source>
        <translation>mất tệp lưu trữ: hãy thêm lại tệp gốc “{name}” để khôi phục</translation>
    </message>
    <message>
        <source>stored file has the wrong size ({size} bytes, {expected} expected): add the original file again</source>
        <translation>tệp lưu trữ sai kích thước ({size} byte, đúng ra là {expected}): hãy thêm lại tệp gốc</translation>
    </message>
    <message>
        <source>stored file content differs from what was imported: add the original file again</source>
        <translation>nội dung tệp lưu trữ khác với lúc nhập: hãy thêm lại tệp gốc</translation>
    </message>
    <message>
        <source>thumbnail missing (repair draws it again)</source>
        <translation>thiếu ảnh thu nhỏ (sửa chữa sẽ vẽ lại)</translation>
    </message>
    <message>
        <source>The picture is too large: {width}×{height} pixels; the limit is {limit} megapixels.</source>
        <translation>Ảnh quá lớn: {width}×{height} điểm ảnh; giới hạn là {limit} megapixel.</translation>
    </message>
    <message>
        <source>“{text}” is not a size: write e.g. 800MB, 5GB or auto.</source>
        <translation>“{text}” không phải là dung lượng: hãy viết ví dụ 800MB, 5GB hoặc auto.</translation>
    </message>
    <message>
        <source>between 100 MB and 10000 GB, or automatic</source>
        <translation>từ 100 MB đến 10000 GB, hoặc tự động</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>intro</source>
        <translation>mở đầu</translation>
    </message>
    <message>
        <source>outro</source>
        <translation>kết thúc</translation>
    </message>
    <message>
        <source>{lufs} LUFS: very quiet, will be raised by {gain} dB.</source>
        <translation>{lufs} LUFS: rất nhỏ, sẽ được tăng thêm {gain} dB.</translation>
    </message>
    <message>
        <source>{full} → {aired}, silence trimmed</source>
        <translation>{full} → {aired}, đã cắt khoảng lặng</translation>
    </message>
    <message>
        <source>This installation has no unit yet, so airings cannot be logged. Set it with “ledcast unit set --code CODE --name NAME” or in Settings → Unit.</source>
        <translation>Máy này chưa khai báo đơn vị nên chưa ghi được lượt phát. Khai báo bằng lệnh “ledcast unit set --code MÃ --name TÊN” hoặc trong Cài đặt → Đơn vị.</translation>
    </message>
    <message>
        <source>The airing must end after it starts (start {start}, end {end}).</source>
        <translation>Lượt phát phải kết thúc sau khi bắt đầu (bắt đầu {start}, kết thúc {end}).</translation>
    </message>
    <message>
        <source>The airing starts at {start}, more than a day from now.</source>
        <translation>Lượt phát bắt đầu lúc {start}, xa hơn một ngày kể từ bây giờ.</translation>
    </message>
    <message>
        <source>An airing needs a media item or a title.</source>
        <translation>Lượt phát cần có một tư liệu hoặc một tiêu đề.</translation>
    </message>
    <message>
        <source>“{sha}” is not a SHA-256 (64 hexadecimal digits).</source>
        <translation>“{sha}” không phải mã SHA-256 (64 chữ số hệ mười sáu).</translation>
    </message>
    <message>
        <source>“{code}” is not a task code (e.g. NV3).</source>
        <translation>“{code}” không phải mã nhiệm vụ (ví dụ NV3).</translation>
    </message>
    <message>
        <source>The UTC offset {offset} minutes is not a real time zone.</source>
        <translation>Độ lệch UTC {offset} phút không phải múi giờ có thật.</translation>
    </message>
    <message>
        <source>“{language}” is not a language code (e.g. vi).</source>
        <translation>“{language}” không phải mã ngôn ngữ (ví dụ vi).</translation>
    </message>
    <message>
        <source>Unknown {what} “{value}”: use {allowed}.</source>
        <translation>Giá trị {what} “{value}” không hợp lệ: dùng {allowed}.</translation>
    </message>
    <message>
        <source>The {what} time is missing or not a date and time.</source>
        <translation>Thời điểm {what} bị thiếu hoặc không phải ngày giờ.</translation>
    </message>
    <message>
        <source>No airing with id {uuid}.</source>
        <translation>Không có lượt phát mã {uuid}.</translation>
    </message>
    <message>
        <source>The airing {uuid} is already voided.</source>
        <translation>Lượt phát {uuid} đã bị hủy rồi.</translation>
    </message>
    <message>
        <source>{uuid} is itself a correction (it voids another airing) and cannot be voided.</source>
        <translation>{uuid} là một bản đính chính (hủy một lượt phát khác) nên không thể hủy.</translation>
    </message>
    <message>
        <source>Give the reason for voiding the airing.</source>
        <translation>Hãy nêu lý do hủy lượt phát.</translation>
    </message>
    <message>
        <source>way of recording</source>
        <translation>cách ghi</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>nguồn nội dung</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>mức ưu tiên</translation>
    </message>
    <message>
        <source>start</source>
        <translation>bắt đầu</translation>
    </message>
    <message>
        <source>end</source>
        <translation>kết thúc</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>theo lịch</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Khoảng thời gian kết thúc ({end}) trước khi bắt đầu ({start}).</translation>
    </message>
    <message>
        <source>A page starts at 0 or later and holds 1 to {max} rows.</source>
        <translation>Một trang bắt đầu từ 0 trở đi và có từ 1 đến {max} dòng.</translation>
    </message>
    <message>
        <source>No export with id {id}.</source>
        <translation>Không có lần xuất nào mã {id}.</translation>
    </message>
    <message>
        <source>Export {id} was made by an older version that did not keep its schedule; export the playlist again, or record its airings with “ledcast airing add”.</source>
        <translation>Lần xuất {id} được làm bằng phiên bản cũ, không lưu lịch phát; hãy xuất lại danh sách phát, hoặc ghi các lượt phát bằng “ledcast airing add”.</translation>
    </message>
    <message>
        <source>Export {id} is of a playlist without an outlet; record its airings with “ledcast airing add”.</source>
        <translation>Lần xuất {id} là của danh sách phát chưa gắn điểm phát; hãy ghi các lượt phát bằng “ledcast airing add”.</translation>
    </message>
    <message>
        <source>Export {id} has no schedule: nothing in it was set to air.</source>
        <translation>Lần xuất {id} không có lịch phát: không có gì được hẹn phát.</translation>
    </message>
    <message>
        <source>Export {id} has nothing scheduled from {date_from} to {date_to}.</source>
        <translation>Lần xuất {id} không có buổi phát nào từ {date_from} đến {date_to}.</translation>
    </message>
    <message>
        <source>There is no session {number} to skip: the chosen days have sessions 1 to {count}.</source>
        <translation>Không có buổi {number} để bỏ qua: các ngày đã chọn có buổi 1 đến {count}.</translation>
    </message>
    <message>
        <source>“{name}”: the airing log is written as .csv or .xlsx.</source>
        <translation>“{name}”: nhật ký phát chỉ ghi ra tệp .csv hoặc .xlsx.</translation>
    </message>
    <message>
        <source>Could not write “{name}”: {error}</source>
        <translation>Không ghi được “{name}”: {error}</translation>
    </message>
    <message>
        <source>“{name}” was not exported: {count} item(s) are not approved: {items}. Approve them in the Library, or take them out of the playlist.</source>
        <translation>Chưa xuất “{name}”: {count} mục chưa được duyệt: {items}. Hãy duyệt trong Thư viện, hoặc bỏ chúng khỏi danh sách phát.</translation>
    </message>
    <message>
        <source>“{name}” was not exported: {count} item(s) are not approved: {items}. Confirm to export it anyway.</source>
        <translation>Chưa xuất “{name}”: {count} mục chưa được duyệt: {items}. Hãy xác nhận nếu vẫn muốn xuất.</translation>
    </message>
    <message>
        <source>Exported with {count} item(s) not approved: {items}.</source>
        <translation>Đã xuất kèm {count} mục chưa được duyệt: {items}.</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>chờ duyệt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>No unit “{code}”: neither set up here nor found in the airing log.</source>
        <translation>Không có đơn vị “{code}”: chưa khai báo ở máy này và không có trong nhật ký phát.</translation>
    </message>
    <message>
        <source>This installation has no unit yet: name the units to report.</source>
        <translation>Máy này chưa khai báo đơn vị: hãy chọn đơn vị cần báo cáo.</translation>
    </message>
    <message>
        <source>“{text}” is not a period of this kind: write e.g. {example}.</source>
        <translation>“{text}” không phải kỳ báo cáo hợp lệ: hãy viết như {example}.</translation>
    </message>
    <message>
        <source>This installation has no unit yet, so it has no airing log to send. Set it first (ledcast unit set).</source>
        <translation>Máy này chưa khai báo đơn vị nên chưa có nhật ký phát để gửi. Hãy khai báo đơn vị trước (ledcast unit set).</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Không ghi được {path}: {error}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tệp rỗng</translation>
    </message>
    <message>
        <source>the file is larger than {max} MB</source>
        <translation>tệp lớn hơn {max} MB</translation>
    </message>
    <message>
        <source>the file cannot be read: {error}</source>
        <translation>không đọc được tệp: {error}</translation>
    </message>
    <message>
        <source>the file is damaged or cut short (not complete JSON)</source>
        <translation>tệp bị hỏng hoặc bị cắt cụt (không phải JSON đầy đủ)</translation>
    </message>
    <message>
        <source>the file nests data deeper than an airing log does</source>
        <translation>tệp có dữ liệu lồng nhau sâu bất thường, không phải nhật ký phát</translation>
    </message>
    <message>
        <source>this is not a ledcast airing log</source>
        <translation>đây không phải tệp nhật ký phát của ledcast</translation>
    </message>
    <message>
        <source>the file is version {version}, made by a newer ledcast: update this one</source>
        <translation>tệp là phiên bản {version}, do ledcast mới hơn tạo ra: hãy cập nhật ledcast trên máy này</translation>
    </message>
    <message>
        <source>unknown file version {version}</source>
        <translation>phiên bản tệp không xác định: {version}</translation>
    </message>
    <message>
        <source>the header&apos;s “{field}” is missing or wrong</source>
        <translation>phần đầu tệp thiếu hoặc sai mục “{field}”</translation>
    </message>
    <message>
        <source>no trusted key for unit {code}: trust its public key first (ledcast keys trust)</source>
        <translation>chưa có khóa tin cậy của đơn vị {code}: hãy nhận khóa công khai của đơn vị đó trước (ledcast keys trust)</translation>
    </message>
    <message>
        <source>the key of unit {code} was revoked</source>
        <translation>khóa của đơn vị {code} đã bị thu hồi</translation>
    </message>
    <message>
        <source>the signature does not match: the file was altered, or not signed with {code}&apos;s trusted key</source>
        <translation>chữ ký không khớp: tệp đã bị sửa, hoặc không được ký bằng khóa tin cậy của {code}</translation>
    </message>
    <message>
        <source>the header says {said} records, the file holds {held}</source>
        <translation>phần đầu tệp ghi {said} bản ghi nhưng tệp có {held}</translation>
    </message>
    <message>
        <source>record {number}: “{field}” is missing or wrong</source>
        <translation>bản ghi {number}: thiếu hoặc sai mục “{field}”</translation>
    </message>
    <message>
        <source>record {number}: unknown field “{field}”</source>
        <translation>bản ghi {number}: mục lạ “{field}”</translation>
    </message>
    <message>
        <source>record {number} belongs to unit {other}, not {code} who signed the file</source>
        <translation>bản ghi {number} thuộc đơn vị {other}, không phải {code} là đơn vị đã ký tệp</translation>
    </message>
    <message>
        <source>airing {uuid} is already in the log with different content; nothing from this file was imported</source>
        <translation>lượt phát {uuid} đã có trong nhật ký với nội dung khác; không nhập gì từ tệp này</translation>
    </message>
    <message>
        <source>This unit already has a signing key ({fingerprint}). Replace it only on purpose (--force).</source>
        <translation>Đơn vị này đã có khóa ký ({fingerprint}). Chỉ thay khi thật sự cần (--force).</translation>
    </message>
    <message>
        <source>This unit has no signing key yet: create it with “ledcast keys init”.</source>
        <translation>Đơn vị này chưa có khóa ký: hãy tạo bằng “ledcast keys init”.</translation>
    </message>
    <message>
        <source>The signing key file {path} cannot be read: {error}</source>
        <translation>Không đọc được tệp khóa ký {path}: {error}</translation>
    </message>
    <message>
        <source>This is not a ledcast public key file: {reason}</source>
        <translation>Đây không phải tệp khóa công khai của ledcast: {reason}</translation>
    </message>
    <message>
        <source>The key file names no unit: give the unit code (--unit).</source>
        <translation>Tệp khóa không ghi đơn vị: hãy nhập mã đơn vị (--unit).</translation>
    </message>
    <message>
        <source>The key file&apos;s fingerprint {written} does not match its key ({actual}): the file was altered.</source>
        <translation>Dấu vân tay {written} ghi trong tệp không khớp với khóa ({actual}): tệp đã bị sửa.</translation>
    </message>
    <message>
        <source>No trusted key for unit {code}.</source>
        <translation>Không có khóa tin cậy nào của đơn vị {code}.</translation>
    </message>
    <message>
        <source>{code} is this installation&apos;s own unit; its key needs no trusting.</source>
        <translation>{code} là đơn vị của chính máy này; không cần tin cậy khóa của mình.</translation>
    </message>
    <message>
        <source>no “key:” line</source>
        <translation>không có dòng “key:”</translation>
    </message>
    <message>
        <source>the key is not a 32-byte Ed25519 key in base64</source>
        <translation>khóa không phải khóa Ed25519 32 byte dạng base64</translation>
    </message>
    <message>
        <source>“{name}”: a report is written as .xlsx, .csv, .json or .pdf.</source>
        <translation>“{name}”: báo cáo chỉ ghi ra tệp .xlsx, .csv, .json hoặc .pdf.</translation>
    </message>
    <message>
        <source>Too many recipients (at most {max}).</source>
        <translation>Quá nhiều nơi nhận (tối đa {max}).</translation>
    </message>
    <message>
        <source>resume or skip</source>
        <translation>là resume (phát tiếp) hoặc skip (bỏ qua)</translation>
    </message>
    <message>
        <source>between 0 and 1800 seconds</source>
        <translation>nằm trong khoảng 0 đến 1800 giây</translation>
    </message>
    <message>
        <source>“{region}” is not a screen region: write X,Y,WIDTH,HEIGHT in pixels, e.g. 0,0,384,192.</source>
        <translation>“{region}” không phải là một vùng màn hình: hãy ghi X,Y,RỘNG,CAO tính bằng điểm ảnh, ví dụ 0,0,384,192.</translation>
    </message>
    <message>
        <source>There is no screen {number}: this computer has {count} (0 to {last}).</source>
        <translation>Không có màn hình số {number}: máy tính này có {count} màn hình (số 0 đến {last}).</translation>
    </message>
    <message>
        <source>“{name}” is a screen playlist: it plays in a screen window, not through the loudspeakers.</source>
        <translation>“{name}” là danh sách phát cho màn hình: phát trong cửa sổ màn hình, không phát qua loa.</translation>
    </message>
    <message>
        <source>The playlist “{name}” has no outlet, so its airings could not be logged: give --outlet NAME.</source>
        <translation>Danh sách phát “{name}” chưa gắn điểm phát nên không ghi được nhật ký phát: hãy chỉ định --outlet TÊN.</translation>
    </message>
    <message>
        <source>“{outlet}” is a screen; a loudspeaker playlist plays on a loudspeaker outlet.</source>
        <translation>“{outlet}” là màn hình; danh sách phát cho loa phải phát trên một điểm phát loa.</translation>
    </message>
    <message>
        <source>“{outlet}” is a loudspeaker; a screen playlist plays on a screen outlet.</source>
        <translation>“{outlet}” là loa; danh sách phát cho màn hình phải phát trên một điểm phát màn hình.</translation>
    </message>
    <message>
        <source>No audio output “{name}”. Available: {names}.</source>
        <translation>Không có đầu ra âm thanh “{name}”. Hiện có: {names}.</translation>
    </message>
    <message>
        <source>“{title}” could not be played: {detail}</source>
        <translation>Không phát được “{title}”: {detail}</translation>
    </message>
    <message>
        <source>The region {region} is not a whole number of pixels on a monitor scaled to {percent} %: the picture will not reach the board pixel for pixel. Set that monitor&apos;s scale to 100 %.</source>
        <translation>Vùng {region} không tròn số điểm ảnh trên màn hình đang phóng to {percent} %: hình sẽ không lên bảng đúng từng điểm ảnh. Hãy đặt tỉ lệ của màn hình đó về 100 %.</translation>
    </message>
    <message>
        <source>The region {region} starts outside every screen of this computer; it is shown on the main screen.</source>
        <translation>Vùng {region} bắt đầu ở ngoài mọi màn hình của máy tính này; sẽ hiển thị trên màn hình chính.</translation>
    </message>
    <message>
        <source>The monitor number must be between 0 and {max}.</source>
        <translation>Số màn hình phải từ 0 đến {max}.</translation>
    </message>
    <message>
        <source>{name} is a loudspeaker outlet: it has no monitor, region or video sound. Give --audio-device.</source>
        <translation>{name} là điểm phát loa: không có màn hình, vùng hiển thị hay tiếng video. Hãy dùng --audio-device.</translation>
    </message>
    <message>
        <source>“{outlet}” is not an outlet this play-out serves.</source>
        <translation>“{outlet}” không phải là điểm phát mà máy này đang phát tự động.</translation>
    </message>
    <message>
        <source>{outlet}: nothing to air; choose a playlist or an item.</source>
        <translation>{outlet}: không có gì để phát; hãy chọn một danh sách phát hoặc một mục.</translation>
    </message>
    <message>
        <source>The demo content is already in this workspace. Remove it first (ledcast demo --remove) to load it again.</source>
        <translation>Nội dung mẫu đã có trong thư mục làm việc này. Muốn nạp lại, hãy gỡ nó trước (ledcast demo --remove).</translation>
    </message>
    <message>
        <source>Making the demo slides</source>
        <translation>Đang tạo các trang chữ mẫu</translation>
    </message>
    <message>
        <source>Making the demo sounds</source>
        <translation>Đang tạo các âm thanh mẫu</translation>
    </message>
    <message>
        <source>Adding the demo sounds to the library</source>
        <translation>Đang thêm âm thanh mẫu vào thư viện</translation>
    </message>
    <message>
        <source>Making the demo outlets and playlists</source>
        <translation>Đang tạo điểm phát và chương trình phát mẫu</translation>
    </message>
    <message>
        <source>The demo sound “{name}” could not be made: {detail}</source>
        <translation>Không tạo được âm thanh mẫu “{name}”: {detail}</translation>
    </message>
    <message>
        <source>Demo content loaded (every name starts with “Mẫu – ”):</source>
        <translation>Đã nạp nội dung mẫu (mọi tên đều bắt đầu bằng “Mẫu – ”):</translation>
    </message>
    <message>
        <source>{count} slide(s), one per task of the plan: {names}</source>
        <translation>{count} trang chữ, mỗi nhiệm vụ của kế hoạch một trang: {names}</translation>
    </message>
    <message>
        <source>{count} sound(s): {names}</source>
        <translation>{count} âm thanh: {names}</translation>
    </message>
    <message>
        <source>outlets: {names}</source>
        <translation>điểm phát: {names}</translation>
    </message>
    <message>
        <source>playlists, scheduled and approved for export: {names}</source>
        <translation>chương trình phát, đã lên lịch và đã duyệt, xuất được ngay: {names}</translation>
    </message>
    <message>
        <source>Demo content removed: {media} library item(s), {outlets} outlet(s), {playlists} playlist(s).</source>
        <translation>Đã gỡ nội dung mẫu: {media} mục thư viện, {outlets} điểm phát, {playlists} chương trình phát.</translation>
    </message>
    <message>
        <source>There is no demo content in this workspace.</source>
        <translation>Thư mục làm việc này không có nội dung mẫu.</translation>
    </message>
    <message>
        <source>Demo items were taken out of your playlist(s): {names}</source>
        <translation>Đã bỏ các mục mẫu khỏi chương trình phát của bạn: {names}</translation>
    </message>
    <message>
        <source>Your playlist(s) no longer bound to a demo outlet: {names}</source>
        <translation>Chương trình phát của bạn không còn gắn với điểm phát mẫu: {names}</translation>
    </message>
    <message>
        <source>Try: ledcast export screen &quot;{screen}&quot; --out DIR, then ledcast export speaker &quot;{speaker}&quot; --out DIR</source>
        <translation>Hãy thử: ledcast export screen &quot;{screen}&quot; --out THƯ_MỤC, rồi ledcast export speaker &quot;{speaker}&quot; --out THƯ_MỤC</translation>
    </message>
    <message>
        <source>Try it: on the Export page, export “{screen}” to a screen and “{speaker}” to the loudspeakers.</source>
        <translation>Hãy thử: ở trang Xuất, xuất “{screen}” cho màn hình và “{speaker}” cho loa truyền thanh.</translation>
    </message>
    <message>
        <source>The unit above cannot be this unit itself ({code}).</source>
        <translation>Đơn vị cấp trên không thể là chính đơn vị này ({code}).</translation>
    </message>
    <message>
        <source>The media file “{name}” is neither in this PC&apos;s store nor in the shared media store “{share}”: import it again on the PC that has it.</source>
        <translation>Tệp tư liệu “{name}” không có trong kho của máy này, cũng không có trong kho tư liệu dùng chung “{share}”: hãy nhập lại tệp đó trên máy đang có nó.</translation>
    </message>
    <message>
        <source>Could not fetch the media file “{name}” from the shared media store “{share}”: {reason}</source>
        <translation>Không lấy được tệp tư liệu “{name}” từ kho tư liệu dùng chung “{share}”: {reason}</translation>
    </message>
    <message>
        <source>The copy of “{name}” in the shared media store “{share}” is not the imported file (its SHA-256 differs): it was not used. Import the file again on the PC that has it.</source>
        <translation>Bản của “{name}” trong kho tư liệu dùng chung “{share}” không phải tệp đã nhập (mã SHA-256 khác): tệp này không được dùng. Hãy nhập lại tệp trên máy đang có nó.</translation>
    </message>
    <message>
        <source>The shared media store “{share}” cannot be reached (the media file “{name}” is needed from it): check the network and that the share is connected.</source>
        <translation>Không truy cập được kho tư liệu dùng chung “{share}” (cần lấy tệp tư liệu “{name}” từ đó): hãy kiểm tra mạng và kết nối tới thư mục chia sẻ.</translation>
    </message>
    <message>
        <source>Imported on this PC, but not copied to the shared media store “{share}”, so the other PCs cannot use it yet: {reason}. Import the file again once the share is reachable.</source>
        <translation>Đã nhập trên máy này nhưng chưa chép được vào kho tư liệu dùng chung “{share}”, nên các máy khác chưa dùng được: {reason}. Hãy nhập lại tệp khi đã kết nối được thư mục chia sẻ.</translation>
    </message>
    <message>
        <source>The shared media store “{path}” is not a folder this PC can reach.</source>
        <translation>Kho tư liệu dùng chung “{path}” không phải là thư mục mà máy này truy cập được.</translation>
    </message>
    <message>
        <source>Another operator has just changed this playlist. It is shown again as it is now: make your change again.</source>
        <translation>Người vận hành khác vừa sửa chương trình phát này. Chương trình đã được tải lại đúng như hiện có, hãy sửa lại một lần nữa.</translation>
    </message>
</context>
<context>
    <name>ExportChecks</name>
    <message>
        <source>Items not approved</source>
        <translation>Có mục chưa được duyệt</translation>
    </message>
    <message>
        <source>“%1” has items that are not approved:</source>
        <translation>“%1” có các mục chưa được duyệt:</translation>
    </message>
    <message>
        <source>Export it anyway?</source>
        <translation>Vẫn xuất?</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Chưa được duyệt</translation>
    </message>
    <message>
        <source>“%1” cannot be exported: these items are not approved (Settings require approval).</source>
        <translation>Không thể xuất “%1”: các mục sau chưa được duyệt (Cài đặt yêu cầu phải phê duyệt).</translation>
    </message>
    <message>
        <source>Rejected items must be taken out of the playlist, or approved again in the Library.</source>
        <translation>Mục bị từ chối phải được bỏ khỏi danh sách phát, hoặc được duyệt lại trong Thư viện.</translation>
    </message>
    <message>
        <source>Approve them now and export?</source>
        <translation>Duyệt các mục này ngay và xuất?</translation>
    </message>
    <message>
        <source>Approve and export…</source>
        <translation>Duyệt và xuất…</translation>
    </message>
    <message>
        <source>Who approves?</source>
        <translation>Ai phê duyệt?</translation>
    </message>
    <message>
        <source>Name and position of the person approving these items:</source>
        <translation>Họ tên và chức vụ người phê duyệt các mục này:</translation>
    </message>
    <message>
        <source>Replace the earlier export?</source>
        <translation>Thay thế bản xuất trước?</translation>
    </message>
    <message>
        <source>“%1” holds the export of this playlist made %2.</source>
        <translation>“%1” đang chứa bản xuất của danh sách phát này, làm lúc %2.</translation>
    </message>
    <message>
        <source>Replace it with the new export? (No: nothing is changed there.)</source>
        <translation>Thay bằng bản xuất mới? (Không: giữ nguyên thư mục đó.)</translation>
    </message>
</context>
<context>
    <name>ExportHistory</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Chương trình phát</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Số tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dành cho</translation>
    </message>
    <message>
        <source>In the folder</source>
        <translation>Trong thư mục</translation>
    </message>
    <message>
        <source>Double-click a row to open its folder</source>
        <translation>Nháy đúp vào một dòng để mở thư mục của nó</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Confirm airings…</source>
        <translation>Xác nhận đã phát…</translation>
    </message>
    <message>
        <source>Record in the airing log that this export aired</source>
        <translation>Ghi vào nhật ký phát rằng bản xuất này đã được phát</translation>
    </message>
    <message>
        <source>Past exports</source>
        <translation>Các lần xuất trước</translation>
    </message>
    <message>
        <source>The folder still holds this export, file for file.</source>
        <translation>Thư mục vẫn chứa đủ các tệp của lần xuất này.</translation>
    </message>
    <message>
        <source>Files of this export were removed or changed in the folder since it was written.</source>
        <translation>Có tệp của lần xuất này đã bị xoá hoặc sửa trong thư mục kể từ khi xuất.</translation>
    </message>
    <message>
        <source>A later export was written over it in this folder.</source>
        <translation>Một lần xuất sau đã ghi đè lên thư mục này.</translation>
    </message>
    <message>
        <source>The folder or its manifest.json is not there any more (a USB stick that was removed?).</source>
        <translation>Thư mục hoặc tệp manifest.json không còn nữa (USB đã bị rút ra?).</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>Export a playlist</source>
        <translation>Xuất chương trình phát</translation>
    </message>
    <message>
        <source>There is no playlist yet: make one on the Playlists page.</source>
        <translation>Chưa có chương trình phát nào: hãy tạo ở trang Chương trình phát.</translation>
    </message>
    <message>
        <source>A folder on the USB stick, e.g. E:\ or /media/usb</source>
        <translation>Một thư mục trên USB, ví dụ E:\ hoặc /media/usb</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Tốc độ khung hình</translation>
    </message>
    <message>
        <source>Fit the whole picture, black bars where needed</source>
        <translation>Vừa khung, thêm viền đen khi cần</translation>
    </message>
    <message>
        <source>Fill the screen, cropping the edges</source>
        <translation>Lấp đầy màn hình, cắt bớt mép</translation>
    </message>
    <message>
        <source>Stretch to the screen</source>
        <translation>Kéo giãn theo màn hình</translation>
    </message>
    <message>
        <source>No fade</source>
        <translation>Không chuyển mờ</translation>
    </message>
    <message>
        <source>Fade in and out</source>
        <translation>Hiện dần và mờ dần</translation>
    </message>
    <message>
        <source>Keep the sound of video clips</source>
        <translation>Giữ âm thanh của video</translation>
    </message>
    <message>
        <source>The loudness every item is brought to for this export (-16 LUFS suits most loudspeaker systems; lower is quieter). The usual value is set in Settings.</source>
        <translation>Độ lớn mà mọi mục được đưa về trong lần xuất này (-16 LUFS hợp với phần lớn hệ thống loa; số càng thấp càng nhỏ). Giá trị thường dùng đặt trong Cài đặt.</translation>
    </message>
    <message>
        <source>every item is brought to the same loudness</source>
        <translation>mọi mục được đưa về cùng một độ lớn</translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Chương trình phát</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Thư mục nhận</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Kích thước điểm ảnh</translation>
    </message>
    <message>
        <source>Fit to the screen</source>
        <translation>Khớp với màn hình</translation>
    </message>
    <message>
        <source>Loudness target</source>
        <translation>Độ lớn mục tiêu</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>A new or empty folder is filled; an earlier export of the same playlist is replaced only after you confirm; a folder holding other files gets a sub-folder named after the playlist (with -2, -3… when that name is taken). Nothing else is replaced.</source>
        <translation>Thư mục mới hoặc trống sẽ được ghi vào; bản xuất trước đó của cùng danh sách phát chỉ bị thay sau khi bạn đồng ý; thư mục đang chứa tệp khác sẽ có một thư mục con mang tên danh sách phát (thêm -2, -3… nếu tên đó đã có). Không có gì khác bị thay thế.</translation>
    </message>
    <message>
        <source>True-peak ceiling %1 dBTP</source>
        <translation>Ngưỡng đỉnh thực %1 dBTP</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>stereo</translation>
    </message>
    <message>
        <source>peaks kept under %1</source>
        <translation>đỉnh âm giữ dưới %1</translation>
    </message>
    <message>
        <source>%1 s of silence between items</source>
        <translation>nghỉ %1 giây giữa các mục</translation>
    </message>
    <message>
        <source>%1 kb/s %2 MP3</source>
        <translation>MP3 %1 kb/s %2</translation>
    </message>
    <message>
        <source>intro jingle “%1”</source>
        <translation>nhạc hiệu mở đầu “%1”</translation>
    </message>
    <message>
        <source>outro jingle “%1”</source>
        <translation>nhạc hiệu kết thúc “%1”</translation>
    </message>
    <message>
        <source>no jingles</source>
        <translation>không có nhạc hiệu</translation>
    </message>
    <message>
        <source>These are changed on the Settings page (Loudspeaker export).</source>
        <translation>Các thông số này được thay đổi ở trang Cài đặt (Xuất cho loa).</translation>
    </message>
    <message>
        <source>Export a loudspeaker playlist</source>
        <translation>Xuất chương trình phát trên loa</translation>
    </message>
    <message>
        <source>One file per item (numbered MP3s for USB boxes that play in name order)</source>
        <translation>Mỗi mục một tệp (các tệp MP3 đánh số cho hộp phát USB phát theo thứ tự tên)</translation>
    </message>
    <message>
        <source>Export a screen playlist</source>
        <translation>Xuất chương trình phát cho màn hình</translation>
    </message>
    <message>
        <source>One file per item (numbered, for controllers that take a file list)</source>
        <translation>Mỗi mục một tệp (đánh số, cho bộ điều khiển phát theo danh sách tệp)</translation>
    </message>
    <message>
        <source>%1 (loudspeakers)</source>
        <translation>%1 (loa)</translation>
    </message>
    <message>
        <source>no screen outlet</source>
        <translation>chưa gắn màn hình</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 · %4 item(s)</source>
        <translation>%1 — %2 · %3 · %4 mục</translation>
    </message>
    <message>
        <source>from the outlet “%1”</source>
        <translation>theo điểm phát “%1”</translation>
    </message>
    <message>
        <source>This playlist has no screen outlet: enter the screen&apos;s pixel size.</source>
        <translation>Chương trình phát này chưa gắn màn hình: hãy nhập kích thước điểm ảnh của màn hình.</translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message>
        <source>Exported “%1”.</source>
        <translation>Đã xuất “%1”.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Thư mục: %1</translation>
    </message>
    <message>
        <source>Files: %1 and manifest.json, %2 in all</source>
        <translation>Tệp: %1 và manifest.json, tổng cộng %2</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>stereo</translation>
    </message>
    <message>
        <source>Duration: %1; every item at the standard loudness %2, peaks kept under %3; MP3 %4 kb/s, %5</source>
        <translation>Thời lượng: %1; mọi mục cùng độ lớn chuẩn %2, đỉnh âm giữ dưới %3; MP3 %4 kb/s, %5</translation>
    </message>
    <message>
        <source>Loudness %1 LUFS (integrated), true peak at most %2 dBTP; MP3 CBR %3 kb/s, %4 channel(s)</source>
        <translation>Độ lớn %1 LUFS (tích hợp), đỉnh thực tối đa %2 dBTP; MP3 CBR %3 kb/s, %4 kênh</translation>
    </message>
    <message>
        <source>H.264 yuv420p, %1×%2, %3 fps</source>
        <translation>H.264 yuv420p, %1×%2, %3 fps</translation>
    </message>
    <message>
        <source>Duration: %1 at %2×%3, %4 pictures a second</source>
        <translation>Thời lượng: %1, khổ %2×%3 điểm ảnh, %4 hình mỗi giây</translation>
    </message>
    <message>
        <source>%1 airing(s) listed in schedule.json and schedule.csv.</source>
        <translation>Có %1 lượt phát trong schedule.json và schedule.csv.</translation>
    </message>
    <message>
        <source>No airings listed in schedule.json and schedule.csv: the playlist has no schedule yet (set one on the Playlists page).</source>
        <translation>Không có lượt phát nào trong schedule.json và schedule.csv: chương trình phát chưa có lịch phát (đặt ở trang Chương trình phát).</translation>
    </message>
    <message>
        <source>%1 piece(s) reused from the cache, %2 of sound encoded.</source>
        <translation>Dùng lại %1 đoạn từ bộ nhớ đệm, mã hóa %2 âm thanh.</translation>
    </message>
    <message>
        <source>%1 item(s) held under the true-peak ceiling by the limiter.</source>
        <translation>Có %1 mục được bộ giới hạn giữ dưới mức đỉnh thực tối đa.</translation>
    </message>
    <message>
        <source>%1 segment(s) reused from the cache, %2 frame(s) rendered.</source>
        <translation>Dùng lại %1 đoạn từ bộ nhớ đệm, dựng %2 khung hình.</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Xuất vào thư mục</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Đang có một lần xuất chạy.</translation>
    </message>
    <message>
        <source>Choose a playlist to export.</source>
        <translation>Hãy chọn chương trình phát cần xuất.</translation>
    </message>
    <message>
        <source>An export is running.</source>
        <translation>Đang xuất một chương trình.</translation>
    </message>
    <message>
        <source>Choose the folder to export to (Choose…).</source>
        <translation>Hãy chọn thư mục để xuất vào (nút Chọn…).</translation>
    </message>
    <message>
        <source>Choose the folder to export to.</source>
        <translation>Hãy chọn thư mục nhận bản xuất.</translation>
    </message>
    <message>
        <source>Enter the screen&apos;s pixel size (width × height) to export for.</source>
        <translation>Hãy nhập kích thước điểm ảnh của màn hình (rộng × cao) cần xuất.</translation>
    </message>
    <message>
        <source>Exporting “%1”</source>
        <translation>Đang xuất “%1”</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Đã hủy xuất</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written at the destination.</source>
        <translation>Đã hủy xuất; không ghi gì vào nơi nhận.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Xuất xong</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Not added to this playlist:</source>
        <translation>Không thêm vào chương trình phát này:</translation>
    </message>
</context>
<context>
    <name>ImportLogsDialog</name>
    <message>
        <source>Import airing logs</source>
        <translation>Nhập nhật ký phát</translation>
    </message>
    <message>
        <source>Signed airing-log files sent by other units. Each file is checked against the trusted key of its unit and imported whole, or refused with the reason; a file imported again adds nothing twice. Files can also be dropped here.</source>
        <translation>Các tệp nhật ký phát có chữ ký do đơn vị khác gửi lên. Mỗi tệp được kiểm tra bằng khóa đã tin cậy của đơn vị đó rồi nhập trọn vẹn, hoặc bị từ chối kèm lý do; nhập lại một tệp không làm trùng lượt phát nào. Có thể kéo thả tệp vào đây.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Thêm thư mục…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>New airings</source>
        <translation>Lượt phát mới</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Đã có</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Refused files changed nothing: fix or ask for the file again, then import it.</source>
        <translation>Tệp bị từ chối không làm thay đổi gì: hãy xin đơn vị gửi lại tệp rồi nhập lại.</translation>
    </message>
    <message>
        <source>Add airing-log files</source>
        <translation>Thêm tệp nhật ký phát</translation>
    </message>
    <message>
        <source>Signed airing log (*.json)</source>
        <translation>Nhật ký phát có chữ ký (*.json)</translation>
    </message>
    <message>
        <source>Add the logs of a folder</source>
        <translation>Thêm các nhật ký trong một thư mục</translation>
    </message>
    <message>
        <source>%1 holds no .json file (sub-folders are not read).</source>
        <translation>Thư mục %1 không có tệp .json nào (không đọc các thư mục con).</translation>
    </message>
    <message>
        <source>%1 file(s) to import</source>
        <translation>%1 tệp sẽ nhập</translation>
    </message>
    <message>
        <source>Importing airing logs</source>
        <translation>Đang nhập nhật ký phát</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 file(s). The %3 not done are still in the list, not imported.</source>
        <translation>Đã hủy sau %1 trên %2 tệp. %3 tệp chưa làm vẫn còn trong danh sách, chưa được nhập.</translation>
    </message>
    <message>
        <source>%1 file(s) imported: %2 new airing(s), %3 already known.</source>
        <translation>Đã nhập %1 tệp: %2 lượt phát mới, %3 lượt đã có.</translation>
    </message>
    <message>
        <source>%1 file(s) refused: nothing of them was imported.</source>
        <translation>%1 tệp bị từ chối: không nhập gì từ các tệp này.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Từ chối: %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <source>About %1 s left</source>
        <translation>Còn khoảng %1 giây</translation>
    </message>
    <message>
        <source>About %1 min %2 s left</source>
        <translation>Còn khoảng %1 phút %2 giây</translation>
    </message>
    <message>
        <source>About %1 h %2 min left</source>
        <translation>Còn khoảng %1 giờ %2 phút</translation>
    </message>
    <message>
        <source>%1 % done</source>
        <translation>Đã xong %1 %</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Đang chuẩn bị…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Measuring loudness of “{title}”…</source>
        <translation>Đang đo độ lớn âm thanh của “{title}”…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Screen</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <source>Loudspeakers</source>
        <translation>Loa</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Âm thanh</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Trang chữ</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Thông thường</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Mặc định của hệ thống</translation>
    </message>
    <message>
        <source>No sound card (clock only)</source>
        <translation>Không dùng card âm thanh (chỉ chạy theo đồng hồ)</translation>
    </message>
    <message>
        <source>Monitor {n} — {width}×{height} at {x},{y}</source>
        <translation>Màn hình {n} — {width}×{height} tại {x},{y}</translation>
    </message>
    <message>
        <source>Monitor {n}</source>
        <translation>Màn hình {n}</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (chưa kết nối)</translation>
    </message>
    <message>
        <source>Aired</source>
        <translation>Đã phát</translation>
    </message>
    <message>
        <source>Partly aired</source>
        <translation>Phát một phần</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Bị lỡ</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Còn nguyên</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Đã thay đổi</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Đã bị thay</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Không còn</translation>
    </message>
    <message>
        <source>Played out</source>
        <translation>Phát từ ledcast</translation>
    </message>
    <message>
        <source>Confirmed export</source>
        <translation>Xác nhận bản xuất</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Nhập tay</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Nhập từ tệp</translation>
    </message>
    <message>
        <source>Own programme</source>
        <translation>Tự sản xuất</translation>
    </message>
    <message>
        <source>From the level above</source>
        <translation>Từ cấp trên</translation>
    </message>
    <message>
        <source>From the source system</source>
        <translation>Từ hệ thống nguồn</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Above target</source>
        <translation>Vượt</translation>
    </message>
    <message>
        <source>Other forms</source>
        <translation>Hình thức khác</translation>
    </message>
    <message>
        <source>whole plan period</source>
        <translation>cả giai đoạn kế hoạch</translation>
    </message>
    <message>
        <source>per event</source>
        <translation>mỗi sự kiện</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Đang tin cậy</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Đã thay khóa mới</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Hàng ngày</translation>
    </message>
    <message>
        <source>%1 pass(es)</source>
        <translation>%1 lượt</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>Letterhead of the PDF report</source>
        <translation>Thông tin in trên báo cáo PDF</translation>
    </message>
    <message>
        <source>not set up yet (Settings)</source>
        <translation>chưa khai báo (trang Cài đặt)</translation>
    </message>
    <message>
        <source>Printed on the official PDF report. Reporting unit: %1.</source>
        <translation>Các thông tin này được in trên báo cáo PDF theo thể thức văn bản hành chính. Đơn vị báo cáo: %1.</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>e.g. “UBND huyện Đại Từ”</source>
        <translation>VD: UBND huyện Đại Từ</translation>
    </message>
    <message>
        <source>Above the unit&apos;s name.</source>
        <translation>In phía trên tên đơn vị.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>e.g. “Tân Cương”</source>
        <translation>VD: Tân Cương</translation>
    </message>
    <message>
        <source>Before the date. Empty: a blank to fill in.</source>
        <translation>In trước ngày tháng. Để trống: chừa chỗ viết tay.</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>e.g. “GIÁM ĐỐC”</source>
        <translation>VD: GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Empty: “THỦ TRƯỞNG ĐƠN VỊ”. “TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH” prints on two lines.</source>
        <translation>Để trống: THỦ TRƯỞNG ĐƠN VỊ. Ghi “TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH” sẽ in thành hai dòng.</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Empty: room to write the name by hand.</source>
        <translation>Để trống: chừa chỗ ghi họ tên bằng tay.</translation>
    </message>
    <message>
        <source>e.g. “Trung tâm Văn hóa - Thể thao - Truyền thông huyện”</source>
        <translation>VD: Trung tâm Văn hóa - Thể thao - Truyền thông huyện</translation>
    </message>
    <message>
        <source>One per line, at most %1. Printed as “Kính gửi: …” under the title; “Nơi nhận” then begins with “Như trên”. Empty: no “Kính gửi”.</source>
        <translation>Mỗi nơi một dòng, tối đa %1. In thành “Kính gửi: …” dưới tên báo cáo; khi đó mục “Nơi nhận” có “Như trên”. Để trống: không in “Kính gửi”.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Kính gửi</translation>
    </message>
</context>
<context>
    <name>LibraryChecker</name>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Check library…</source>
        <translation>Kiểm tra thư viện…</translation>
    </message>
    <message>
        <source>Check library</source>
        <translation>Kiểm tra thư viện</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Sửa chữa</translation>
    </message>
</context>
<context>
    <name>LibraryReports</name>
    <message>
        <source>All media (%1)</source>
        <translation>Tất cả tư liệu (%1)</translation>
    </message>
    <message>
        <source>Audio (%1)</source>
        <translation>Âm thanh (%1)</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Hình ảnh (%1)</translation>
    </message>
    <message>
        <source>Video (%1)</source>
        <translation>Video (%1)</translation>
    </message>
    <message>
        <source>%1 added, %2 already in the library, %3 could not be added.</source>
        <translation>Đã thêm %1, %2 đã có sẵn trong thư viện, %3 không thêm được.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Đã hủy việc thêm tư liệu.</translation>
    </message>
    <message>
        <source>%1 lost stored file(s) or thumbnail(s) restored.</source>
        <translation>Đã khôi phục %1 tệp lưu trữ hoặc ảnh thu nhỏ bị mất.</translation>
    </message>
    <message>
        <source>= %1: same content as “%2”</source>
        <translation>= %1: trùng nội dung với “%2”</translation>
    </message>
    <message>
        <source>↺ %1: restored the lost file of “%2”</source>
        <translation>↺ %1: đã khôi phục tệp bị mất của “%2”</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Kết quả thêm tư liệu</translation>
    </message>
    <message>
        <source>file without a library item</source>
        <translation>tệp không thuộc mục nào trong thư viện</translation>
    </message>
    <message>
        <source>Repaired: %1 file(s) without an item removed, %2 thumbnail(s) drawn again.</source>
        <translation>Đã sửa: xoá %1 tệp không thuộc mục nào, vẽ lại %2 ảnh thu nhỏ.</translation>
    </message>
    <message>
        <source>All %1 items have their stored file and thumbnail.</source>
        <translation>Cả %1 mục đều có đủ tệp lưu trữ và ảnh thu nhỏ.</translation>
    </message>
    <message>
        <source>%1 stored file(s) missing or damaged, %2 thumbnail(s) missing, %3 file(s) without an item.</source>
        <translation>%1 tệp lưu trữ bị mất hoặc hỏng, thiếu %2 ảnh thu nhỏ, %3 tệp không thuộc mục nào.</translation>
    </message>
    <message>
        <source>To bring back a lost stored file, add the original file again.</source>
        <translation>Để lấy lại tệp lưu trữ bị mất, hãy thêm lại tệp gốc.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Thêm thư mục…</translation>
    </message>
    <message>
        <source>New slide…</source>
        <translation>Trang chữ mới…</translation>
    </message>
    <message>
        <source>Design a text slide for the screens</source>
        <translation>Soạn trang chữ để phát trên màn hình</translation>
    </message>
    <message>
        <source>Check library…</source>
        <translation>Kiểm tra thư viện…</translation>
    </message>
    <message>
        <source>Look for lost stored files and thumbnails, and for files without an item</source>
        <translation>Tìm tệp lưu trữ và ảnh thu nhỏ bị mất, và các tệp không thuộc mục nào</translation>
    </message>
    <message>
        <source>Search titles and file names</source>
        <translation>Tìm theo tiêu đề và tên tệp</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>Any approval</source>
        <translation>Mọi trạng thái duyệt</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Không duyệt</translation>
    </message>
    <message>
        <source>Tasks…</source>
        <translation>Nhiệm vụ…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>The library is empty. Add audio bulletins, pictures and video clips with the buttons above, or drag files and folders onto this window.</source>
        <translation>Thư viện đang trống. Hãy thêm bản tin âm thanh, hình ảnh và video bằng các nút phía trên, hoặc kéo thả tệp và thư mục vào cửa sổ này.</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Tất cả nhiệm vụ</translation>
    </message>
    <message>
        <source>Outside the plan</source>
        <translation>Ngoài kế hoạch</translation>
    </message>
    <message>
        <source>%1 of %2 items shown</source>
        <translation>Đang hiển thị %1/%2 tư liệu</translation>
    </message>
    <message>
        <source>Add media files</source>
        <translation>Thêm tệp tư liệu</translation>
    </message>
    <message>
        <source>Add a folder of media</source>
        <translation>Thêm thư mục tư liệu</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Thêm tư liệu</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Đang có một lượt thêm tư liệu chưa xong.</translation>
    </message>
    <message>
        <source>Adding media</source>
        <translation>Đang thêm tư liệu</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Thêm tư liệu không thành công</translation>
    </message>
    <message>
        <source>Slide not saved</source>
        <translation>Không lưu được trang chữ</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Phát / tạm dừng</translation>
    </message>
    <message>
        <source>Edit slide…</source>
        <translation>Sửa trang chữ…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation>Trả về chờ duyệt</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Xóa khỏi thư viện</translation>
    </message>
    <message>
        <source>Used in playlists; remove them from these playlists first:</source>
        <translation>Đang dùng trong chương trình phát; hãy bỏ khỏi các chương trình phát này trước:</translation>
    </message>
    <message>
        <source>Remove %1 item(s) from the library? Airing history is kept.</source>
        <translation>Xóa %1 tư liệu khỏi thư viện? Nhật ký phát vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>Kept, because playlists use them:</source>
        <translation>Giữ lại, vì đang dùng trong chương trình phát:</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Import media files…</source>
        <translation>&amp;Thêm tệp vào thư viện…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Thêm cả thư &amp;mục…</translation>
    </message>
    <message>
        <source>&amp;New playlist…</source>
        <translation>Chương trình phát &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Chuyển trang</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <source>&amp;About ledcast…</source>
        <translation>&amp;Giới thiệu ledcast…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ledcast – loudspeaker and screen programmes</source>
        <translation>ledcast – chương trình truyền thanh và bảng tin điện tử</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>Chương trình phát</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Lịch phát</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Điểm phát</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>Phát sóng</translation>
    </message>
    <message>
        <source>Airing log</source>
        <translation>Nhật ký phát</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Thư mục làm việc: %1</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>No log file is written for this window.</source>
        <translation>Cửa sổ này không ghi tệp nhật ký.</translation>
    </message>
    <message>
        <source>Close ledcast</source>
        <translation>Đóng ledcast</translation>
    </message>
    <message>
        <source>Still on air: %1. Closing stops play-out (what has played is logged). Close?</source>
        <translation>Đang phát: %1. Đóng phần mềm sẽ dừng phát (phần đã phát được ghi nhật ký). Vẫn đóng?</translation>
    </message>
</context>
<context>
    <name>MediaTableModel</name>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Codecs</source>
        <translation>Codec</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Trạng thái duyệt</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Dùng trong</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Độ lớn âm thanh</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>Tệp gốc</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Không duyệt</translation>
    </message>
    <message>
        <source>True peak %1 dBTP</source>
        <translation>Đỉnh thực %1 dBTP</translation>
    </message>
</context>
<context>
    <name>NewPlaylistDialog</name>
    <message>
        <source>New playlist</source>
        <translation>Chương trình phát mới</translation>
    </message>
    <message>
        <source>e.g. Morning news – commune loudspeakers</source>
        <translation>ví dụ: Bản tin sáng – loa xã</translation>
    </message>
    <message>
        <source>Loudspeakers (audio)</source>
        <translation>Loa (âm thanh)</translation>
    </message>
    <message>
        <source>Screen (pictures, slides, video)</source>
        <translation>Màn hình (hình ảnh, trang chữ, video)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dùng cho</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Điểm phát</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(chưa có)</translation>
    </message>
</context>
<context>
    <name>OpenFolder</name>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>“%1” is not there any more (a USB stick that was removed?).</source>
        <translation>Không còn thấy “%1” (USB đã được rút ra?).</translation>
    </message>
    <message>
        <source>No file manager could open “%1”. Open it by hand: %2</source>
        <translation>Không mở được thư mục “%1” bằng trình quản lý tệp. Hãy tự mở theo đường dẫn: %2</translation>
    </message>
</context>
<context>
    <name>OutletCard</name>
    <message>
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <source>Play the chosen playlist on this outlet now</source>
        <translation>Phát ngay chương trình đã chọn trên điểm phát này</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Skip item</source>
        <translation>Bỏ qua mục</translation>
    </message>
    <message>
        <source>%1: stopped by the operator.</source>
        <translation>%1: người vận hành đã dừng phát.</translation>
    </message>
    <message>
        <source>%1: item skipped.</source>
        <translation>%1: đã bỏ qua mục đang phát.</translation>
    </message>
    <message>
        <source>%1: “%2” played by the operator.</source>
        <translation>%1: người vận hành phát “%2”.</translation>
    </message>
    <message>
        <source>%1: resumed.</source>
        <translation>%1: phát tiếp.</translation>
    </message>
    <message>
        <source>%1: paused.</source>
        <translation>%1: tạm dừng.</translation>
    </message>
    <message>
        <source>%1 / %2 (%3 left)</source>
        <translation>%1 / %2 (còn %3)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Tiếp theo: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Not playing</source>
        <translation>Không phát</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>(scheduled %1)</source>
        <translation>(lịch %1)</translation>
    </message>
    <message>
        <source>Preparing the sound (rendering its pieces)…</source>
        <translation>Đang chuẩn bị âm thanh (xử lý các đoạn)…</translation>
    </message>
    <message>
        <source>Item %1 of %2: %3</source>
        <translation>Mục %1/%2: %3</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>tạm dừng</translation>
    </message>
</context>
<context>
    <name>OutletDialog</name>
    <message>
        <source>Edit outlet</source>
        <translation>Sửa điểm phát</translation>
    </message>
    <message>
        <source>New outlet</source>
        <translation>Điểm phát mới</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Kích thước khác</translation>
    </message>
    <message>
        <source>e.g. Commune gate, Hamlet 3 culture house</source>
        <translation>ví dụ: Cổng chào xã, Nhà văn hóa thôn 3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Kích thước điểm ảnh</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Tốc độ khung hình</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
</context>
<context>
    <name>OutletPlayoutBox</name>
    <message>
        <source>Play-out from this PC</source>
        <translation>Phát từ máy tính này</translation>
    </message>
    <message>
        <source>Whole monitor</source>
        <translation>Cả màn hình</translation>
    </message>
    <message>
        <source>Exact region</source>
        <translation>Đúng một vùng</translation>
    </message>
    <message>
        <source>Show region</source>
        <translation>Hiện vùng</translation>
    </message>
    <message>
        <source>Play videos with sound</source>
        <translation>Phát video kèm tiếng</translation>
    </message>
    <message>
        <source>A sender card captures physical pixels: set the monitor&apos;s scale to 100 % and give the rectangle it sends to the board.</source>
        <translation>Card phát (sender card) lấy đúng từng điểm ảnh thật: hãy để tỷ lệ hiển thị của màn hình ở 100 % và nhập đúng vùng mà card gửi lên bảng LED.</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>Đầu ra âm thanh</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Phát trên</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <source>Play-out from this PC: {name}</source>
        <translation>Phát từ máy tính này: {name}</translation>
    </message>
</context>
<context>
    <name>OutletsView</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Kích thước điểm ảnh</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Tốc độ khung hình</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Add outlet…</source>
        <translation>Thêm điểm phát…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Điểm phát</translation>
    </message>
    <message>
        <source>The screens and loudspeaker systems this unit runs. A screen&apos;s exact pixel size is what exports and slides are made for.</source>
        <translation>Các màn hình và hệ thống truyền thanh do đơn vị này vận hành. Bản xuất và trang chữ được tạo đúng theo kích thước điểm ảnh của từng màn hình.</translation>
    </message>
    <message>
        <source>Outlet not saved</source>
        <translation>Không lưu được điểm phát</translation>
    </message>
    <message>
        <source>Remove outlet</source>
        <translation>Xóa điểm phát</translation>
    </message>
</context>
<context>
    <name>OwnKeyBox</name>
    <message>
        <source>This unit&apos;s signing key</source>
        <translation>Khóa ký của đơn vị này</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Tạo khóa</translation>
    </message>
    <message>
        <source>Replace key…</source>
        <translation>Thay khóa…</translation>
    </message>
    <message>
        <source>Save public key…</source>
        <translation>Lưu khóa công khai…</translation>
    </message>
    <message>
        <source>No key yet</source>
        <translation>Chưa có khóa</translation>
    </message>
    <message>
        <source>Create the key once, then save the public key and send it to the unit that collects your logs.</source>
        <translation>Tạo khóa một lần, rồi lưu khóa công khai và gửi cho đơn vị tổng hợp nhật ký của mình.</translation>
    </message>
    <message>
        <source>Save this unit&apos;s code and name first: the key carries them.</source>
        <translation>Hãy lưu mã và tên đơn vị ở thẻ Chung trước: khóa mang theo các thông tin này.</translation>
    </message>
    <message>
        <source>Fingerprint: read it to the unit that collects your logs over the phone when you send the key.</source>
        <translation>Dấu vân tay: khi gửi khóa, hãy đọc qua điện thoại cho đơn vị tổng hợp nhật ký để họ đối chiếu.</translation>
    </message>
    <message>
        <source>Earlier keys (retired): %1</source>
        <translation>Khóa trước đây (đã thôi dùng): %1</translation>
    </message>
    <message>
        <source>Replace key</source>
        <translation>Thay khóa</translation>
    </message>
    <message>
        <source>Make a new signing key? Logs you send from now on are signed with it, and the unit that collects them must trust the new public key (send it and read them the new fingerprint). The old public key is kept as retired.</source>
        <translation>Tạo khóa ký mới? Nhật ký gửi đi từ nay sẽ được ký bằng khóa mới, và đơn vị tổng hợp phải tin cậy khóa công khai mới (gửi khóa và đọc dấu vân tay mới cho họ). Khóa công khai cũ được giữ lại như khóa đã thôi dùng.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>Save public key</source>
        <translation>Lưu khóa công khai</translation>
    </message>
    <message>
        <source>Public key (%1)</source>
        <translation>Khóa công khai (%1)</translation>
    </message>
    <message>
        <source>Saved to %1. Send this file to the unit that collects your logs and read them the fingerprint %2.</source>
        <translation>Đã lưu vào %1. Hãy gửi tệp này cho đơn vị tổng hợp nhật ký và đọc cho họ dấu vân tay %2.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Six months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Khoảng ngày</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>First six months</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <source>Last six months</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Months from the 15th</source>
        <translation>Tháng tính từ ngày 15</translation>
    </message>
    <message>
        <source>Each report month runs from the 15th of the month before to the 14th</source>
        <translation>Mỗi tháng báo cáo tính từ ngày 15 tháng trước đến ngày 14 tháng này</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>This part is coming in a later version of ledcast.</source>
        <translation>Phần này sẽ có trong phiên bản sau của ledcast.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Import plan…</source>
        <translation>Nhập kế hoạch…</translation>
    </message>
    <message>
        <source>Export plan…</source>
        <translation>Xuất kế hoạch…</translation>
    </message>
    <message>
        <source>New plan from this one…</source>
        <translation>Tạo kế hoạch mới từ kế hoạch này…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang áp dụng</translation>
    </message>
    <message>
        <source>Tasks of active plans can be given to media items.</source>
        <translation>Nhiệm vụ của các kế hoạch đang áp dụng có thể được gắn cho tư liệu.</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời gian thực hiện</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên rút gọn</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Tối thiểu</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Content line</source>
        <translation>Tuyến nội dung</translation>
    </message>
    <message>
        <source>Form of communication</source>
        <translation>Hình thức tuyên truyền</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>Ngày trọng điểm</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key tasks&lt;/b&gt; (double-click a name to edit it)</source>
        <translation>&lt;b&gt;Nhiệm vụ trọng tâm&lt;/b&gt; (nháy đúp vào tên để sửa)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Ngày trọng điểm</translation>
    </message>
    <message>
        <source>Content lines</source>
        <translation>Tuyến nội dung</translation>
    </message>
    <message>
        <source>Forms of communication</source>
        <translation>Hình thức tuyên truyền</translation>
    </message>
    <message>
        <source>Loudspeaker systems</source>
        <translation>Hệ thống truyền thanh</translation>
    </message>
    <message>
        <source>Public screens</source>
        <translation>Bảng tin điện tử công cộng</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Trang thông tin điện tử</translation>
    </message>
    <message>
        <source>Mass media</source>
        <translation>Phương tiện thông tin đại chúng</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>Mạng xã hội</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Xuất bản phẩm</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Press information</source>
        <translation>Cung cấp thông tin cho báo chí</translation>
    </message>
    <message>
        <source>Grassroots information system</source>
        <translation>Hệ thống thông tin cơ sở</translation>
    </message>
    <message>
        <source>for each task</source>
        <translation>mỗi nhiệm vụ</translation>
    </message>
    <message>
        <source>for each event</source>
        <translation>mỗi sự kiện</translation>
    </message>
    <message>
        <source>for each unit</source>
        <translation>mỗi đơn vị</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>tổng cộng</translation>
    </message>
    <message>
        <source>over the period</source>
        <translation>trong cả giai đoạn</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>mỗi tháng</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>mỗi tuần</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Nhập kế hoạch</translation>
    </message>
    <message>
        <source>Plan files (*.json)</source>
        <translation>Tệp kế hoạch (*.json)</translation>
    </message>
    <message>
        <source>Plan not imported</source>
        <translation>Không nhập được kế hoạch</translation>
    </message>
    <message>
        <source>Plan imported</source>
        <translation>Đã nhập kế hoạch</translation>
    </message>
    <message>
        <source>Imported “%1” with %2 tasks.</source>
        <translation>Đã nhập “%1” gồm %2 nhiệm vụ.</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Xuất kế hoạch</translation>
    </message>
    <message>
        <source>Plan not exported</source>
        <translation>Không xuất được kế hoạch</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <source>Code of the new plan:</source>
        <translation>Mã của kế hoạch mới:</translation>
    </message>
    <message>
        <source>Name of the new plan:</source>
        <translation>Tên của kế hoạch mới:</translation>
    </message>
    <message>
        <source>Plan not created</source>
        <translation>Không tạo được kế hoạch</translation>
    </message>
</context>
<context>
    <name>PlaylistItemsModel</name>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Cắt đoạn</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lưu ý</translation>
    </message>
</context>
<context>
    <name>PlaylistView</name>
    <message>
        <source>New playlist…</source>
        <translation>Chương trình phát mới…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>Chương trình phát</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Điểm phát</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Gỡ mục</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Trim…</source>
        <translation>Cắt đoạn…</translation>
    </message>
    <message>
        <source>Drag items from the library on the right (or select them and press Add), drag rows to reorder, double-click a picture&apos;s duration to change it.</source>
        <translation>Kéo tư liệu từ thư viện bên phải vào (hoặc chọn rồi bấm Thêm), kéo các dòng để đổi thứ tự, nháy đúp vào thời lượng của hình ảnh để thay đổi.</translation>
    </message>
    <message>
        <source>Create a playlist for a loudspeaker session or a screen loop with “New playlist…”.</source>
        <translation>Hãy bấm “Chương trình phát mới…” để tạo chương trình phát cho một buổi phát trên loa hoặc một vòng phát lặp trên màn hình.</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Tìm trong thư viện</translation>
    </message>
    <message>
        <source>◀ Add</source>
        <translation>◀ Thêm</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>(no outlet)</source>
        <translation>(chưa gắn điểm phát)</translation>
    </message>
    <message>
        <source>Total: %1 · %2 item(s)</source>
        <translation>Tổng: %1 · %2 mục</translation>
    </message>
    <message>
        <source> (incl. %1 of gaps and jingles)</source>
        <translation> (gồm %1 khoảng nghỉ và nhạc hiệu)</translation>
    </message>
    <message>
        <source>Tasks covered: %1</source>
        <translation>Nhiệm vụ được tuyên truyền: %1</translation>
    </message>
    <message>
        <source>Tasks covered: none (outside the plan)</source>
        <translation>Nhiệm vụ được tuyên truyền: không có (ngoài kế hoạch)</translation>
    </message>
    <message>
        <source>Playlist not created</source>
        <translation>Không tạo được chương trình phát</translation>
    </message>
    <message>
        <source>Delete playlist</source>
        <translation>Xóa chương trình phát</translation>
    </message>
    <message>
        <source>Delete the playlist “%1” and its schedules? The library items stay.</source>
        <translation>Xóa chương trình phát “%1” cùng các lịch phát của chương trình? Tư liệu trong thư viện vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Không thêm được</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Cắt đoạn</translation>
    </message>
    <message>
        <source>Pictures and slides have a duration: double-click it to change it.</source>
        <translation>Hình ảnh và trang chữ không cắt đoạn mà đặt thời lượng: nháy đúp vào thời lượng để thay đổi.</translation>
    </message>
</context>
<context>
    <name>Playout</name>
    <message>
        <source>{outlet}: starts “{playlist}” (scheduled {scheduled}).</source>
        <translation>{outlet}: bắt đầu phát “{playlist}” (lịch {scheduled}).</translation>
    </message>
    <message>
        <source>{outlet}: “{playlist}” resumes at item {item}.</source>
        <translation>{outlet}: phát tiếp “{playlist}” từ mục {item}.</translation>
    </message>
    <message>
        <source>{outlet}: EMERGENCY “{playlist}” interrupts “{interrupted}” at item {item}.</source>
        <translation>{outlet}: KHẨN CẤP “{playlist}” ngắt “{interrupted}” tại mục {item}.</translation>
    </message>
    <message>
        <source>{outlet}: “{playlist}” is playing.</source>
        <translation>{outlet}: đang phát “{playlist}”.</translation>
    </message>
    <message>
        <source>{outlet}: “{playlist}” scheduled {scheduled} was missed; it is not started late on its own.</source>
        <translation>{outlet}: “{playlist}” lịch {scheduled} đã bị lỡ; phần mềm không tự phát muộn.</translation>
    </message>
    <message>
        <source>{outlet}: “{playlist}”, interrupted by an emergency, is skipped.</source>
        <translation>{outlet}: “{playlist}” bị tin khẩn cấp ngắt, được bỏ qua.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock reads {now}, earlier than {last} already logged. Check the date and time of this PC: airings would be logged at the wrong time.</source>
        <translation>Đồng hồ máy tính đang chỉ {now}, sớm hơn {last} đã ghi trong nhật ký. Hãy kiểm tra ngày giờ của máy: nếu sai, các lượt phát sẽ bị ghi sai giờ.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ngay bây giờ</translation>
    </message>
</context>
<context>
    <name>PlayoutRulesBox</name>
    <message>
        <source>Play-out rules</source>
        <translation>Quy tắc phát tự động</translation>
    </message>
    <message>
        <source>resume the interrupted programme</source>
        <translation>phát tiếp chương trình bị ngắt</translation>
    </message>
    <message>
        <source>skip the interrupted programme</source>
        <translation>bỏ qua chương trình bị ngắt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>After an emergency</source>
        <translation>Sau chương trình khẩn cấp</translation>
    </message>
    <message>
        <source>Late start allowed</source>
        <translation>Cho phép bắt đầu muộn</translation>
    </message>
    <message>
        <source>Log a stopped item after</source>
        <translation>Ghi nhật ký mục bị dừng khi đã phát</translation>
    </message>
    <message>
        <source>A programme found due later than this (the PC was off or busy) is shown as missed, not started on its own. An item stopped before this share of it has played is not logged.</source>
        <translation>Chương trình đã quá giờ phát lâu hơn mức này (máy tắt hoặc đang bận) được báo là bị lỡ, không tự phát muộn. Mục bị dừng khi chưa phát đến tỷ lệ này thì không được ghi vào nhật ký phát.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Select an item to preview it.</source>
        <translation>Chọn một tư liệu để xem trước.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Original file: %1</source>
        <translation>Tệp gốc: %1</translation>
    </message>
    <message>
        <source>Picture: %1×%2</source>
        <translation>Hình ảnh: %1×%2</translation>
    </message>
    <message>
        <source>Slide: %1×%2</source>
        <translation>Trang chữ: %1×%2</translation>
    </message>
    <message>
        <source>Sound: %1, %2 Hz, %3 channel(s)</source>
        <translation>Âm thanh: %1, %2 Hz, %3 kênh</translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>Nhiệm vụ: %1</translation>
    </message>
    <message>
        <source>Outside the plan (no task)</source>
        <translation>Ngoài kế hoạch (không gắn nhiệm vụ)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>Tìm t&amp;rong:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nơi mở gần đây</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Bạn có muốn thay thế không?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Kh&amp;ông với tất cả</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua lỗi</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Communication results against the plan</source>
        <translation>Kết quả tuyên truyền theo kế hoạch</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Unit(s)</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <source>Outside the plan</source>
        <translation>Ngoài kế hoạch</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Theo tháng</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>Tên nhiệm vụ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Airings</source>
        <translation>Lượt phát</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Số tin, bài</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Results of carrying out the {plan}</source>
        <translation>Kết quả thực hiện {plan}</translation>
    </message>
    <message>
        <source>{place}, {day}/{month}/{year}</source>
        <translation>{place}, ngày {day} tháng {month} năm {year}</translation>
    </message>
    <message>
        <source>Period: month {n}/{year}</source>
        <translation>Kỳ báo cáo: tháng {n}/{year}</translation>
    </message>
    <message>
        <source>Period: quarter {roman}/{year}</source>
        <translation>Kỳ báo cáo: quý {roman}/{year}</translation>
    </message>
    <message>
        <source>Period: first six months of {year}</source>
        <translation>Kỳ báo cáo: 6 tháng đầu năm {year}</translation>
    </message>
    <message>
        <source>Period: last six months of {year}</source>
        <translation>Kỳ báo cáo: 6 tháng cuối năm {year}</translation>
    </message>
    <message>
        <source>Period: year {year}</source>
        <translation>Kỳ báo cáo: năm {year}</translation>
    </message>
    <message>
        <source>Period: from {start} to {end}</source>
        <translation>Kỳ báo cáo: từ ngày {start} đến ngày {end}</translation>
    </message>
    <message>
        <source>Results by task and channel</source>
        <translation>Kết quả theo nhiệm vụ và hình thức</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Each cell: distinct items / airings.</source>
        <translation>Mỗi ô: số tin, bài / số lượt phát.</translation>
    </message>
    <message>
        <source>Distinct items against the target, by task</source>
        <translation>Số tin, bài so với chỉ tiêu, theo nhiệm vụ</translation>
    </message>
    <message>
        <source>Distinct items</source>
        <translation>Số tin, bài</translation>
    </message>
    <message>
        <source>Target (minimum – maximum)</source>
        <translation>Chỉ tiêu (tối thiểu – tối đa)</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Items per task on</source>
        <translation>Số tin, bài theo nhiệm vụ trên</translation>
    </message>
    <message>
        <source>Distinct items</source>
        <translation>Số tin, bài</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Tin, bài</translation>
    </message>
    <message>
        <source>Target for the period</source>
        <translation>Chỉ tiêu trong kỳ</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Make report</source>
        <translation>Lập báo cáo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>By task</source>
        <translation>Theo nhiệm vụ</translation>
    </message>
    <message>
        <source>Save XLSX…</source>
        <translation>Lưu XLSX…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Lưu CSV…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>The report in the administrative form, to print, sign and send</source>
        <translation>Báo cáo theo thể thức văn bản hành chính, để in, ký và gửi</translation>
    </message>
    <message>
        <source>Letterhead…</source>
        <translation>Thông tin văn bản…</translation>
    </message>
    <message>
        <source>The parent body, place, signer and recipients the PDF prints</source>
        <translation>Cơ quan chủ quản, địa danh, người ký và nơi nhận in trên báo cáo PDF</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>This unit</source>
        <translation>Đơn vị này</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Several units…</source>
        <translation>Chọn nhiều đơn vị…</translation>
    </message>
    <message>
        <source>%1 units: %2</source>
        <translation>%1 đơn vị: %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang tổng hợp…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Đã lưu báo cáo vào %1.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule</source>
        <translation>Lịch phát</translation>
    </message>
    <message>
        <source>Edit schedule</source>
        <translation>Sửa lịch phát</translation>
    </message>
    <message>
        <source>At these times</source>
        <translation>Phát vào các giờ này</translation>
    </message>
    <message>
        <source>Play continuously from … to …</source>
        <translation>Phát liên tục từ … đến …</translation>
    </message>
    <message>
        <source>The playlist repeats back to back in this window, e.g. a screen loop all day</source>
        <translation>Chương trình phát lặp lại nối tiếp nhau trong khung giờ này, ví dụ vòng lặp màn hình LED cả ngày</translation>
    </message>
    <message>
        <source>One or more start times, e.g. 06:00, 17:30</source>
        <translation>Một hoặc nhiều giờ phát, ví dụ 06:00, 17:30</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Thứ trong tuần</translation>
    </message>
    <message>
        <source>Start times</source>
        <translation>Giờ phát</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Khung giờ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <source>Airings each time</source>
        <translation>Số lần phát mỗi khung giờ</translation>
    </message>
    <message>
        <source>Gap between repeats</source>
        <translation>Khoảng nghỉ giữa các lần phát lại</translation>
    </message>
    <message>
        <source>Tick at least one weekday.</source>
        <translation>Hãy chọn ít nhất một thứ trong tuần.</translation>
    </message>
    <message>
        <source>Plays %1 a day, back to back, on %2 day(s).</source>
        <translation>Phát %1 mỗi ngày, nối tiếp nhau, trong %2 ngày.</translation>
    </message>
    <message>
        <source>%1 airing(s) in this period.</source>
        <translation>%1 lượt phát trong khoảng thời gian này.</translation>
    </message>
</context>
<context>
    <name>ScheduleFile</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Plays until</source>
        <translation>Phát đến</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Số lượt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Length (s)</source>
        <translation>Thời lượng (giây)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Airing no.</source>
        <translation>Lần phát thứ</translation>
    </message>
    <message>
        <source>%Y-%m-%d</source>
        <translation>%d/%m/%Y</translation>
    </message>
</context>
<context>
    <name>ScheduleSection</name>
    <message>
        <source>Dates</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Thứ trong tuần</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Giờ phát</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Phát lại</translation>
    </message>
    <message>
        <source>Double-click a schedule to edit it</source>
        <translation>Nháy đúp vào một lịch để sửa</translation>
    </message>
    <message>
        <source>Add schedule…</source>
        <translation>Thêm lịch phát…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>Xóa lịch phát</translation>
    </message>
    <message>
        <source>This programme&apos;s schedule</source>
        <translation>Lịch của chương trình này</translation>
    </message>
    <message>
        <source>continuously %1–%2</source>
        <translation>liên tục %1–%2</translation>
    </message>
    <message>
        <source>Schedule not added</source>
        <translation>Không thêm được lịch phát</translation>
    </message>
    <message>
        <source>Schedule not changed</source>
        <translation>Không sửa được lịch phát</translation>
    </message>
    <message>
        <source>Remove the selected schedule? Its airings leave the agenda.</source>
        <translation>Xóa lịch phát đã chọn? Các lần phát của lịch này sẽ không còn trong Lịch phát.</translation>
    </message>
    <message>
        <source>Remove the %1 selected schedules? Their airings leave the agenda.</source>
        <translation>Xóa %1 lịch phát đã chọn? Các lần phát của chúng sẽ không còn trong Lịch phát.</translation>
    </message>
</context>
<context>
    <name>SendLogDialog</name>
    <message>
        <source>Send the airing log</source>
        <translation>Gửi nhật ký phát</translation>
    </message>
    <message>
        <source>One signed file with this unit&apos;s airings, for the level above: copy it to a USB stick, or send it by e-mail or Zalo. There it is checked against this unit&apos;s key.</source>
        <translation>Một tệp có chữ ký chứa các lượt phát của đơn vị, để gửi cấp trên: chép vào USB, hoặc gửi qua thư điện tử hay Zalo. Cấp trên sẽ kiểm tra tệp bằng khóa của đơn vị.</translation>
    </message>
    <message>
        <source>New since the last file sent</source>
        <translation>Phần mới kể từ tệp gửi lần trước</translation>
    </message>
    <message>
        <source>The airings of these days</source>
        <translation>Các lượt phát trong những ngày</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Signed with this unit&apos;s key: %1</source>
        <translation>Ký bằng khóa của đơn vị: %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>%1 airing(s) of this unit on these days.</source>
        <translation>%1 lượt phát của đơn vị trong những ngày này.</translation>
    </message>
    <message>
        <source>No file sent yet: the first one holds all %1 airing(s) of this unit.</source>
        <translation>Chưa gửi tệp nào: tệp đầu tiên gồm toàn bộ %1 lượt phát của đơn vị.</translation>
    </message>
    <message>
        <source>%1 new airing(s) since the last file sent.</source>
        <translation>%1 lượt phát mới kể từ tệp gửi lần trước.</translation>
    </message>
    <message>
        <source>%1 new airing(s) since the last file sent, on %2.</source>
        <translation>%1 lượt phát mới kể từ tệp gửi lần trước, lúc %2.</translation>
    </message>
    <message>
        <source>Save the signed airing log</source>
        <translation>Lưu nhật ký phát có chữ ký</translation>
    </message>
    <message>
        <source>Signed airing log (*.json)</source>
        <translation>Nhật ký phát có chữ ký (*.json)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Hãy chọn nơi lưu tệp.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it? A file not yet delivered would be lost.</source>
        <translation>Tệp %1 đã có. Ghi đè lên? Nếu tệp đó chưa được gửi đi thì sẽ mất.</translation>
    </message>
    <message>
        <source>Nothing new to send: every airing is in a file already sent. No file was written.</source>
        <translation>Không có gì mới để gửi: mọi lượt phát đều đã nằm trong tệp gửi trước. Không ghi tệp nào.</translation>
    </message>
    <message>
        <source>This unit has no airing on these days. No file was written.</source>
        <translation>Đơn vị không có lượt phát nào trong những ngày này. Không ghi tệp nào.</translation>
    </message>
    <message>
        <source>Sent %1 airing(s) of unit %2 to
%3

Signed with the key %4: the level above sees the same fingerprint for this unit.</source>
        <translation>Đã ghi %1 lượt phát của đơn vị %2 vào
%3

Ký bằng khóa %4: cấp trên sẽ thấy đúng dấu vân tay này cho đơn vị.</translation>
    </message>
    <message>
        <source>This unit has no signing key yet. Create the unit&apos;s signing key first in Settings, and give its public key to the level above: they trust it once, then check every file by it.</source>
        <translation>Đơn vị chưa có khóa ký. Hãy tạo khóa ký của đơn vị trước trong Cài đặt, rồi gửi khóa công khai cho cấp trên: cấp trên tin cậy khóa một lần, sau đó dùng nó kiểm tra mọi tệp gửi lên.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>e.g. XA-TANCUONG</source>
        <translation>ví dụ: XA-TANCUONG</translation>
    </message>
    <message>
        <source>e.g. Tan Cuong Commune People&apos;s Committee</source>
        <translation>ví dụ: UBND xã Tân Cương</translation>
    </message>
    <message>
        <source>Save unit</source>
        <translation>Lưu đơn vị</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Thư mục làm việc</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Signing key and trusted units</source>
        <translation>Khóa ký và đơn vị tin cậy</translation>
    </message>
    <message>
        <source>Automatic play-out</source>
        <translation>Phát tự động</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The loudness every item is brought to. -16 LUFS suits most loudspeaker systems; a lower number is quieter. It can be changed for one export on the Export page.</source>
        <translation>Độ lớn mà mọi mục được đưa về. -16 LUFS hợp với phần lớn hệ thống loa; số càng thấp càng nhỏ. Có thể đổi riêng cho một lần xuất ở trang Xuất.</translation>
    </message>
    <message>
        <source>No peak goes above this after the gain: loud items are held under it by a limiter, so amplifiers and horns do not distort.</source>
        <translation>Sau khi chỉnh mức, không đỉnh nào vượt quá mức này: mục quá to được bộ giới hạn giữ lại, để âm ly và loa không bị méo tiếng.</translation>
    </message>
    <message>
        <source>Sound quieter than this counts as silence; silence at the start and end of an item is cut.</source>
        <translation>Âm thanh nhỏ hơn mức này được coi là im lặng; đoạn im lặng ở đầu và cuối mỗi mục sẽ được cắt bỏ.</translation>
    </message>
    <message>
        <source>Shorter silences at the start and end of an item are kept.</source>
        <translation>Đoạn im lặng ngắn hơn ở đầu và cuối mục được giữ lại.</translation>
    </message>
    <message>
        <source>No gap</source>
        <translation>Không nghỉ</translation>
    </message>
    <message>
        <source>Silence between items in a programme (numbered files have none).</source>
        <translation>Khoảng lặng giữa các mục trong một chương trình (tệp đánh số không có).</translation>
    </message>
    <message>
        <source>%1 kb/s</source>
        <translation>%1 kb/s</translation>
    </message>
    <message>
        <source>128 kb/s is plenty for speech on loudspeakers; some USB boxes play only up to 192 kb/s.</source>
        <translation>128 kb/s là đủ cho tiếng nói trên loa; một số hộp phát USB chỉ phát được tới 192 kb/s.</translation>
    </message>
    <message>
        <source>Mono (loudspeakers)</source>
        <translation>Mono (loa)</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>Stereo</translation>
    </message>
    <message>
        <source>Played before every loudspeaker programme (an audio item from the Library).</source>
        <translation>Phát trước mỗi chương trình trên loa (một tư liệu âm thanh trong Thư viện).</translation>
    </message>
    <message>
        <source>Played after every loudspeaker programme (an audio item from the Library).</source>
        <translation>Phát sau mỗi chương trình trên loa (một tư liệu âm thanh trong Thư viện).</translation>
    </message>
    <message>
        <source>Save loudspeaker settings</source>
        <translation>Lưu cài đặt xuất cho loa</translation>
    </message>
    <message>
        <source>Fill in the defaults</source>
        <translation>Điền giá trị mặc định</translation>
    </message>
    <message>
        <source>Put the usual values in the boxes (jingles are kept); nothing is stored until you save.</source>
        <translation>Điền các giá trị thường dùng vào ô (giữ nguyên nhạc hiệu); chưa lưu gì cho đến khi bấm Lưu.</translation>
    </message>
    <message>
        <source>A changed silence threshold is applied to items when they are next exported:
each item is measured again on first use, which takes a moment.</source>
        <translation>Ngưỡng im lặng mới được áp dụng cho các mục ở lần xuất tiếp theo:
mỗi mục được đo lại ở lần dùng đầu tiên, mất một chút thời gian.</translation>
    </message>
    <message>
        <source>True-peak ceiling</source>
        <translation>Đỉnh thực tối đa</translation>
    </message>
    <message>
        <source>lasting at least</source>
        <translation>kéo dài ít nhất</translation>
    </message>
    <message>
        <source>Loudness target</source>
        <translation>Độ lớn mục tiêu</translation>
    </message>
    <message>
        <source>Silence threshold</source>
        <translation>Ngưỡng im lặng</translation>
    </message>
    <message>
        <source>Gap between items</source>
        <translation>Khoảng nghỉ giữa các mục</translation>
    </message>
    <message>
        <source>MP3 format</source>
        <translation>Định dạng MP3</translation>
    </message>
    <message>
        <source>Intro jingle</source>
        <translation>Nhạc hiệu mở đầu</translation>
    </message>
    <message>
        <source>Outro jingle</source>
        <translation>Nhạc hiệu kết thúc</translation>
    </message>
    <message>
        <source>Loudspeaker export</source>
        <translation>Xuất cho loa</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Defaults filled in: save to keep them.</source>
        <translation>Đã điền giá trị mặc định: bấm Lưu để giữ lại.</translation>
    </message>
    <message>
        <source>Saved. The next loudspeaker export uses these settings.</source>
        <translation>Đã lưu. Lần xuất cho loa tiếp theo sẽ dùng các cài đặt này.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>Automatic: 5 GB, or a tenth of the free disk space when that is less. After each export the segments used longest ago are removed until the cache fits.</source>
        <translation>Tự động: 5 GB, hoặc một phần mười dung lượng đĩa còn trống nếu ít hơn. Sau mỗi lần xuất, các đoạn lâu nhất không dùng đến được xóa cho đến khi bộ nhớ đệm vừa giới hạn.</translation>
    </message>
    <message>
        <source>Set limit</source>
        <translation>Đặt giới hạn</translation>
    </message>
    <message>
        <source>Empty cache</source>
        <translation>Xóa bộ nhớ đệm</translation>
    </message>
    <message>
        <source>Remove every rendered segment. Nothing exported is lost; the next export of each playlist takes longer.</source>
        <translation>Xóa mọi đoạn đã dựng. Không mất gì đã xuất; lần xuất tiếp theo của mỗi danh sách phát sẽ lâu hơn.</translation>
    </message>
    <message>
        <source>In the cache</source>
        <translation>Trong bộ nhớ đệm</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Giới hạn</translation>
    </message>
    <message>
        <source>Cache of rendered segments</source>
        <translation>Bộ nhớ đệm đoạn đã dựng</translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <translation>%1 (tự động)</translation>
    </message>
    <message>
        <source>%1 in %2 files; limit %3</source>
        <translation>%1 trong %2 tệp; giới hạn %3</translation>
    </message>
    <message>
        <source>Remove every rendered segment? Exports already written are not touched; the next export of each playlist renders again.</source>
        <translation>Xóa mọi đoạn đã dựng? Các bản đã xuất không bị ảnh hưởng; lần xuất tiếp theo của mỗi danh sách phát sẽ dựng lại.</translation>
    </message>
    <message>
        <source>Emptying…</source>
        <translation>Đang xóa…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The new language is used the next time ledcast starts.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng từ lần khởi động ledcast tiếp theo.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Không lưu được</translation>
    </message>
</context>
<context>
    <name>SlideEditorDialog</name>
    <message>
        <source>Edit slide</source>
        <translation>Sửa trang chữ</translation>
    </message>
    <message>
        <source>New slide</source>
        <translation>Trang chữ mới</translation>
    </message>
    <message>
        <source>e.g. Online public services</source>
        <translation>ví dụ: Dịch vụ công trực tuyến</translation>
    </message>
    <message>
        <source>Optional text under the title</source>
        <translation>Nội dung dưới tiêu đề (không bắt buộc)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ ảnh</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Trái</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Giữa</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Phải</translation>
    </message>
    <message>
        <source>Other size…</source>
        <translation>Kích thước khác…</translation>
    </message>
    <message>
        <source>W×H, e.g. 384×192</source>
        <translation>Rộng×Cao, ví dụ 384×192</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Màu chữ</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Màu nền</translation>
    </message>
    <message>
        <source>Background picture</source>
        <translation>Ảnh nền</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Căn lề</translation>
    </message>
    <message>
        <source>Screen size</source>
        <translation>Kích thước màn hình</translation>
    </message>
    <message>
        <source>None (outside the plan)</source>
        <translation>Không (ngoài kế hoạch)</translation>
    </message>
    <message>
        <source>Plan task</source>
        <translation>Nhiệm vụ kế hoạch</translation>
    </message>
    <message>
        <source>The text is fitted automatically: the largest size at which it all fits the screen. Keep slides for small LED boards short.</source>
        <translation>Cỡ chữ được chọn tự động: cỡ lớn nhất mà toàn bộ nội dung vẫn vừa màn hình. Trang chữ cho bảng LED nhỏ nên viết ngắn gọn.</translation>
    </message>
    <message>
        <source>Type a title to see the slide.</source>
        <translation>Nhập tiêu đề để xem trước trang chữ.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Không có bản xem trước</translation>
    </message>
    <message>
        <source>Screen %1×%2 px</source>
        <translation>Màn hình %1×%2 px</translation>
    </message>
    <message>
        <source>title %1 px</source>
        <translation>tiêu đề %1 px</translation>
    </message>
    <message>
        <source>text %1 px</source>
        <translation>nội dung %1 px</translation>
    </message>
    <message>
        <source>smallest legible %1 px</source>
        <translation>cỡ nhỏ nhất đọc được %1 px</translation>
    </message>
    <message>
        <source>shown at %1×</source>
        <translation>đang phóng to %1×</translation>
    </message>
    <message>
        <source>Full HD screen</source>
        <translation>Màn hình Full HD</translation>
    </message>
    <message>
        <source>HD screen</source>
        <translation>Màn hình HD</translation>
    </message>
    <message>
        <source>LED, portrait</source>
        <translation>LED dọc</translation>
    </message>
    <message>
        <source>LED board</source>
        <translation>Bảng LED</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>Hình ảnh (%1)</translation>
    </message>
</context>
<context>
    <name>TaskPickerDialog</name>
    <message>
        <source>Plan tasks</source>
        <translation>Nhiệm vụ của kế hoạch</translation>
    </message>
    <message>
        <source>Tick the tasks these items serve. None ticked: outside the plan.</source>
        <translation>Đánh dấu các nhiệm vụ mà những tư liệu này phục vụ. Không đánh dấu nhiệm vụ nào: ngoài kế hoạch.</translation>
    </message>
</context>
<context>
    <name>TrimDialog</name>
    <message>
        <source>Trim</source>
        <translation>Cắt đoạn</translation>
    </message>
    <message>
        <source>Play selection</source>
        <translation>Nghe đoạn đã chọn</translation>
    </message>
    <message>
        <source>Play only part of the item (length %1).</source>
        <translation>Chỉ phát một đoạn của tư liệu (thời lượng %1).</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>Bắt đầu từ</translation>
    </message>
    <message>
        <source>End at</source>
        <translation>Kết thúc tại</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Trust a unit&apos;s key</source>
        <translation>Tin cậy khóa của một đơn vị</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Call the unit and ask them to read the fingerprint shown in their Settings. Trust this key only if it is exactly the same: a different fingerprint means the file is not theirs or was changed on the way.</source>
        <translation>Hãy gọi điện cho đơn vị đó và đề nghị họ đọc dấu vân tay trong mục Cài đặt của họ. Chỉ tin cậy khóa này khi dấu vân tay giống hệt: nếu khác, tệp không phải của họ hoặc đã bị sửa trên đường gửi.</translation>
    </message>
    <message>
        <source>Yes, the fingerprints match</source>
        <translation>Đúng, dấu vân tay trùng khớp</translation>
    </message>
</context>
<context>
    <name>TrustedKeysBox</name>
    <message>
        <source>Trusted keys of other units</source>
        <translation>Khóa tin cậy của các đơn vị khác</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Dấu vân tay</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Trust a unit&apos;s key…</source>
        <translation>Tin cậy khóa đơn vị…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Trust a unit&apos;s key</source>
        <translation>Tin cậy khóa của một đơn vị</translation>
    </message>
    <message>
        <source>Public key (%1)</source>
        <translation>Khóa công khai (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Stop trusting the key of %1? Logs signed with it are refused from now on (airings already imported stay). To take its logs again, trust its key file anew.</source>
        <translation>Thôi tin cậy khóa của %1? Từ nay nhật ký ký bằng khóa này sẽ bị từ chối (các lượt phát đã nhập vẫn giữ nguyên). Muốn nhận lại nhật ký của đơn vị này, hãy tin cậy lại tệp khóa của họ.</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>This installation&apos;s unit</source>
        <translation>Đơn vị sử dụng phần mềm</translation>
    </message>
    <message>
        <source>e.g. XA-TANCUONG</source>
        <translation>VD: XA-TANCUONG</translation>
    </message>
    <message>
        <source>e.g. Tan Cuong Commune People&apos;s Committee</source>
        <translation>VD: UBND xã Tân Cương</translation>
    </message>
    <message>
        <source>Every airing in the log carries the code of the unit that aired it. Enter it once; it can be changed later in Settings → Unit.</source>
        <translation>Mỗi lượt phát trong nhật ký đều mang mã của đơn vị đã phát. Chỉ cần nhập một lần; có thể sửa sau trong Cài đặt → Đơn vị.</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
</context>
<context>
    <name>UnitsBox</name>
    <message>
        <source>Units and their logs</source>
        <translation>Các đơn vị và nhật ký của họ</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Airings</source>
        <translation>Lượt phát</translation>
    </message>
    <message>
        <source>First airing</source>
        <translation>Phát đầu tiên</translation>
    </message>
    <message>
        <source>Last airing</source>
        <translation>Phát gần nhất</translation>
    </message>
    <message>
        <source>Last file</source>
        <translation>Tệp gần nhất</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Đã báo cáo</translation>
    </message>
    <message>
        <source>No file in the last %1 days from: %2</source>
        <translation>Không có tệp nào trong %1 ngày qua từ: %2</translation>
    </message>
    <message>
        <source>Every unit sent a file in the last two weeks.</source>
        <translation>Mọi đơn vị đều đã gửi tệp trong hai tuần qua.</translation>
    </message>
    <message>
        <source>No other unit yet: trust a unit&apos;s key above, then import its logs on the Airing log page.</source>
        <translation>Chưa có đơn vị nào khác: hãy tin cậy khóa của đơn vị ở trên, rồi nhập nhật ký của họ ở trang Nhật ký phát.</translation>
    </message>
    <message>
        <source>This unit</source>
        <translation>Đơn vị này</translation>
    </message>
    <message>
        <source>No file for %1+ days</source>
        <translation>Quá %1 ngày chưa gửi</translation>
    </message>
    <message>
        <source>No file yet</source>
        <translation>Chưa gửi tệp nào</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <source>Units in the report</source>
        <translation>Đơn vị trong báo cáo</translation>
    </message>
    <message>
        <source>Tick the units to count together:</source>
        <translation>Đánh dấu các đơn vị cần tổng hợp chung:</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to ledcast</source>
        <translation>Chào mừng đến với ledcast</translation>
    </message>
    <message>
        <source>A few things before you start. Everything here can be changed later on the Settings page.</source>
        <translation>Vài thông tin trước khi bắt đầu. Mọi mục ở đây đều có thể sửa sau trong trang Cài đặt.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Đơn vị của bạn</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Unit above</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Its code</source>
        <translation>Mã cấp trên</translation>
    </message>
    <message>
        <source>Its name</source>
        <translation>Tên cấp trên</translation>
    </message>
    <message>
        <source>e.g. XA-TANCUONG</source>
        <translation>ví dụ: XA-TANCUONG</translation>
    </message>
    <message>
        <source>e.g. Tan Cuong Commune People&apos;s Committee</source>
        <translation>ví dụ: UBND xã Tân Cương</translation>
    </message>
    <message>
        <source>e.g. TT-KV1 (optional)</source>
        <translation>ví dụ: TT-KV1 (không bắt buộc)</translation>
    </message>
    <message>
        <source>e.g. Regional Culture and Communication Centre 1</source>
        <translation>ví dụ: Trung tâm Văn hóa - Truyền thông khu vực 1</translation>
    </message>
    <message>
        <source>Regional centre</source>
        <translation>Trung tâm khu vực</translation>
    </message>
    <message>
        <source>The province</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>District centre (former)</source>
        <translation>Trung tâm cấp huyện (trước đây)</translation>
    </message>
    <message>
        <source>The unit above collects your airing log for its reports. Since 1 July 2025 there are no districts: it is usually a regional centre or the province.</source>
        <translation>Đơn vị cấp trên nhận nhật ký phát sóng của bạn để tổng hợp báo cáo. Từ 1/7/2025 không còn cấp huyện: cấp trên thường là trung tâm khu vực hoặc cấp tỉnh.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>The airing logs you send are signed with it. Read the fingerprint to the unit above by phone when you send them your public key.</source>
        <translation>Nhật ký phát sóng bạn gửi đi được ký bằng khóa này. Khi gửi khóa công khai cho cấp trên, hãy đọc dấu vân tay qua điện thoại để họ đối chiếu.</translation>
    </message>
    <message>
        <source>Demo content</source>
        <translation>Nội dung mẫu</translation>
    </message>
    <message>
        <source>A small example to try the app at once: a slide for each task of the plan, a jingle, two test bulletins, a 384×192 screen, a loudspeaker and their playlists, approved and scheduled. Names start with “Mẫu – ”; Settings removes it all in one step.</source>
        <translation>Một ví dụ nhỏ để dùng thử ngay: mỗi nhiệm vụ của kế hoạch một trang chữ, một nhạc hiệu, hai bản tin thử, một màn hình 384×192, một hệ thống loa và chương trình phát của chúng, đã duyệt và đã lên lịch. Tên bắt đầu bằng “Mẫu – ”; gỡ tất cả bằng một lần bấm trong Cài đặt.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Key created</source>
        <translation>Đã tạo khóa</translation>
    </message>
    <message>
        <source>Create signing key</source>
        <translation>Tạo khóa ký</translation>
    </message>
    <message>
        <source>Load demo content</source>
        <translation>Nạp nội dung mẫu</translation>
    </message>
    <message>
        <source>Loaded: see the Library, Playlists and Export pages.</source>
        <translation>Đã nạp: xem các trang Thư viện, Chương trình phát và Xuất.</translation>
    </message>
    <message>
        <source>Enter your unit&apos;s code and name (or press Skip to set them later in Settings).</source>
        <translation>Hãy nhập mã và tên đơn vị của bạn (hoặc bấm Bỏ qua để nhập sau trong Cài đặt).</translation>
    </message>
    <message>
        <source>Enter both the code and the name of the unit above, or neither.</source>
        <translation>Hãy nhập cả mã và tên đơn vị cấp trên, hoặc để trống cả hai.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>CSV (opens in Excel) (*.csv)</source>
        <translation>CSV (mở được bằng Excel) (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
</context>
</TS>
