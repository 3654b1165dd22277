<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>CurvesView</name>
    <message>
        <source>ArcFace loss</source>
        <translation>mất mát ArcFace</translation>
    </message>
    <message>
        <source>triplet loss</source>
        <translation>mất mát bộ ba (triplet)</translation>
    </message>
    <message>
        <source>center loss</source>
        <translation>mất mát tâm (center)</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tốc độ học</translation>
    </message>
    <message>
        <source>Training loss (mean per epoch)</source>
        <translation>Mất mát huấn luyện (trung bình mỗi vòng)</translation>
    </message>
    <message>
        <source>Validation (per epoch)</source>
        <translation>Kiểm định (mỗi vòng)</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Mất mát huấn luyện</translation>
    </message>
    <message>
        <source>how far photos lie from their label, by angle</source>
        <translation>ảnh cách nhãn của nó bao xa (tính theo góc)</translation>
    </message>
    <message>
        <source>how large the training steps are (right axis)</source>
        <translation>mỗi bước huấn luyện lớn đến đâu (trục bên phải)</translation>
    </message>
    <message>
        <source>how tightly the photos of a label cluster</source>
        <translation>ảnh cùng một nhãn tụ lại chặt đến đâu</translation>
    </message>
    <message>
        <source>how well all photos of the right label rank first (1 is perfect)</source>
        <translation>mọi ảnh đúng nhãn có đứng đầu danh sách không (1 là hoàn hảo)</translation>
    </message>
    <message>
        <source>loss (lower is better)</source>
        <translation>mất mát (càng thấp càng tốt)</translation>
    </message>
    <message>
        <source>recall@1: share of val photos whose nearest match has the right label</source>
        <translation>recall@1: tỷ lệ ảnh kiểm định có ảnh giống nhất mang đúng nhãn</translation>
    </message>
    <message>
        <source>score (higher is better)</source>
        <translation>điểm (càng cao càng tốt)</translation>
    </message>
    <message>
        <source>share of the closest matches that have the right label</source>
        <translation>tỷ lệ các ảnh giống nhất mang đúng nhãn</translation>
    </message>
    <message>
        <source>total loss (lower is better)</source>
        <translation>tổng mất mát (càng thấp càng tốt)</translation>
    </message>
    <message>
        <source>what training minimises: the terms below added up</source>
        <translation>giá trị mà huấn luyện giảm xuống: tổng các thành phần bên dưới</translation>
    </message>
    <message>
        <source>whether each photo is nearer to photos of its own label than to others</source>
        <translation>mỗi ảnh có gần ảnh cùng nhãn hơn ảnh nhãn khác không</translation>
    </message>
</context>
<context>
    <name>GoldenView</name>
    <message>
        <source>Class or label</source>
        <translation>Lớp hoặc nhãn</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Theo lớp</translation>
    </message>
    <message>
        <source>Per label</source>
        <translation>Theo nhãn</translation>
    </message>
    <message>
        <source>{orientation}, as on the line</source>
        <translation>{orientation} (như trên chuyền)</translation>
    </message>
    <message>
        <source>{name}, turned {degrees}°</source>
        <translation>{name}, xoay {degrees}°</translation>
    </message>
    <message>
        <source>The golden sample of class {name} in each orientation: the photo of it the line compares with, chosen as the most typical of its training photos</source>
        <translation>Mẫu chuẩn của lớp {name} theo từng hướng: ảnh mà chuyền dùng để so sánh, chọn là ảnh tiêu biểu nhất trong các ảnh huấn luyện của lớp</translation>
    </message>
    <message>
        <source>The golden sample of every class in each orientation</source>
        <translation>Mẫu chuẩn của mọi lớp theo từng hướng</translation>
    </message>
    <message>
        <source>The most typical training photos labelled {name}</source>
        <translation>Các ảnh huấn luyện tiêu biểu nhất có nhãn {name}</translation>
    </message>
    <message>
        <source>The most typical training photos of every label</source>
        <translation>Các ảnh huấn luyện tiêu biểu nhất của mọi nhãn</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>1. New run</source>
        <translation>1. Lượt huấn luyện mới</translation>
    </message>
    <message>
        <source>2. Orientation</source>
        <translation>2. Hướng</translation>
    </message>
    <message>
        <source>3. Training</source>
        <translation>3. Huấn luyện</translation>
    </message>
    <message>
        <source>4. Results</source>
        <translation>4. Kết quả</translation>
    </message>
    <message>
        <source>5. Try the model and deploy</source>
        <translation>5. Dùng thử mô hình và triển khai</translation>
    </message>
    <message>
        <source>Choose the input folder (with OK and NG sub-folders of AOI photos), the database and the site and line the photos come from. Test connection tells how many of the photos the database knows there. Pick a training profile and press Start run.</source>
        <translation>Chọn thư mục đầu vào (có các thư mục con OK và NG chứa ảnh AOI), cơ sở dữ liệu, nhà máy và chuyền nơi chụp ảnh. Kiểm tra kết nối cho biết cơ sở dữ liệu biết bao nhiêu ảnh ở đó. Chọn cấu hình huấn luyện rồi nhấn Bắt đầu.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>For each class of photos, say which way the part faces (arrow keys or the buttons), whether it looks the same turned 180°, or leave the class out. Space shows the photos large. You can answer later: the run waits, also over a restart.</source>
        <translation>Với mỗi lớp ảnh, cho biết linh kiện quay về hướng nào (phím mũi tên hoặc các nút), xoay 180° có trông như nhau không, hoặc loại lớp đó ra. Phím cách hiển thị ảnh cỡ lớn. Có thể trả lời sau: lượt huấn luyện sẽ chờ, kể cả khi khởi động lại.</translation>
    </message>
    <message>
        <source>From a folder of AOI photos to a checked, deployable model. Each step has a tab of its own; the app goes to the next one by itself.</source>
        <translation>Từ một thư mục ảnh AOI đến một mô hình đã được kiểm tra, sẵn sàng triển khai. Mỗi bước có một thẻ riêng; ứng dụng tự chuyển sang bước tiếp theo.</translation>
    </message>
    <message>
        <source>Guide: a run in five steps</source>
        <translation>Hướng dẫn: một lượt huấn luyện trong năm bước</translation>
    </message>
    <message>
        <source>Log files for support: {folder}</source>
        <translation>Tệp nhật ký gửi cho bộ phận hỗ trợ: {folder}</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Mở thư mục nhật ký</translation>
    </message>
    <message>
        <source>Progress shows each stage and the time left; Curves shows the training: the losses should fall, the validation scores rise. Cancel stops at the next safe point; History resumes the run.</source>
        <translation>Tiến độ hiển thị từng giai đoạn và thời gian còn lại; Đồ thị hiển thị quá trình huấn luyện: mất mát nên giảm, điểm kiểm định nên tăng. Hủy sẽ dừng ở điểm an toàn kế tiếp; có thể tiếp tục từ Lịch sử.</translation>
    </message>
    <message>
        <source>Try the model on new photos. The run folder&apos;s export/ holds the module for the line: model, thresholds and golden images.</source>
        <translation>Dùng thử mô hình với ảnh mới. Thư mục export/ của lượt huấn luyện chứa mô-đun cho chuyền: mô hình, ngưỡng và ảnh mẫu chuẩn.</translation>
    </message>
    <message>
        <source>What the check would have decided on the validation photos: good parts flagged (false rejects), defects passed (false accepts), per class; the golden samples and the photos worth a look.</source>
        <translation>Kết luận mà bước kiểm tra sẽ đưa ra trên ảnh kiểm định: linh kiện tốt bị đánh lỗi (loại bỏ sai), linh kiện lỗi bị cho qua (chấp nhận sai), theo từng lớp; các mẫu chuẩn và những ảnh đáng xem lại.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Run</source>
        <translation>Lượt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Nhà máy</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Chuyền</translation>
    </message>
    <message>
        <source>Input folder</source>
        <translation>Thư mục đầu vào</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>Runs in {folder}</source>
        <translation>Các lượt trong {folder}</translation>
    </message>
    <message>
        <source>Move run to trash</source>
        <translation>Chuyển lượt huấn luyện vào thùng rác</translation>
    </message>
    <message>
        <source>Move {name} and everything in it to the trash?</source>
        <translation>Chuyển {name} cùng toàn bộ nội dung bên trong vào thùng rác?</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Chưa chuyển</translation>
    </message>
    <message>
        <source>{name} is being worked on by another window or hoam-trainer; it was left alone. Stop that run first.</source>
        <translation>{name} đang được một cửa sổ khác hoặc hoam-trainer xử lý nên được giữ nguyên. Hãy dừng lượt huấn luyện đó trước.</translation>
    </message>
    <message>
        <source>{path} is not a run folder inside {runs}; it was left alone.</source>
        <translation>{path} không phải là thư mục huấn luyện trong {runs}; thư mục được giữ nguyên.</translation>
    </message>
    <message>
        <source>{path} could not be moved to the trash (no trash on this drive?); it was left alone. Delete it in the file manager if you no longer need it.</source>
        <translation>Không thể chuyển {path} vào thùng rác (ổ đĩa này không có thùng rác?); thư mục được giữ nguyên. Nếu không cần nữa, hãy xóa nó trong trình quản lý tệp.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Result on the validation photos</source>
        <translation>Kết quả trên ảnh kiểm định</translation>
    </message>
    <message>
        <source>false accepts {rate}</source>
        <translation>chấp nhận sai {rate}</translation>
    </message>
    <message>
        <source>fit for the line</source>
        <translation>đủ điều kiện cho chuyền</translation>
    </message>
    <message>
        <source>not fit for the line</source>
        <translation>chưa đủ điều kiện cho chuyền</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <source>Click or press Esc to close</source>
        <translation>Nhấp chuột hoặc nhấn Esc để đóng</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HOAM Trainer</source>
        <translation>HOAM Trainer</translation>
    </message>
    <message>
        <source>New run</source>
        <translation>Lượt huấn luyện mới</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Đồ thị</translation>
    </message>
    <message>
        <source>Golden samples</source>
        <translation>Mẫu chuẩn</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Try the model</source>
        <translation>Dùng thử mô hình</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About HOAM Trainer</source>
        <translation>&amp;Giới thiệu HOAM Trainer</translation>
    </message>
    <message>
        <source>A run is active</source>
        <translation>Đang có lượt huấn luyện chạy</translation>
    </message>
    <message>
        <source>Wait for the active run to finish or cancel it first.</source>
        <translation>Hãy chờ lượt đang chạy kết thúc hoặc hủy nó trước.</translation>
    </message>
    <message>
        <source>Cannot create the run folder</source>
        <translation>Không tạo được thư mục cho lượt huấn luyện</translation>
    </message>
    <message>
        <source>Cannot start the run</source>
        <translation>Không bắt đầu được lượt huấn luyện</translation>
    </message>
    <message>
        <source>Run {name} completed.</source>
        <translation>Lượt {name} đã hoàn tất.</translation>
    </message>
    <message>
        <source>Run {name} waits for orientation answers: resume it from History when you are ready.</source>
        <translation>Lượt {name} đang chờ xác nhận hướng: khi sẵn sàng, hãy tiếp tục từ Lịch sử.</translation>
    </message>
    <message>
        <source>Run {name} stopped; resume it from History.</source>
        <translation>Lượt {name} đã dừng; có thể tiếp tục từ Lịch sử.</translation>
    </message>
    <message>
        <source>Run {name} was cancelled.</source>
        <translation>Lượt {name} đã bị hủy.</translation>
    </message>
    <message>
        <source>Run {name} failed: {message}</source>
        <translation>Lượt {name} thất bại: {message}</translation>
    </message>
    <message>
        <source>Stop run {name}? What is done so far stays in its folder, and the run can be resumed from History.</source>
        <translation>Dừng lượt {name}? Phần đã làm được vẫn nằm trong thư mục của nó, và có thể tiếp tục từ Lịch sử.</translation>
    </message>
    <message>
        <source>Stopping at the next safe point…</source>
        <translation>Sẽ dừng ở điểm an toàn kế tiếp…</translation>
    </message>
    <message>
        <source>About HOAM Trainer</source>
        <translation>Giới thiệu HOAM Trainer</translation>
    </message>
    <message>
        <source>HOAM Trainer {version}

Trains and evaluates image-retrieval models that check the orientation and polarity of SMT components from AOI photos.</source>
        <translation>HOAM Trainer {version}

Huấn luyện và đánh giá các mô hình truy xuất ảnh dùng để kiểm tra hướng và cực tính của linh kiện SMT từ ảnh AOI.</translation>
    </message>
    <message>
        <source>Stop run {name} and close? It can be resumed from History later.</source>
        <translation>Dừng lượt {name} và đóng? Sau này có thể tiếp tục từ Lịch sử.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Dừng và đóng</translation>
    </message>
    <message>
        <source>&amp;Guide: a run in five steps</source>
        <translation>&amp;Hướng dẫn: năm bước</translation>
    </message>
    <message>
        <source>A run waits for your answers</source>
        <translation>Một lượt huấn luyện đang chờ câu trả lời của bạn</translation>
    </message>
    <message>
        <source>Answer now</source>
        <translation>Trả lời ngay</translation>
    </message>
    <message>
        <source>HOAM Trainer closed unexpectedly last time. What happened is saved in
{trace}

Please send this file and gui.log from the same folder to your support contact. Runs that were active can be resumed from History.</source>
        <translation>Lần trước HOAM Trainer đã đóng đột ngột. Những gì đã xảy ra được lưu trong
{trace}

Hãy gửi tệp này cùng gui.log trong cùng thư mục cho bộ phận hỗ trợ. Các lượt huấn luyện đang chạy khi đó có thể tiếp tục từ Lịch sử.</translation>
    </message>
    <message>
        <source>Keep training</source>
        <translation>Tiếp tục huấn luyện</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Mở thư mục nhật ký</translation>
    </message>
    <message>
        <source>Other runs that wait: {n}; History lists them.</source>
        <translation>Các lượt khác đang chờ: {n}; xem trong Lịch sử.</translation>
    </message>
    <message>
        <source>Run {name} waits for your orientation answers. Answer them now to go on with it?</source>
        <translation>Lượt {name} đang chờ bạn xác nhận hướng. Trả lời ngay để tiếp tục?</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>Dừng huấn luyện</translation>
    </message>
    <message>
        <source>Stop training?</source>
        <translation>Dừng huấn luyện?</translation>
    </message>
    <message>
        <source>The last session ended in a crash</source>
        <translation>Phiên làm việc trước đã kết thúc do lỗi</translation>
    </message>
</context>
<context>
    <name>NewRunView</name>
    <message>
        <source>Input folder</source>
        <translation>Thư mục đầu vào</translation>
    </message>
    <message>
        <source>Folder with OK/ and NG/ sub-folders of AOI images</source>
        <translation>Thư mục ảnh AOI có các thư mục con OK/ và NG/</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>A site from database_configs.json, or a URL such as sqlite:///path/file.sqlite or postgresql://user@host:5432/db</source>
        <translation>Một nhà máy trong database_configs.json, hoặc một URL như sqlite:///path/file.sqlite hay postgresql://user@host:5432/db</translation>
    </message>
    <message>
        <source>SQLite file…</source>
        <translation>Tệp SQLite…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Nhà máy</translation>
    </message>
    <message>
        <source>e.g. HPH (the site column of the metadata table)</source>
        <translation>ví dụ HPH (cột site của bảng dữ liệu)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Chuyền</translation>
    </message>
    <message>
        <source>e.g. V31</source>
        <translation>ví dụ V31</translation>
    </message>
    <message>
        <source>Training profile</source>
        <translation>Cấu hình huấn luyện</translation>
    </message>
    <message>
        <source>Advanced training settings</source>
        <translation>Cài đặt huấn luyện nâng cao</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Choose the input folder</source>
        <translation>Chọn thư mục đầu vào</translation>
    </message>
    <message>
        <source>Counting images…</source>
        <translation>Đang đếm ảnh…</translation>
    </message>
    <message>
        <source>OK images: {ok}   NG images: {ng}   names that do not parse: {bad}</source>
        <translation>Ảnh OK: {ok}   Ảnh NG: {ng}   tên tệp không đọc được: {bad}</translation>
    </message>
    <message>
        <source>other files: {n}</source>
        <translation>tệp khác: {n}</translation>
    </message>
    <message>
        <source>Choose an SQLite metadata database</source>
        <translation>Chọn cơ sở dữ liệu SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu SQLite (*.sqlite *.sqlite3 *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Connected; the metadata table and its columns are there.</source>
        <translation>Đã kết nối; bảng dữ liệu và các cột của nó đều có.</translation>
    </message>
    <message>
        <source>Server not reachable</source>
        <translation>Không kết nối được máy chủ</translation>
    </message>
    <message>
        <source>SSH tunnel failed</source>
        <translation>Không tạo được đường hầm SSH</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Đăng nhập bị từ chối</translation>
    </message>
    <message>
        <source>Table or column missing</source>
        <translation>Thiếu bảng hoặc cột</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Hết thời gian chờ</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>Lỗi cấu hình</translation>
    </message>
    <message>
        <source>Query failed</source>
        <translation>Truy vấn thất bại</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Settings are valid.</source>
        <translation>Cài đặt hợp lệ.</translation>
    </message>
    <message>
        <source>Connected, but the database knows none of the {photos} photos of this input for site {site}, line {line}.</source>
        <translation>Đã kết nối, nhưng cơ sở dữ liệu không biết ảnh nào trong {photos} ảnh của đầu vào này ở nhà máy {site}, chuyền {line}.</translation>
    </message>
    <message>
        <source>Connected. The database knows {known} of the {photos} photos of this input for site {site}, line {line}.</source>
        <translation>Đã kết nối. Cơ sở dữ liệu biết {known} trong {photos} ảnh của đầu vào này ở nhà máy {site}, chuyền {line}.</translation>
    </message>
    <message>
        <source>Give the site and the line to check the photos of this input.</source>
        <translation>Hãy nhập nhà máy và chuyền để kiểm tra ảnh của đầu vào này.</translation>
    </message>
    <message>
        <source>It has no photo of this input at all. Its sites and lines: {places}.</source>
        <translation>Cơ sở dữ liệu hoàn toàn không có ảnh nào của đầu vào này. Các nhà máy và chuyền trong đó: {places}.</translation>
    </message>
    <message>
        <source>It has them under (site / line, photos of a sample): {places}. Check the site and the line.</source>
        <translation>Các ảnh này nằm ở (nhà máy / chuyền, số ảnh của một mẫu): {places}. Hãy kiểm tra nhà máy và chuyền.</translation>
    </message>
    <message>
        <source>Its metadata table is empty.</source>
        <translation>Bảng siêu dữ liệu của nó đang trống.</translation>
    </message>
    <message>
        <source>The other {missing} will be left out of the run (reason: not in the database).</source>
        <translation>{missing} ảnh còn lại sẽ bị bỏ ra khỏi lượt huấn luyện (lý do: không có trong cơ sở dữ liệu).</translation>
    </message>
</context>
<context>
    <name>OrientationDialog</name>
    <message>
        <source>Which way does each part face?</source>
        <translation>Mỗi linh kiện quay về hướng nào?</translation>
    </message>
    <message>
        <source>Look at the samples of each class and choose the way the part faces (where its polarity mark points). Every image of a class shows the part the same way round.</source>
        <translation>Hãy xem các ảnh mẫu của từng lớp và chọn hướng của linh kiện (hướng mà dấu cực tính chỉ tới). Mọi ảnh trong một lớp đều cho thấy linh kiện theo cùng một hướng.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Answer later</source>
        <translation>Trả lời sau</translation>
    </message>
    <message>
        <source>Close; the run waits for the answers and can be resumed from History, also after restarting the app</source>
        <translation>Đóng; lượt huấn luyện sẽ chờ câu trả lời và có thể tiếp tục từ Lịch sử, kể cả sau khi khởi động lại ứng dụng</translation>
    </message>
    <message>
        <source>{done} of {total} classes answered</source>
        <translation>Đã trả lời {done} / {total} lớp</translation>
    </message>
    <message>
        <source>Keyboard: arrow keys answer the highlighted class and go to the next; Tab moves on without answering; X excludes the class; S toggles &quot;looks the same turned 180°&quot;; Space shows the photos large (or click one); M shows more samples.</source>
        <translation>Bàn phím: phím mũi tên trả lời lớp đang được đánh dấu và chuyển sang lớp kế; Tab chuyển tiếp mà không trả lời; X loại lớp đó; S bật/tắt &quot;xoay 180° trông vẫn như nhau&quot;; phím cách hiển thị ảnh cỡ lớn (hoặc bấm vào một ảnh); M hiển thị thêm mẫu.</translation>
    </message>
</context>
<context>
    <name>OrientationRow</name>
    <message>
        <source>{cls}  ({count} images)</source>
        <translation>{cls}  ({count} ảnh)</translation>
    </message>
    <message>
        <source>More samples</source>
        <translation>Thêm ảnh mẫu</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Loại bỏ</translation>
    </message>
    <message>
        <source>Leave this class out of the training (X)</source>
        <translation>Không đưa lớp này vào huấn luyện (X)</translation>
    </message>
    <message>
        <source>Looks the same turned 180°</source>
        <translation>Xoay 180° trông vẫn như nhau</translation>
    </message>
    <message>
        <source>For parts such as resistors that look the same upside down (S)</source>
        <translation>Cho linh kiện như điện trở, lật ngược trông vẫn như nhau (S)</translation>
    </message>
    <message>
        <source>Show more photos of this class (M)</source>
        <translation>Hiển thị thêm ảnh của lớp này (M)</translation>
    </message>
    <message>
        <source>The first photo turned as your answer says: this is what the model learns as Up for this class</source>
        <translation>Ảnh đầu tiên được xoay theo câu trả lời của bạn: đây là hướng Lên mà mô hình học cho lớp này</translation>
    </message>
    <message>
        <source>Up for this class, once answered</source>
        <translation>Hướng Lên của lớp này, sau khi trả lời</translation>
    </message>
    <message>
        <source>left out of the training</source>
        <translation>không đưa vào huấn luyện</translation>
    </message>
    <message>
        <source>↑ Up for this class</source>
        <translation>↑ Hướng Lên của lớp này</translation>
    </message>
    <message>
        <source>↑ Up for this class (the same as ↓ Down)</source>
        <translation>↑ Hướng Lên của lớp này (giống ↓ Xuống)</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>This photo cannot be read.</source>
        <translation>Không đọc được ảnh này.</translation>
    </message>
    <message>
        <source>{name}  ({n} of {total})</source>
        <translation>{name}  ({n} / {total})</translation>
    </message>
    <message>
        <source>← → other samples · Space, Enter or Esc closes</source>
        <translation>← → mẫu khác · phím cách, Enter hoặc Esc để đóng</translation>
    </message>
</context>
<context>
    <name>PlotsPage</name>
    <message>
        <source>Click the plot to see it full size</source>
        <translation>Nhấp vào biểu đồ để xem kích thước đầy đủ</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Cancel run</source>
        <translation>Hủy lượt huấn luyện</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>Mở thư mục của lượt</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>No run yet: start one on the New run tab or resume one from History.</source>
        <translation>Chưa có lượt nào: hãy bắt đầu ở thẻ Lượt huấn luyện mới hoặc tiếp tục từ Lịch sử.</translation>
    </message>
    <message>
        <source>Run {name}: {status}</source>
        <translation>Lượt {name}: {status}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>xong</translation>
    </message>
    <message>
        <source>Started {name}</source>
        <translation>Đã bắt đầu {name}</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>cảnh báo: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>lỗi: </translation>
    </message>
    <message>
        <source>epoch {n}</source>
        <translation>vòng {n}</translation>
    </message>
    <message>
        <source>{s} per epoch</source>
        <translation>{s} mỗi vòng</translation>
    </message>
    <message>
        <source>about {s} left</source>
        <translation>còn khoảng {s}</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Đã mở {name}</translation>
    </message>
    <message>
        <source>run</source>
        <translation>lượt huấn luyện</translation>
    </message>
    <message>
        <source>waiting for your answers</source>
        <translation>đang chờ câu trả lời của bạn</translation>
    </message>
    <message>
        <source>{done} of {total} classes answered</source>
        <translation>Đã trả lời {done} / {total} lớp</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>What</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>On the validation photos</source>
        <translation>Trên ảnh kiểm định</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Details: the whole report as the file holds it</source>
        <translation>Chi tiết: toàn bộ báo cáo như trong tệp</translation>
    </message>
    <message>
        <source>Labels the check gives</source>
        <translation>Nhãn mà bước kiểm tra đưa ra</translation>
    </message>
    <message>
        <source>Left-out files ({n})</source>
        <translation>Tệp bị bỏ qua ({n})</translation>
    </message>
    <message>
        <source>Rows: the true label of each validation photo; columns: the label the check gives it (the orientation vote of the nearest good photos, then the part check of its class). Green: right, red: wrong. Click a cell to see its photos.</source>
        <translation>Hàng: nhãn thật của từng ảnh kiểm định; cột: nhãn mà bước kiểm tra đưa ra (hướng do các ảnh linh kiện tốt gần nhất bình chọn, sau đó là bước kiểm tra linh kiện của lớp). Xanh: đúng, đỏ: sai. Nhấp vào một ô để xem các ảnh của ô đó.</translation>
    </message>
    <message>
        <source>Click a cell of the table to see its photos here.</source>
        <translation>Nhấp vào một ô của bảng để xem các ảnh của ô đó tại đây.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Why it was left out</source>
        <translation>Lý do bị bỏ qua</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the input were left out of the training:</source>
        <translation>
            <numerusform>%n tệp của đầu vào không được dùng để huấn luyện:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every file of the input was used.</source>
        <translation>Mọi tệp của đầu vào đều đã được dùng.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) whose true label is {true} and the check says {said}:</source>
        <translation>
            <numerusform>%n ảnh có nhãn thật là {true} và bước kiểm tra cho là {said}:</numerusform>
        </translation>
    </message>
    <message>
        <source>NG photo</source>
        <translation>Ảnh NG</translation>
    </message>
    <message>
        <source>{name}, turned {degrees}°</source>
        <translation>{name}, xoay {degrees}°</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Biểu đồ</translation>
    </message>
    <message numerus="yes">
        <source>This run has %n warning(s):</source>
        <translation>
            <numerusform>Lượt huấn luyện này có %n cảnh báo:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Open a run from History to see its results.</source>
        <translation>Hãy mở một lượt huấn luyện từ Lịch sử để xem kết quả.</translation>
    </message>
    <message>
        <source>Not available for run {name} yet: it appears when the run has been evaluated.</source>
        <translation>Lượt {name} chưa có mục này: nó sẽ xuất hiện khi lượt huấn luyện đã được đánh giá.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Default training profile</source>
        <translation>Cấu hình huấn luyện mặc định</translation>
    </message>
    <message>
        <source>Database passwords</source>
        <translation>Mật khẩu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Passwords are kept in the operating system&apos;s keyring (Windows Credential Manager, macOS Keychain, Secret Service), never in files.</source>
        <translation>Mật khẩu được lưu trong kho khóa của hệ điều hành (Windows Credential Manager, macOS Keychain, Secret Service), không bao giờ ghi vào tệp.</translation>
    </message>
    <message>
        <source>Database of {site}: {user}</source>
        <translation>Cơ sở dữ liệu của {site}: {user}</translation>
    </message>
    <message>
        <source>SSH jump host of {site}: {user}</source>
        <translation>Máy chủ trung gian SSH của {site}: {user}</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>mật khẩu mới</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>No site in database_configs.json needs a password.</source>
        <translation>Không có nhà máy nào trong database_configs.json cần mật khẩu.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>Hãy nhập mật khẩu trước.</translation>
    </message>
    <message>
        <source>Stored in the keyring.</source>
        <translation>Đã lưu vào kho khóa.</translation>
    </message>
    <message>
        <source>Removed from the keyring.</source>
        <translation>Đã xóa khỏi kho khóa.</translation>
    </message>
</context>
<context>
    <name>Thumb</name>
    <message>
        <source>unreadable</source>
        <translation>không đọc được</translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <source>Allowed</source>
        <translation>Giá trị cho phép</translation>
    </message>
    <message>
        <source>Back to the profile&apos;s values</source>
        <translation>Trở về giá trị của cấu hình</translation>
    </message>
    <message>
        <source>Loading the settings of the profile…</source>
        <translation>Đang tải các thiết lập của cấu hình…</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>The settings cannot be shown: {error}</source>
        <translation>Không hiển thị được các thiết lập: {error}</translation>
    </message>
    <message>
        <source>Type a value to change it for this run; changed values are marked. The profile itself stays as it is.</source>
        <translation>Nhập giá trị để thay đổi cho riêng lượt này; giá trị đã đổi được đánh dấu. Bản thân cấu hình vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Tác dụng</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <source>one of: {choices}</source>
        <translation>một trong: {choices}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true hoặc false</translation>
    </message>
    <message>
        <source>{kind} from {low} to {high}</source>
        <translation>{kind} từ {low} đến {high}</translation>
    </message>
    <message>
        <source>{kind}, at least {low}</source>
        <translation>{kind}, ít nhất {low}</translation>
    </message>
</context>
<context>
    <name>TryView</name>
    <message>
        <source>Choose images…</source>
        <translation>Chọn ảnh…</translation>
    </message>
    <message>
        <source>Open a run whose evaluation has finished (History) to try its model</source>
        <translation>Hãy mở (từ Lịch sử) một lượt đã đánh giá xong để dùng thử mô hình của nó</translation>
    </message>
    <message>
        <source>Open a run from History, then drop component photos here: its model says OK or NG for each.</source>
        <translation>Mở một lượt từ Lịch sử, rồi thả ảnh linh kiện vào đây: mô hình của lượt đó sẽ nói OK hoặc NG cho từng ảnh.</translation>
    </message>
    <message>
        <source>The model of run {name} is not ready yet: it can be tried once the run has been evaluated.</source>
        <translation>Mô hình của lượt {name} chưa sẵn sàng: có thể dùng thử khi lượt đã được đánh giá.</translation>
    </message>
    <message>
        <source>Drop component photos here or choose them: the model of run {name} says OK or NG for each, as the line would.</source>
        <translation>Thả ảnh linh kiện vào đây hoặc chọn ảnh: mô hình của lượt {name} sẽ nói OK hoặc NG cho từng ảnh, như chuyền sẽ làm.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): {ok} OK, {ng} NG, {none} without a verdict</source>
        <translation>
            <numerusform>%n ảnh: {ok} OK, {ng} NG, {none} không có kết luận</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose component images</source>
        <translation>Chọn ảnh linh kiện</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Checking {n} photos…</source>
        <translation>Đang kiểm tra {n} ảnh…</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>Kiểm tra thất bại: {error}</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>The line would pass this part</source>
        <translation>Chuyền sẽ cho linh kiện này qua</translation>
    </message>
    <message>
        <source>The line would reject this part</source>
        <translation>Chuyền sẽ loại linh kiện này</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Không có kết luận</translation>
    </message>
    <message>
        <source>Class {cls}: expects {expected}, found {found}</source>
        <translation>Lớp {cls}: cần {expected}, thấy {found}</translation>
    </message>
    <message>
        <source>Found {found}; the class is unknown, so the line cannot judge it</source>
        <translation>Thấy {found}; không rõ lớp nên chuyền không thể phán định</translation>
    </message>
    <message>
        <source>No verdict: {problem}</source>
        <translation>Không có kết luận: {problem}</translation>
    </message>
    <message>
        <source>OK: the class&apos;s part, facing the right way</source>
        <translation>OK: đúng linh kiện của lớp, đúng hướng</translation>
    </message>
    <message>
        <source>it looks like the part of class {cls}</source>
        <translation>trông giống linh kiện của lớp {cls}</translation>
    </message>
    <message>
        <source>it looks like a known NG photo</source>
        <translation>trông giống một ảnh NG đã biết</translation>
    </message>
    <message>
        <source>a place of it is unlike every good photo</source>
        <translation>có một chỗ không giống bất kỳ ảnh linh kiện tốt nào</translation>
    </message>
    <message>
        <source>NG: {why}</source>
        <translation>NG: {why}</translation>
    </message>
    <message>
        <source>the part check rejects it</source>
        <translation>bước kiểm tra linh kiện loại nó</translation>
    </message>
    <message>
        <source>NG: turned the wrong way</source>
        <translation>NG: sai hướng</translation>
    </message>
    <message>
        <source>likeness to the NG photos {value} (NG above 0)</source>
        <translation>độ giống ảnh NG {value} (NG khi lớn hơn 0)</translation>
    </message>
    <message>
        <source>no NG photos to compare with</source>
        <translation>không có ảnh NG để so sánh</translation>
    </message>
    <message>
        <source>unlike the good photos {value} (NG above {limit})</source>
        <translation>độ khác ảnh linh kiện tốt {value} (NG khi lớn hơn {limit})</translation>
    </message>
    <message>
        <source>unlike the good photos {value} (not used for this class)</source>
        <translation>độ khác ảnh linh kiện tốt {value} (không dùng cho lớp này)</translation>
    </message>
    <message>
        <source>Part check: {figures}</source>
        <translation>Kiểm tra linh kiện: {figures}</translation>
    </message>
    <message>
        <source>Orientation: likeness to the nearest good photo {score}</source>
        <translation>Hướng: độ giống ảnh linh kiện tốt gần nhất {score}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Cần mật khẩu</translation>
    </message>
    <message>
        <source>Store it in Settings to avoid this question next time.</source>
        <translation>Hãy lưu mật khẩu trong Cài đặt để lần sau không phải hỏi lại.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong đợi</translation>
    </message>
    <message>
        <source>{error}

The details are in {log}.</source>
        <translation>{error}

Chi tiết được ghi trong {log}.</translation>
    </message>
    <message>
        <source>HOAM Trainer cannot start</source>
        <translation>HOAM Trainer không khởi động được</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Run cancelled</source>
        <translation>Lượt huấn luyện đã bị hủy</translation>
    </message>
    <message>
        <source>Run failed: {error}</source>
        <translation>Lượt huấn luyện thất bại: {error}</translation>
    </message>
    <message>
        <source>Ingesting {total} files from {folder}</source>
        <translation>Đang đọc {total} tệp từ {folder}</translation>
    </message>
    <message>
        <source>{done}/{total} files</source>
        <translation>{done}/{total} tệp</translation>
    </message>
    <message>
        <source>Ingest: {ok} OK images in {class_count} classes and {ng} NG; {left_out} left out ({reasons_text}); see {manifest}</source>
        <translation>Đọc xong: {ok} ảnh OK thuộc {class_count} lớp và {ng} ảnh NG; bỏ qua {left_out} tệp ({reasons_text}); xem {manifest}</translation>
    </message>
    <message>
        <source>{apart} of {ng} NG photos were taken on days with no OK photo (NG: {ng_days}; OK: {ok_days}). The model may learn what those days looked like (lighting, camera, board batch) instead of the defect, and flag good parts as NG. Add OK photos taken on the same days as the NG photos</source>
        <translation>{apart} trong {ng} ảnh NG được chụp vào những ngày không có ảnh OK nào (NG: {ng_days}; OK: {ok_days}). Mô hình có thể học dáng vẻ của những ngày đó (ánh sáng, camera, lô bo mạch) thay vì lỗi, và đánh giá linh kiện tốt là NG. Hãy thêm ảnh OK chụp cùng ngày với các ảnh NG</translation>
    </message>
    <message>
        <source>The SSH jump host {host} was new: its {key_type} key {fingerprint} is trusted from now on (recorded in {file}). If IT did not set up this server just now, check the fingerprint with them</source>
        <translation>Máy chủ trung gian SSH {host} là máy mới: khóa {key_type} {fingerprint} của nó được tin cậy từ nay (ghi trong {file}). Nếu IT không vừa mới dựng máy chủ này, hãy đối chiếu dấu vân tay với họ</translation>
    </message>
    <message>
        <source>Waiting for the orientation of {count} classes</source>
        <translation>Đang chờ xác nhận hướng của {count} lớp</translation>
    </message>
    <message>
        <source>Building the dataset from {total} photos</source>
        <translation>Đang tạo tập dữ liệu từ {total} ảnh</translation>
    </message>
    <message>
        <source>{done}/{total} photos</source>
        <translation>{done}/{total} ảnh</translation>
    </message>
    <message>
        <source>Dataset: train {train}, val {val} images; mean {mean}, std {std}</source>
        <translation>Tập dữ liệu: {train} ảnh huấn luyện, {val} ảnh kiểm định; trung bình {mean}, độ lệch chuẩn {std}</translation>
    </message>
    <message>
        <source>{count} class(es) have no validation photo (a single photo each): {classes}</source>
        <translation>{count} lớp không có ảnh kiểm định (mỗi lớp chỉ có một ảnh): {classes}</translation>
    </message>
    <message>
        <source>Left out {file}: {reason}</source>
        <translation>Đã bỏ qua {file}: {reason}</translation>
    </message>
    <message>
        <source>Label {label} has no validation images: its scores cannot be measured</source>
        <translation>Nhãn {label} không có ảnh kiểm định: không đo được điểm của nhãn này</translation>
    </message>
    <message>
        <source>Training {architecture} on {backbone} ({image_size} px, {train_images} train / {val_images} val images, {class_count} classes, {accelerator}, {precision})</source>
        <translation>Đang huấn luyện {architecture} trên {backbone} ({image_size} px, {train_images} ảnh huấn luyện / {val_images} ảnh kiểm định, {class_count} lớp, {accelerator}, {precision})</translation>
    </message>
    <message>
        <source>epoch {epoch}/{max_epochs}</source>
        <translation>vòng {epoch}/{max_epochs}</translation>
    </message>
    <message>
        <source>Best model: epoch {epoch}, val {monitor} {score:.4f} -&gt; {path}</source>
        <translation>Mô hình tốt nhất: vòng {epoch}, {monitor} trên tập kiểm định {score:.4f} -&gt; {path}</translation>
    </message>
    <message>
        <source>Evaluating the model on {val_images} validation images</source>
        <translation>Đang đánh giá mô hình trên {val_images} ảnh kiểm định</translation>
    </message>
    <message>
        <source>embedding dataset images: {done}/{total}</source>
        <translation>đang tính vector đặc trưng của ảnh trong tập dữ liệu: {done}/{total}</translation>
    </message>
    <message>
        <source>Left out of the evaluation: {file}</source>
        <translation>Không đưa vào đánh giá: {file}</translation>
    </message>
    <message>
        <source>Class {cls} has no training photo: it is left out of the module</source>
        <translation>Lớp {cls} không có ảnh huấn luyện: lớp này không được đưa vào mô-đun</translation>
    </message>
    <message>
        <source>exporting the deployable module</source>
        <translation>đang xuất mô-đun triển khai</translation>
    </message>
    <message>
        <source>Evaluating {total} labelled photos from {folder}</source>
        <translation>Đang đánh giá {total} ảnh đã gán nhãn từ {folder}</translation>
    </message>
    <message>
        <source>Evaluation of {folder}: accuracy {accuracy:.4f}, false accepts {false_accept_rate:.4f}, false rejects {false_reject_rate:.4f}</source>
        <translation>Đánh giá {folder}: độ chính xác {accuracy:.4f}, chấp nhận sai {false_accept_rate:.4f}, loại bỏ sai {false_reject_rate:.4f}</translation>
    </message>
    <message>
        <source>Predicting {total} photos</source>
        <translation>Đang dự đoán {total} ảnh</translation>
    </message>
    <message>
        <source>embedding photos: {done}/{total}</source>
        <translation>đang tính vector đặc trưng của ảnh: {done}/{total}</translation>
    </message>
    <message>
        <source>No site and line id known: the photos&apos; classes cannot be looked up, so their rows have no class, expected orientation or golden similarity (give --site and --line)</source>
        <translation>Không biết mã nhà máy và mã dây chuyền: không tra được lớp của ảnh, nên các dòng này không có lớp, hướng mong đợi và độ tương đồng với mẫu chuẩn (hãy cho --site và --line)</translation>
    </message>
    <message>
        <source>The metadata database cannot be used ({error}): the photos&apos; classes are not looked up, so their rows have no class, expected orientation or golden similarity; their labels are given all the same</source>
        <translation>Không dùng được cơ sở dữ liệu ({error}): không tra được lớp của ảnh, nên các dòng này không có lớp, hướng mong đợi và độ tương đồng với mẫu chuẩn; nhãn vẫn được gán như thường</translation>
    </message>
    <message>
        <source>calibrating the part checks</source>
        <translation>đang hiệu chỉnh bước kiểm tra linh kiện</translation>
    </message>
    <message>
        <source>Class {cls} has fewer than 2 readable good photos: its photos are checked for orientation only, not for wrong or damaged parts. Add good photos of it</source>
        <translation>Lớp {cls} có ít hơn 2 ảnh linh kiện tốt đọc được: ảnh của lớp chỉ được kiểm tra hướng, không kiểm tra sai linh kiện hay hư hỏng. Hãy thêm ảnh linh kiện tốt của lớp này</translation>
    </message>
    <message>
        <source>Class {cls} has no NG photos: a wrong or missing part there is caught only when it looks unlike every good photo, which this run could not test. Add NG photos of it</source>
        <translation>Lớp {cls} không có ảnh NG: linh kiện sai hoặc thiếu ở đó chỉ bị phát hiện khi trông khác mọi ảnh linh kiện tốt, điều mà lượt này không kiểm chứng được. Hãy thêm ảnh NG của lớp này</translation>
    </message>
    <message>
        <source>Class {cls}: {passed} of its {ng} NG photos look like its good parts to the part check. Check those photos, or add more good and NG photos of it</source>
        <translation>Lớp {cls}: với bước kiểm tra linh kiện, {passed} trong {ng} ảnh NG của lớp trông giống linh kiện tốt. Hãy kiểm tra các ảnh đó, hoặc thêm ảnh linh kiện tốt và ảnh NG của lớp này</translation>
    </message>
    <message>
        <source>checking the validation photos</source>
        <translation>đang kiểm tra ảnh kiểm định</translation>
    </message>
    <message>
        <source>Class {cls} misses the targets on the validation photos: {passed} of {non_matching} photos to reject passed, {flagged} of {matching} good parts flagged. Add {add_text} of it, then train again</source>
        <translation>Lớp {cls} không đạt mục tiêu trên ảnh kiểm định: {passed} trong {non_matching} ảnh cần loại đã được cho qua, {flagged} trong {matching} linh kiện tốt bị đánh lỗi. Hãy thêm {add_text} của lớp này rồi huấn luyện lại</translation>
    </message>
    <message>
        <source>Fit for the line: on the validation photos false accepts {far:.2%} (target at most {max_far:.2%}), false rejects {frr:.2%} (target at most {max_frr:.2%})</source>
        <translation>Đủ điều kiện cho chuyền: trên ảnh kiểm định, chấp nhận sai {far:.2%} (mục tiêu tối đa {max_far:.2%}), loại bỏ sai {frr:.2%} (mục tiêu tối đa {max_frr:.2%})</translation>
    </message>
    <message>
        <source>Trained, but NOT fit for the line: on the validation photos false accepts {far:.2%} (target at most {max_far:.2%}), false rejects {frr:.2%} (target at most {max_frr:.2%}); classes that miss: {classes}</source>
        <translation>Đã huấn luyện, nhưng CHƯA đủ điều kiện cho chuyền: trên ảnh kiểm định, chấp nhận sai {far:.2%} (mục tiêu tối đa {max_far:.2%}), loại bỏ sai {frr:.2%} (mục tiêu tối đa {max_frr:.2%}); các lớp không đạt: {classes}</translation>
    </message>
    <message>
        <source>Evaluation: precision@1 {precision_at_1:.4f}, MAP@R {map_at_r:.4f}; {suspects} suspects; ONNX max abs diff {onnx_max_abs_diff:.2e}</source>
        <translation>Đánh giá: độ chính xác top-1 (precision@1) {precision_at_1:.4f}, độ chính xác trung bình MAP@R {map_at_r:.4f}; {suspects} ảnh đáng ngờ; sai lệch tuyệt đối lớn nhất của ONNX {onnx_max_abs_diff:.2e}</translation>
    </message>
    <message>
        <source>On the validation photos the check would have labelled {label_accuracy:.1%} right, passed {false_accepts} of {non_matching} photos the line must reject and flagged {false_rejects} of {matching} good parts (at 95% confidence at most {false_accept_upper_95:.4f} and {false_reject_upper_95:.4f} with this many photos)</source>
        <translation>Trên ảnh kiểm định, bước kiểm tra sẽ gán nhãn đúng {label_accuracy:.1%}, cho qua {false_accepts} trong {non_matching} ảnh mà chuyền phải loại và đánh lỗi {false_rejects} trong {matching} linh kiện tốt (với số ảnh này, ở độ tin cậy 95% tối đa {false_accept_upper_95:.4f} và {false_reject_upper_95:.4f})</translation>
    </message>
    <message>
        <source>checking the parts</source>
        <translation>đang kiểm tra linh kiện</translation>
    </message>
    <message>
        <source>input folder {folder} does not exist or is not a folder</source>
        <translation>Thư mục đầu vào {folder} không tồn tại hoặc không phải là thư mục</translation>
    </message>
    <message>
        <source>no OK folder in {folder}: put the images the line judged good in {ok} (and bad ones in {ng})</source>
        <translation>Không có thư mục OK trong {folder}: hãy đặt ảnh mà dây chuyền đánh giá là đạt vào {ok} (và ảnh lỗi vào {ng})</translation>
    </message>
    <message>
        <source>the output folder {out} is the input folder {folder}: the runs would be read as input. Choose an output folder outside {ok} and {ng}</source>
        <translation>Thư mục đầu ra {out} trùng với thư mục đầu vào {folder}: các lượt huấn luyện sẽ bị đọc như dữ liệu đầu vào. Hãy chọn thư mục đầu ra nằm ngoài {ok} và {ng}</translation>
    </message>
    <message>
        <source>no files under {ok} or {ng}: nothing to train on</source>
        <translation>Không có tệp nào trong {ok} hoặc {ng}: không có dữ liệu để huấn luyện</translation>
    </message>
    <message>
        <source>no usable OK image in {ok}: see {manifest} for why each file was left out</source>
        <translation>Không có ảnh OK nào dùng được trong {ok}: xem {manifest} để biết lý do từng tệp bị loại</translation>
    </message>
    <message>
        <source>unknown database site {site!r}; the sites in database_configs.json are: {known}. Give one of them or a URL such as sqlite:///path/to/file.sqlite or postgresql://user@host:5432/database</source>
        <translation>Không rõ site cơ sở dữ liệu {site!r}; các site trong database_configs.json là: {known}. Hãy chọn một trong số đó hoặc nhập URL như sqlite:///path/to/file.sqlite hoặc postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>{db} is not a database URL; use sqlite:///path/to/file.sqlite or postgresql://user@host:5432/database</source>
        <translation>{db} không phải là URL cơ sở dữ liệu; hãy dùng sqlite:///path/to/file.sqlite hoặc postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>{db}: remove the password from the URL (it would end up in logs and the shell history); set {env} or store it in the OS keyring (Settings), or type it when asked</source>
        <translation>{db}: hãy xóa mật khẩu khỏi URL (nếu không nó sẽ nằm trong nhật ký và lịch sử shell); hãy đặt {env}, lưu mật khẩu vào keyring của hệ điều hành (Cài đặt), hoặc nhập khi được hỏi</translation>
    </message>
    <message>
        <source>SQLite database {path} does not exist; check &apos;path&apos; in database_configs.json or the --db URL</source>
        <translation>Cơ sở dữ liệu SQLite {path} không tồn tại; hãy kiểm tra &apos;path&apos; trong database_configs.json hoặc URL của --db</translation>
    </message>
    <message>
        <source>{where}: the name {host!r} cannot be resolved; check ssh.host in database_configs.json and the network (VPN, DNS)</source>
        <translation>{where}: không phân giải được tên {host!r}; hãy kiểm tra ssh.host trong database_configs.json và mạng (VPN, DNS)</translation>
    </message>
    <message>
        <source>{where} did not answer within {seconds} s (database.connect_timeout_s); check the network, VPN and firewall</source>
        <translation>{where} không phản hồi trong {seconds} giây (database.connect_timeout_s); hãy kiểm tra mạng, VPN và tường lửa</translation>
    </message>
    <message>
        <source>{where} refused the connection ({why}); check ssh.host and ssh.port in database_configs.json and that sshd runs there</source>
        <translation>{where} từ chối kết nối ({why}); hãy kiểm tra ssh.host và ssh.port trong database_configs.json và đảm bảo sshd đang chạy trên máy đó</translation>
    </message>
    <message>
        <source>{where}: no password for SSH user {user!r}; set ssh.key_file in database_configs.json, or {env}, or store it in the OS keyring (Settings)</source>
        <translation>{where}: không có mật khẩu cho người dùng SSH {user!r}; hãy đặt ssh.key_file trong database_configs.json, hoặc {env}, hoặc lưu mật khẩu vào keyring của hệ điều hành (Cài đặt)</translation>
    </message>
    <message>
        <source>{where} refused the login of user {user!r} with {how}; check ssh.user and ssh.key_file in database_configs.json (the public key must be in the user&apos;s authorized_keys there) or {env}</source>
        <translation>{where} từ chối đăng nhập của người dùng {user!r} bằng {how}; hãy kiểm tra ssh.user và ssh.key_file trong database_configs.json (khóa công khai phải có trong authorized_keys của người dùng đó trên máy đó) hoặc {env}</translation>
    </message>
    <message>
        <source>{where} refused the login of user {user!r} ({said}). Check the password ({env}, the OS keyring entry {entry}, or the prompt) and &apos;user&apos; in database_configs.json</source>
        <translation>{where} từ chối đăng nhập của người dùng {user!r} ({said}). Hãy kiểm tra mật khẩu ({env}, mục {entry} trong keyring của hệ điều hành, hoặc mật khẩu đã nhập khi được hỏi) và &apos;user&apos; trong database_configs.json</translation>
    </message>
    <message>
        <source>cannot reach {where} ({said}); check host and port in database_configs.json, that the server runs, and the network (VPN)</source>
        <translation>Không kết nối được tới {where} ({said}); hãy kiểm tra host và port trong database_configs.json, máy chủ có đang chạy không, và mạng (VPN)</translation>
    </message>
    <message>
        <source>{where} did not answer within {seconds} s (database.connect_timeout_s) ({said}); check the network and the server</source>
        <translation>{where} không phản hồi trong {seconds} giây (database.connect_timeout_s) ({said}); hãy kiểm tra mạng và máy chủ</translation>
    </message>
    <message>
        <source>{where}: {error}</source>
        <translation>{where}: {error}</translation>
    </message>
    <message>
        <source>{file}: cannot read ({error})</source>
        <translation>{file}: không đọc được ({error})</translation>
    </message>
    <message>
        <source>{file}: not valid {kind}: {error}</source>
        <translation>{file}: không phải {kind} hợp lệ: {error}</translation>
    </message>
    <message>
        <source>{file}: expected a mapping of keys to values at the top level</source>
        <translation>{file}: cấp cao nhất cần là một ánh xạ (mapping) từ khóa sang giá trị</translation>
    </message>
    <message>
        <source>{file}: &apos;profiles&apos; must map profile names to settings</source>
        <translation>{file}: &apos;profiles&apos; phải ánh xạ tên cấu hình sang các thiết lập</translation>
    </message>
    <message>
        <source>{file}: unknown top-level key(s) {keys}; a profiles file has &apos;profile&apos; (the default) and &apos;profiles&apos;</source>
        <translation>{file}: khóa cấp cao nhất không xác định {keys}; tệp cấu hình chỉ có &apos;profile&apos; (mặc định) và &apos;profiles&apos;</translation>
    </message>
    <message>
        <source>{file}: unknown training profile {name}; available: {available}</source>
        <translation>{file}: cấu hình huấn luyện không xác định {name}; có sẵn: {available}</translation>
    </message>
    <message>
        <source>{file}: profiles.{name} must be a mapping of settings</source>
        <translation>{file}: profiles.{name} phải là một ánh xạ (mapping) các thiết lập</translation>
    </message>
    <message>
        <source>{file}: holds one config (profile {holds}), not profile {wanted}</source>
        <translation>{file}: chỉ chứa một cấu hình (cấu hình {holds}), không phải cấu hình {wanted}</translation>
    </message>
    <message>
        <source>host_key: {key} is not an SSH public key line; give one line as ssh-keyscan prints it, e.g. &apos;ssh-ed25519 AAAAC3Nz...&apos;, or leave it empty</source>
        <translation>host_key: {key} không phải là một dòng khóa công khai SSH; hãy nhập một dòng như ssh-keyscan in ra, ví dụ &apos;ssh-ed25519 AAAAC3Nz...&apos;, hoặc để trống</translation>
    </message>
    <message>
        <source>engine sqlite needs &apos;path&apos;</source>
        <translation>engine sqlite cần &apos;path&apos;</translation>
    </message>
    <message>
        <source>engine postgresql needs {keys}</source>
        <translation>engine postgresql cần {keys}</translation>
    </message>
    <message>
        <source>{file}: {site}: passwords do not belong in config files; remove {keys} and store it in the OS keyring (Settings) or the HOAM_DB_PASSWORD environment variable</source>
        <translation>{file}: {site}: mật khẩu không được ghi trong tệp cấu hình; hãy xóa {keys} và lưu nó vào keyring của hệ điều hành (Cài đặt) hoặc biến môi trường HOAM_DB_PASSWORD</translation>
    </message>
    <message>
        <source>no space left on the disk holding {path} (mounted at {mount}, {free} MB free now); free some space there or choose another output folder, then resume the run</source>
        <translation>Ổ đĩa chứa {path} đã hết dung lượng (gắn tại {mount}, hiện còn trống {free} MB); hãy giải phóng dung lượng trên ổ đó hoặc chọn thư mục đầu ra khác, rồi tiếp tục lượt huấn luyện</translation>
    </message>
    <message>
        <source>cannot store the password: this machine has no OS keyring (Windows Credential Manager, macOS Keychain or a Secret Service such as GNOME Keyring). Set the {db_env} or {ssh_env} environment variable instead, or type the password when asked.</source>
        <translation>Không thể lưu mật khẩu: máy này không có keyring của hệ điều hành (Windows Credential Manager, macOS Keychain hoặc một Secret Service như GNOME Keyring). Hãy đặt biến môi trường {db_env} hoặc {ssh_env}, hoặc nhập mật khẩu khi được hỏi.</translation>
    </message>
    <message>
        <source>cannot delete the password: this machine has no OS keyring (Windows Credential Manager, macOS Keychain or a Secret Service such as GNOME Keyring). Set the {db_env} or {ssh_env} environment variable instead, or type the password when asked.</source>
        <translation>Không thể xóa mật khẩu: máy này không có keyring của hệ điều hành (Windows Credential Manager, macOS Keychain hoặc một Secret Service như GNOME Keyring). Hãy đặt biến môi trường {db_env} hoặc {ssh_env}, hoặc nhập mật khẩu khi được hỏi.</translation>
    </message>
    <message>
        <source>the OS keyring refused to store the password for {user} ({service}): {why}. Unlock the keyring and try again.</source>
        <translation>Keyring của hệ điều hành từ chối lưu mật khẩu cho {user} ({service}): {why}. Hãy mở khóa keyring rồi thử lại.</translation>
    </message>
    <message>
        <source>the OS keyring refused to delete the password for {user} ({service}): {why}. Unlock the keyring and try again.</source>
        <translation>Keyring của hệ điều hành từ chối xóa mật khẩu cho {user} ({service}): {why}. Hãy mở khóa keyring rồi thử lại.</translation>
    </message>
    <message>
        <source>{file}, profile {profile}, with the overrides</source>
        <translation>{file}, cấu hình {profile}, cùng các giá trị ghi đè</translation>
    </message>
    <message>
        <source>{where}: must not be empty</source>
        <translation>{where}: không được để trống</translation>
    </message>
    <message>
        <source>{where}: expected a section (mapping), got {got}</source>
        <translation>{where}: cần một mục (mapping), nhận được {got}</translation>
    </message>
    <message>
        <source>{where}: expected a list, got {value}</source>
        <translation>{where}: cần một danh sách, nhận được {value}</translation>
    </message>
    <message>
        <source>{where}: expected a mapping, got {value}</source>
        <translation>{where}: cần một ánh xạ (mapping), nhận được {value}</translation>
    </message>
    <message>
        <source>{where}: expected true or false, got {value}</source>
        <translation>{where}: cần true hoặc false, nhận được {value}</translation>
    </message>
    <message>
        <source>{where}: expected a whole number, got {value}</source>
        <translation>{where}: cần một số nguyên, nhận được {value}</translation>
    </message>
    <message>
        <source>{where}: expected a number, got {value}</source>
        <translation>{where}: cần một số, nhận được {value}</translation>
    </message>
    <message>
        <source>{where}: expected text, got {value}</source>
        <translation>{where}: cần văn bản, nhận được {value}</translation>
    </message>
    <message>
        <source>{where}: {value} is not allowed; use one of: {allowed}</source>
        <translation>{where}: không cho phép {value}; hãy dùng một trong các giá trị: {allowed}</translation>
    </message>
    <message>
        <source>{where}: {value} is below the minimum {lo}</source>
        <translation>{where}: {value} nhỏ hơn giá trị tối thiểu {lo}</translation>
    </message>
    <message>
        <source>{where}: {value} is above the maximum {hi}</source>
        <translation>{where}: {value} lớn hơn giá trị tối đa {hi}</translation>
    </message>
    <message>
        <source>{where}: unknown key(s) {keys}; allowed: {allowed}{hint}</source>
        <translation>{where}: (các) khóa không xác định {keys}; được phép: {allowed}{hint}</translation>
    </message>
    <message>
        <source>unknown key(s) {keys}; allowed: {allowed}{hint}</source>
        <translation>(Các) khóa không xác định {keys}; được phép: {allowed}{hint}</translation>
    </message>
    <message>
        <source>; nest dotted keys (optim: {{epochs: 5}}, not optim.epochs: 5)</source>
        <translation>; hãy viết lồng các khóa có dấu chấm (optim: {{epochs: 5}}, không phải optim.epochs: 5)</translation>
    </message>
    <message>
        <source>{where}: missing (required)</source>
        <translation>{where}: còn thiếu (bắt buộc)</translation>
    </message>
    <message>
        <source>override {pair!r}: expected section.key=value</source>
        <translation>Ghi đè {pair!r}: cần có dạng section.key=value</translation>
    </message>
    <message>
        <source>image_size {size} must be a multiple of 32 (the backbone&apos;s stride), e.g. {below} or {above}</source>
        <translation>image_size {size} phải là bội số của 32 (bước nhảy (stride) của mạng backbone), ví dụ {below} hoặc {above}</translation>
    </message>
    <message>
        <source>batch_size ({batch}) must be a multiple of m_per_class ({m}): use batch_size {sizes}, or m_per_class one of {ms}</source>
        <translation>batch_size ({batch}) phải là bội số của m_per_class ({m}): hãy dùng batch_size {sizes}, hoặc m_per_class là một trong các giá trị {ms}</translation>
    </message>
    <message>
        <source>branch_channels ({channels}) must be divisible by attention_heads ({heads})</source>
        <translation>branch_channels ({channels}) phải chia hết cho attention_heads ({heads})</translation>
    </message>
    <message>
        <source>backbone: {name} is not a timm model name; use e.g. tf_efficientnet_lite0 or efficientnetv2_rw_s</source>
        <translation>backbone: {name} không phải là tên mô hình của timm; hãy dùng ví dụ tf_efficientnet_lite0 hoặc efficientnetv2_rw_s</translation>
    </message>
    <message>
        <source>model.pretrained: {file} does not exist or is not a file; point it at a .pth/.pt/.safetensors file with backbone weights, or use {packaged} or {none}</source>
        <translation>model.pretrained: {file} không tồn tại hoặc không phải là tệp; hãy trỏ tới một tệp .pth/.pt/.safetensors chứa trọng số backbone, hoặc dùng {packaged} hay {none}</translation>
    </message>
    <message>
        <source>model.pretrained: {pretrained} needs a backbone whose weights come with HOAM Trainer ({backbones}), not {backbone}; set model.backbone to one of them, or model.pretrained to a weights file or {none}</source>
        <translation>model.pretrained: {pretrained} cần một backbone có trọng số đi kèm HOAM Trainer ({backbones}), không phải {backbone}; hãy đặt model.backbone là một trong số đó, hoặc đặt model.pretrained là một tệp trọng số hay {none}</translation>
    </message>
    <message>
        <source>The ImageNet weights of {backbone} are missing (Python package {package} is not installed or incomplete); reinstall HOAM Trainer</source>
        <translation>Thiếu trọng số ImageNet của {backbone} (gói Python {package} chưa được cài hoặc không đầy đủ); hãy cài lại HOAM Trainer</translation>
    </message>
    <message>
        <source>{file}: {found} tensors, the backbone has {expected}; the file does not hold this backbone&apos;s weights</source>
        <translation>{file}: có {found} tensor, backbone có {expected}; tệp này không chứa trọng số của backbone này</translation>
    </message>
    <message>
        <source>{file}: {source_key} has shape {found}, {key} of the backbone needs {expected}; the file does not hold this backbone&apos;s weights</source>
        <translation>{file}: {source_key} có kích thước {found}, {key} của backbone cần {expected}; tệp này không chứa trọng số của backbone này</translation>
    </message>
    <message>
        <source>margin: {margin} {unit} is 90 degrees or more; ArcFace margins are usually 0.5 radians (28.6 degrees)</source>
        <translation>margin: {margin} {unit} bằng hoặc lớn hơn 90 độ; margin của ArcFace thường là 0.5 radian (28.6 độ)</translation>
    </message>
    <message>
        <source>Class {cls}: {count} of its good photos look unlike all the others ({files}); a wrong or missing part filed as good? Check them</source>
        <translation>Lớp {cls}: {count} ảnh linh kiện tốt trông khác tất cả các ảnh còn lại ({files}); có linh kiện sai hoặc thiếu bị xếp nhầm vào ảnh tốt không? Hãy kiểm tra các ảnh đó</translation>
    </message>
    <message>
        <source>Class {cls} misses the targets on the validation photos: {passed} of {non_matching} photos to reject passed, {flagged} of {matching} good parts flagged. Add {add_text} of it, then train again; most of its mistakes take the part for itself turned 180 degrees: if it looks the same turned so, say so in the orientation dialog</source>
        <translation>Lớp {cls} không đạt mục tiêu trên ảnh kiểm định: {passed} trong {non_matching} ảnh cần loại đã được cho qua, {flagged} trong {matching} linh kiện tốt bị đánh lỗi. Hãy thêm {add_text} của lớp này rồi huấn luyện lại; phần lớn lỗi của lớp là nhầm linh kiện với chính nó xoay 180 độ: nếu xoay như vậy trông vẫn giống, hãy ghi rõ trong hộp thoại hướng</translation>
    </message>
    <message>
        <source>arcface_weight, triplet_weight and center_weight are all 0; give one a weight</source>
        <translation>arcface_weight, triplet_weight và center_weight đều bằng 0; hãy đặt trọng số lớn hơn 0 cho ít nhất một mục</translation>
    </message>
    <message>
        <source>waiting for orientation answers</source>
        <translation>đang chờ xác nhận hướng</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>đã bị người dùng hủy</translation>
    </message>
    <message>
        <source>stopped after {stage}; resume to continue</source>
        <translation>đã dừng sau {stage}; hãy tiếp tục để chạy tiếp</translation>
    </message>
    <message>
        <source>the training process ended unexpectedly (exit code {exit_code}); the run can be resumed from History</source>
        <translation>tiến trình huấn luyện kết thúc bất ngờ (mã thoát {exit_code}); có thể tiếp tục lượt huấn luyện này từ Lịch sử</translation>
    </message>
    <message>
        <source>no training images of an OK class: every class was excluded or is empty; answer at least one class with Up, Down, Left or Right</source>
        <translation>không có ảnh huấn luyện nào của lớp OK: mọi lớp đều đã bị loại hoặc không có ảnh; hãy trả lời ít nhất một lớp bằng Lên, Xuống, Trái hoặc Phải</translation>
    </message>
    <message>
        <source>no validation photo at all: a class gives some of its photos to validation only when it has 2 or more; add photos and start a new run</source>
        <translation>hoàn toàn không có ảnh kiểm định: một lớp chỉ dành một phần ảnh cho kiểm định khi có từ 2 ảnh trở lên; hãy thêm ảnh và bắt đầu lượt huấn luyện mới</translation>
    </message>
    <message>
        <source>no readable training image: see the warnings above</source>
        <translation>không có ảnh huấn luyện nào đọc được: xem các cảnh báo ở trên</translation>
    </message>
    <message>
        <source>no class has validation photos in its confirmed orientation: thresholds cannot be calibrated; raise dataset.val_fraction</source>
        <translation>không lớp nào có ảnh kiểm định theo hướng đã xác nhận: không hiệu chỉnh được ngưỡng; hãy tăng dataset.val_fraction</translation>
    </message>
    <message>
        <source>{folder}: {n} readable validation image(s); the model cannot be evaluated. Add photos, or raise dataset.val_fraction (e.g. to 0.3), and start a new run</source>
        <translation>{folder}: chỉ có {n} ảnh kiểm định đọc được; không đánh giá được mô hình. Hãy thêm ảnh, hoặc tăng dataset.val_fraction (ví dụ 0.3), rồi bắt đầu lượt huấn luyện mới</translation>
    </message>
    <message>
        <source>{folder} is already being worked on by another process (pid in {file}); wait for it or close that window</source>
        <translation>{folder} đang được một tiến trình khác xử lý (pid ghi trong {file}); hãy chờ tiến trình đó xong hoặc đóng cửa sổ đó</translation>
    </message>
    <message>
        <source>cannot lock {folder}</source>
        <translation>không khóa được {folder}</translation>
    </message>
    <message>
        <source>{folder} is not a run folder (no state.json)</source>
        <translation>{folder} không phải là thư mục của lượt huấn luyện (không có state.json)</translation>
    </message>
    <message>
        <source>trainer.accelerator is gpu, but no CUDA GPU is usable here (no NVIDIA GPU, driver or CUDA build of PyTorch); use the cpu profile or trainer.accelerator: auto</source>
        <translation>trainer.accelerator là gpu, nhưng máy này không có CUDA GPU dùng được (không có GPU NVIDIA, driver hoặc bản PyTorch hỗ trợ CUDA); hãy dùng cấu hình cpu hoặc trainer.accelerator: auto</translation>
    </message>
    <message>
        <source>{folder}: nothing to resume (no {file}); start a new training</source>
        <translation>{folder}: không có gì để tiếp tục (không có {file}); hãy bắt đầu một lượt huấn luyện mới</translation>
    </message>
    <message>
        <source>{file}: resuming needs the config the run started with; these differ: {keys}</source>
        <translation>{file}: muốn tiếp tục thì phải dùng cấu hình lúc lượt huấn luyện bắt đầu; các mục sau khác nhau: {keys}</translation>
    </message>
    <message>
        <source>{folder}: already holds a training ({file}); resume it or train into another folder</source>
        <translation>{folder}: đã chứa một lượt huấn luyện ({file}); hãy tiếp tục lượt đó hoặc huấn luyện vào thư mục khác</translation>
    </message>
    <message>
        <source>{file}: refused: the checkpoint holds Python objects other than weights, which could run code when loaded; delete {folder} and train again</source>
        <translation>{file}: đã từ chối: checkpoint chứa đối tượng Python không phải trọng số, có thể chạy mã khi được nạp; hãy xóa {folder} rồi huấn luyện lại</translation>
    </message>
    <message>
        <source>training ended without a validated epoch: no best model to save</source>
        <translation>huấn luyện đã kết thúc mà không có vòng nào được kiểm định: không có mô hình tốt nhất để lưu</translation>
    </message>
    <message>
        <source>data.batch_size {batch} with data.m_per_class {m} needs {per_batch} classes per batch, but the dataset has {classes}. With m_per_class {m} use batch_size {sizes}; with batch_size {batch} use m_per_class {ms}</source>
        <translation>data.batch_size {batch} với data.m_per_class {m} cần {per_batch} lớp mỗi batch, nhưng tập dữ liệu chỉ có {classes} lớp. Với m_per_class {m}, hãy dùng batch_size {sizes}; với batch_size {batch}, hãy dùng m_per_class {ms}</translation>
    </message>
    <message>
        <source>cannot hard-link {file} into {folder} ({error}); set ingest.link_mode to auto or copy (a hard link needs input and output on one drive)</source>
        <translation>không tạo được liên kết cứng (hard link) cho {file} vào {folder} ({error}); hãy đặt ingest.link_mode thành auto hoặc copy (liên kết cứng cần đầu vào và đầu ra nằm trên cùng một ổ đĩa)</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>a link to a file that does not exist</source>
        <translation>liên kết trỏ tới một tệp không tồn tại</translation>
    </message>
    <message>
        <source>file disappeared while reading</source>
        <translation>tệp biến mất trong lúc đang đọc</translation>
    </message>
    <message>
        <source>no permission to read the file</source>
        <translation>không có quyền đọc tệp</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>tệp rỗng (0 byte)</translation>
    </message>
    <message>
        <source>not an image Pillow can read (corrupt header or wrong extension)</source>
        <translation>không phải ảnh mà Pillow đọc được (phần đầu tệp bị hỏng hoặc sai phần mở rộng)</translation>
    </message>
    <message>
        <source>image is far too large (over {limit:,} pixels)</source>
        <translation>ảnh quá lớn (hơn {limit:,} pixel)</translation>
    </message>
    <message>
        <source>cannot read: {error}</source>
        <translation>không đọc được: {error}</translation>
    </message>
    <message>
        <source>image is far too large ({width}x{height} pixels, limit {limit:,})</source>
        <translation>ảnh quá lớn ({width}x{height} pixel, giới hạn {limit:,})</translation>
    </message>
    <message>
        <source>image is only {width}x{height} pixels</source>
        <translation>ảnh chỉ có {width}x{height} pixel</translation>
    </message>
    <message>
        <source>an animation ({format}, {frames} frames), not one photo; save a single frame</source>
        <translation>là ảnh động ({format}, {frames} khung hình), không phải một ảnh đơn; hãy lưu thành một khung hình duy nhất</translation>
    </message>
    <message>
        <source>truncated or damaged image data</source>
        <translation>dữ liệu ảnh bị thiếu hoặc bị hỏng</translation>
    </message>
    <message>
        <source>cannot decode: {error}</source>
        <translation>không giải mã được: {error}</translation>
    </message>
    <message>
        <source>the name holds bytes that are not UTF-8 text (copied from a system with another encoding?); rename the file</source>
        <translation>tên tệp chứa các byte không phải văn bản UTF-8 (được sao chép từ hệ thống dùng bảng mã khác?); hãy đổi tên tệp</translation>
    </message>
    <message>
        <source>no file extension (expected .jpg, .jpeg, .png or .bmp)</source>
        <translation>không có phần mở rộng tệp (cần là .jpg, .jpeg, .png hoặc .bmp)</translation>
    </message>
    <message>
        <source>extension .{ext} is not an image type (jpg, jpeg, png, bmp)</source>
        <translation>phần mở rộng .{ext} không phải loại ảnh (jpg, jpeg, png, bmp)</translation>
    </message>
    <message>
        <source>more than one dot in the name</source>
        <translation>tên tệp có nhiều hơn một dấu chấm</translation>
    </message>
    <message>
        <source>expected exactly one &apos;@&apos; between board and component</source>
        <translation>cần có đúng một &apos;@&apos; giữa bo mạch và linh kiện</translation>
    </message>
    <message>
        <source>does not start with a 14-digit timestamp (YYYYmmddHHMMSS)</source>
        <translation>không bắt đầu bằng dấu thời gian 14 chữ số (YYYYmmddHHMMSS)</translation>
    </message>
    <message>
        <source>timestamp {timestamp} is not a real date and time</source>
        <translation>dấu thời gian {timestamp} không phải là ngày giờ hợp lệ</translation>
    </message>
    <message>
        <source>no board serial between timestamp and &apos;@&apos;</source>
        <translation>không có số sê-ri bo mạch giữa dấu thời gian và &apos;@&apos;</translation>
    </message>
    <message>
        <source>expected {{component}}_{{index}}_{{light}} after &apos;@&apos;</source>
        <translation>sau &apos;@&apos; cần có dạng {{component}}_{{index}}_{{light}}</translation>
    </message>
    <message>
        <source>light token {light} is empty or has characters other than letters, digits, &apos;-&apos;</source>
        <translation>mã nguồn sáng {light} trống hoặc có ký tự khác ngoài chữ cái, chữ số, &apos;-&apos;</translation>
    </message>
    <message>
        <source>no numeric index before the light token (found {index})</source>
        <translation>không có số thứ tự dạng số trước mã nguồn sáng (tìm thấy {index})</translation>
    </message>
    <message>
        <source>empty component name</source>
        <translation>tên linh kiện bị trống</translation>
    </message>
    <message>
        <source>unreadable: {reason}</source>
        <translation>không đọc được: {reason}</translation>
    </message>
    <message>
        <source>class unknown: {reason}</source>
        <translation>không rõ lớp: {reason}</translation>
    </message>
    <message>
        <source>class unknown: the metadata database cannot be used</source>
        <translation>không rõ lớp: không dùng được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>class unknown: no product for {image_path} in the metadata database</source>
        <translation>không rõ lớp: cơ sở dữ liệu không có sản phẩm cho {image_path}</translation>
    </message>
    <message>
        <source>class unknown: this model was not trained on component {component} ({light}) of product {product}</source>
        <translation>không rõ lớp: mô hình này chưa được huấn luyện với linh kiện {component} ({light}) của sản phẩm {product}</translation>
    </message>
    <message>
        <source>{folder} is not a deployable module (no {file}); give a run folder whose evaluation finished, or its export/ folder</source>
        <translation>{folder} không phải là mô-đun triển khai (không có {file}); hãy chọn thư mục của một lượt huấn luyện đã đánh giá xong, hoặc thư mục export/ của lượt đó</translation>
    </message>
    <message>
        <source>{file}: format {format} version {version} is not one this version reads ({ours} {our_version}); update HOAM Trainer</source>
        <translation>{file}: bản này không đọc được định dạng {format} phiên bản {version} (bản này đọc {ours} {our_version}); hãy cập nhật HOAM Trainer</translation>
    </message>
    <message>
        <source>{file}: refused: the file holds Python objects other than weights, which could run code when loaded ({error}). Only load models from HOAM Trainer or people you trust.</source>
        <translation>{file}: đã từ chối: tệp chứa đối tượng Python không phải trọng số, có thể chạy mã khi được nạp ({error}). Chỉ nạp mô hình từ HOAM Trainer hoặc từ người bạn tin cậy.</translation>
    </message>
    <message>
        <source>{file}: cannot read the model file ({error})</source>
        <translation>{file}: không đọc được tệp mô hình ({error})</translation>
    </message>
    <message>
        <source>{file}: not a HOAM Trainer model bundle (best_model.pt); an older tool&apos;s plain state_dict loads with hoam_core.models.load_legacy_state_dict</source>
        <translation>{file}: không phải gói mô hình của HOAM Trainer (best_model.pt); state_dict thuần của công cụ cũ có thể nạp bằng hoam_core.models.load_legacy_state_dict</translation>
    </message>
    <message>
        <source>{file}: written by a newer HOAM Trainer (format {version}); update</source>
        <translation>{file}: được ghi bởi HOAM Trainer phiên bản mới hơn (định dạng {version}); hãy cập nhật</translation>
    </message>
    <message>
        <source>{folder}: its part checks were made with another check network ({made}; this installation has {ours}); train the model again with this version</source>
        <translation>{folder}: bước kiểm tra linh kiện của nó được tạo bằng một mạng kiểm tra khác ({made}; bản cài đặt này có {ours}); hãy huấn luyện lại mô hình bằng phiên bản này</translation>
    </message>
    <message>
        <source>{file}: the weights do not fit the model it describes ({error})</source>
        <translation>{file}: trọng số không khớp với mô hình mà tệp mô tả ({error})</translation>
    </message>
    <message>
        <source>Password for {user} ({service}):</source>
        <translation>Mật khẩu của {user} ({service}):</translation>
    </message>
    <message>
        <source>{file}: cannot read backbone weights ({error}); expected a .pth/.pt/.safetensors file holding a state_dict</source>
        <translation>{file}: không đọc được trọng số backbone ({error}); cần một tệp .pth/.pt/.safetensors chứa state_dict</translation>
    </message>
    <message>
        <source>{file}: weights do not fit timm backbone {backbone}: {problems}. Use a state_dict saved from that timm model (the full model or its features_only backbone).</source>
        <translation>{file}: trọng số không khớp với backbone timm {backbone}: {problems}. Hãy dùng state_dict được lưu từ chính mô hình timm đó (toàn bộ mô hình hoặc backbone features_only của nó).</translation>
    </message>
    <message>
        <source>SQLite database {path}</source>
        <translation>cơ sở dữ liệu SQLite {path}</translation>
    </message>
    <message>
        <source>PostgreSQL server {host}:{port} (database {database!r})</source>
        <translation>máy chủ PostgreSQL {host}:{port} (cơ sở dữ liệu {database!r})</translation>
    </message>
    <message>
        <source>PostgreSQL server {host}:{port} (database {database!r}) through SSH jump host {ssh_host}:{ssh_port}</source>
        <translation>máy chủ PostgreSQL {host}:{port} (cơ sở dữ liệu {database!r}) qua máy chủ trung gian SSH {ssh_host}:{ssh_port}</translation>
    </message>
    <message>
        <source>SSH jump host {host}:{port}</source>
        <translation>máy chủ trung gian SSH {host}:{port}</translation>
    </message>
    <message>
        <source>model.frozen_blocks: backbone {name} has no stem and blocks to keep (only EfficientNet-style backbones have); set it to 0</source>
        <translation>model.frozen_blocks: backbone {name} không có stem và blocks để giữ (chỉ backbone kiểu EfficientNet mới có); hãy đặt về 0</translation>
    </message>
    <message>
        <source>user {user!r} may not read table {table!r} on {where} ({said}); ask the database administrator to GRANT SELECT on it</source>
        <translation>Người dùng {user!r} không có quyền đọc bảng {table!r} trên {where} ({said}); hãy nhờ quản trị viên cơ sở dữ liệu cấp quyền GRANT SELECT trên bảng đó</translation>
    </message>
    <message>
        <source>{file}: this training started on other classes than its dataset holds now ({classes}), so it cannot be resumed (a run of an earlier version of the app, or a changed dataset); start a new run</source>
        <translation>{file}: lần huấn luyện này bắt đầu với các lớp khác với các lớp mà bộ dữ liệu hiện có ({classes}), nên không thể tiếp tục (một lần chạy của phiên bản cũ của ứng dụng, hoặc bộ dữ liệu đã thay đổi); hãy bắt đầu một lần chạy mới</translation>
    </message>
    <message>
        <source>{where}: database {database!r} does not exist; check &apos;database&apos; in database_configs.json</source>
        <translation>{where}: cơ sở dữ liệu {database!r} không tồn tại; hãy kiểm tra &apos;database&apos; trong database_configs.json</translation>
    </message>
    <message>
        <source>{where}: {said}; table {table!r} needs the columns {needed} (check &apos;table&apos; in database_configs.json)</source>
        <translation>{where}: {said}; bảng {table!r} cần các cột {needed} (hãy kiểm tra &apos;table&apos; trong database_configs.json)</translation>
    </message>
    <message>
        <source>a query on {where} took longer than {seconds} s (database.query_timeout_s) ({said}); raise it, lower database.chunk_size, or ask for an index on (site, line_id, image_path)</source>
        <translation>Truy vấn trên {where} mất hơn {seconds} giây (database.query_timeout_s) ({said}); hãy tăng giá trị này, giảm database.chunk_size, hoặc đề nghị quản trị viên cơ sở dữ liệu tạo chỉ mục trên (site, line_id, image_path)</translation>
    </message>
    <message>
        <source>{where} cannot be read as an SQLite database ({said}); check &apos;path&apos; in database_configs.json or the --db URL</source>
        <translation>Không đọc được {where} dưới dạng cơ sở dữ liệu SQLite ({said}); hãy kiểm tra &apos;path&apos; trong database_configs.json hoặc URL của --db</translation>
    </message>
    <message>
        <source>lost the connection to {where} during the lookup ({said}); check the server and the network, then run again</source>
        <translation>Mất kết nối tới {where} trong khi tra cứu ({said}); hãy kiểm tra máy chủ và mạng, rồi chạy lại</translation>
    </message>
    <message>
        <source>the metadata query on {where} failed: {said}</source>
        <translation>Truy vấn siêu dữ liệu (metadata) trên {where} thất bại: {said}</translation>
    </message>
    <message>
        <source>{where}: no SSH session ({said}); check that ssh.host and ssh.port name an SSH server</source>
        <translation>{where}: không tạo được phiên SSH ({said}); hãy kiểm tra ssh.host và ssh.port có trỏ tới một máy chủ SSH hay không</translation>
    </message>
    <message>
        <source>{what} is protected by a passphrase; set {env}, store it in the OS keyring (Settings) or type it when asked</source>
        <translation>{what} được bảo vệ bằng cụm mật khẩu (passphrase); hãy đặt {env}, lưu cụm mật khẩu vào keyring của hệ điều hành (Cài đặt), hoặc nhập khi được hỏi</translation>
    </message>
    <message>
        <source>{jump} accepted the login but could not open a connection to {host}:{port} ({said}); check host and port as seen from the jump host, and that it allows TCP forwarding</source>
        <translation>{jump} đã chấp nhận đăng nhập nhưng không mở được kết nối tới {host}:{port} ({said}); hãy kiểm tra host và port theo góc nhìn từ máy trung gian (jump host), và đảm bảo máy đó cho phép chuyển tiếp TCP</translation>
    </message>
    <message>
        <source>{where} has no table {table!r} (tables there: {listed}); check &apos;table&apos; in database_configs.json</source>
        <translation>{where} không có bảng {table!r} (các bảng hiện có: {listed}); hãy kiểm tra &apos;table&apos; trong database_configs.json</translation>
    </message>
    <message>
        <source>table {table!r} in {where} lacks the column(s) {missing}; the lookup needs {needed}</source>
        <translation>Bảng {table!r} trong {where} thiếu (các) cột {missing}; việc tra cứu cần {needed}</translation>
    </message>
    <message>
        <source>Predictions for {images} photos written to {out}: {labels}; {unreadable} unreadable, {class_unknown} of unknown class</source>
        <translation>Đã ghi kết quả dự đoán của {images} ảnh vào {out}: {labels}; {unreadable} ảnh không đọc được, {class_unknown} ảnh không rõ lớp</translation>
    </message>
    <message>
        <source>What the training process did when it ended is saved in {file}</source>
        <translation>Những gì tiến trình huấn luyện đang làm khi kết thúc được lưu trong {file}</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>CPU (any computer)</source>
        <translation>CPU (máy tính bất kỳ)</translation>
    </message>
    <message>
        <source>GPU (NVIDIA, CUDA)</source>
        <translation>GPU (NVIDIA, CUDA)</translation>
    </message>
    <message>
        <source>Demo (small and quick)</source>
        <translation>Demo (nhỏ và nhanh)</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>chưa xong</translation>
    </message>
    <message>
        <source>waiting for orientation answers</source>
        <translation>đang chờ xác nhận hướng</translation>
    </message>
    <message>
        <source>running</source>
        <translation>đang chạy</translation>
    </message>
    <message>
        <source>interrupted (resume it)</source>
        <translation>bị gián đoạn (hãy tiếp tục)</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>đã hoàn tất</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>Read images and metadata</source>
        <translation>Đọc ảnh và dữ liệu</translation>
    </message>
    <message>
        <source>Orientation answers</source>
        <translation>Xác nhận hướng</translation>
    </message>
    <message>
        <source>Build the dataset</source>
        <translation>Tạo tập dữ liệu</translation>
    </message>
    <message>
        <source>Train the model</source>
        <translation>Huấn luyện mô hình</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Trái</translation>
    </message>
    <message>
        <source>MAP@R</source>
        <translation>độ chính xác trung bình MAP@R</translation>
    </message>
    <message>
        <source>NG photos</source>
        <translation>ảnh NG</translation>
    </message>
    <message>
        <source>good photos</source>
        <translation>ảnh linh kiện tốt</translation>
    </message>
    <message>
        <source>NG photos and good photos</source>
        <translation>ảnh NG và ảnh linh kiện tốt</translation>
    </message>
    <message>
        <source>NG (defect)</source>
        <translation>NG (lỗi)</translation>
    </message>
    <message>
        <source>R-precision</source>
        <translation>độ chính xác R</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Phải</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>độ chính xác</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>vòng huấn luyện</translation>
    </message>
    <message>
        <source>false-accept rate</source>
        <translation>tỉ lệ chấp nhận sai</translation>
    </message>
    <message>
        <source>false-reject rate</source>
        <translation>tỉ lệ loại bỏ sai</translation>
    </message>
    <message>
        <source>precision@1</source>
        <translation>độ chính xác top-1 (precision@1)</translation>
    </message>
</context>
<context>
    <name>plots</name>
    <message>
        <source>For a line that compares each photo with its class&apos;s golden sample only: the check above does not use this threshold.</source>
        <translation>Dành cho chuyền chỉ so sánh từng ảnh với mẫu chuẩn của lớp: bước kiểm tra ở trên không dùng ngưỡng này.</translation>
    </message>
    <message>
        <source>Labels the check gives</source>
        <translation>Nhãn mà bước kiểm tra đưa ra</translation>
    </message>
    <message>
        <source>Each validation photo by its true label (rows) and the label the check gives it (columns): the orientation vote of the nearest good photos, then the part check of its class.</source>
        <translation>Từng ảnh kiểm định theo nhãn thật (hàng) và nhãn mà bước kiểm tra đưa ra (cột): hướng do các ảnh linh kiện tốt gần nhất bình chọn, sau đó là bước kiểm tra linh kiện của lớp.</translation>
    </message>
    <message>
        <source>Labelled right, per label</source>
        <translation>Tỉ lệ gán nhãn đúng, theo nhãn</translation>
    </message>
    <message>
        <source>The share of the validation photos of each true label that the check labels right.</source>
        <translation>Tỉ lệ ảnh kiểm định của từng nhãn thật mà bước kiểm tra gán nhãn đúng.</translation>
    </message>
    <message>
        <source>Likeness to the golden sample</source>
        <translation>Độ giống mẫu chuẩn</translation>
    </message>
    <message>
        <source>Per class: how alike the validation photos are to the class&apos;s golden sample; good parts in their orientation in green, turned parts and NG photos in red, the golden threshold dashed.</source>
        <translation>Theo lớp: mức độ giống nhau giữa ảnh kiểm định và mẫu chuẩn của lớp; linh kiện tốt đúng hướng màu xanh lá, linh kiện xoay sai và ảnh NG màu đỏ, ngưỡng mẫu chuẩn là đường nét đứt.</translation>
    </message>
    <message>
        <source>Golden threshold: errors</source>
        <translation>Ngưỡng mẫu chuẩn: tỉ lệ sai</translation>
    </message>
    <message>
        <source>Per class: the share of turned parts and NG photos passed (red) and of good parts flagged (blue) at each golden threshold; the chosen one dashed.</source>
        <translation>Theo lớp: tỉ lệ linh kiện xoay sai và ảnh NG được cho qua (đỏ) và tỉ lệ linh kiện tốt bị đánh lỗi (xanh dương) ở từng ngưỡng mẫu chuẩn; ngưỡng đã chọn là đường nét đứt.</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>name not in the AOI format</source>
        <translation>tên không theo định dạng AOI</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>không phải ảnh</translation>
    </message>
    <message>
        <source>not in the database</source>
        <translation>không có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>unreadable image</source>
        <translation>ảnh không đọc được</translation>
    </message>
    <message>
        <source>unreadable folder</source>
        <translation>thư mục không đọc được</translation>
    </message>
    <message>
        <source>link to a folder</source>
        <translation>liên kết tới thư mục</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>trùng lặp</translation>
    </message>
    <message>
        <source>excluded by the engineer</source>
        <translation>do kỹ sư loại ra</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>ArcFace angular margin (in margin_unit): how far apart the labels are pushed</source>
        <translation>biên góc ArcFace (đơn vị theo margin_unit): các nhãn bị đẩy xa nhau bao nhiêu</translation>
    </message>
    <message>
        <source>ArcFace logit scale</source>
        <translation>hệ số tỉ lệ logit của ArcFace</translation>
    </message>
    <message>
        <source>GPUs (or CPU processes) to train on</source>
        <translation>số GPU (hoặc tiến trình CPU) dùng để huấn luyện</translation>
    </message>
    <message>
        <source>HOAMV2 adds an edge layer and average + max pooling; HOAM is the original network</source>
        <translation>HOAMV2 thêm lớp biên cạnh và gộp trung bình + cực đại; HOAM là mạng gốc</translation>
    </message>
    <message>
        <source>attention heads; branch_channels must be a multiple</source>
        <translation>số đầu chú ý; branch_channels phải là bội số của nó</translation>
    </message>
    <message>
        <source>centres per label: more lets a label hold several looks</source>
        <translation>số tâm của mỗi nhãn: nhiều hơn cho phép một nhãn có nhiều dáng vẻ</translation>
    </message>
    <message>
        <source>computers to train on</source>
        <translation>số máy tính dùng để huấn luyện</translation>
    </message>
    <message>
        <source>decoded photos in memory, or in a file for large sets; auto chooses</source>
        <translation>ảnh đã giải mã giữ trong bộ nhớ, hoặc trong tệp khi tập ảnh lớn; auto tự chọn</translation>
    </message>
    <message>
        <source>epochs in which the learning rate rises from 0</source>
        <translation>số vòng mà tốc độ học tăng dần từ 0</translation>
    </message>
    <message>
        <source>how much nearer a photo must be to its own label</source>
        <translation>ảnh phải gần nhãn của chính nó hơn bao nhiêu</translation>
    </message>
    <message>
        <source>how several GPUs share the work</source>
        <translation>nhiều GPU chia việc như thế nào</translation>
    </message>
    <message>
        <source>hybrid: ArcFace + triplet + center loss; arcface: ArcFace only</source>
        <translation>hybrid: ArcFace + bộ ba + tâm; arcface: chỉ ArcFace</translation>
    </message>
    <message>
        <source>keeps the weights small against over-fitting</source>
        <translation>giữ trọng số nhỏ để tránh học vẹt (quá khớp)</translation>
    </message>
    <message>
        <source>learning rate of the label centres</source>
        <translation>tốc độ học của các tâm nhãn</translation>
    </message>
    <message>
        <source>learning rate: how large the training steps are</source>
        <translation>tốc độ học: mỗi bước huấn luyện lớn đến đâu</translation>
    </message>
    <message>
        <source>length of the vector that describes a photo</source>
        <translation>độ dài của véc-tơ mô tả một ảnh</translation>
    </message>
    <message>
        <source>limit of a step&apos;s size against jumps; 0: no limit</source>
        <translation>giới hạn độ lớn mỗi bước để tránh nhảy vọt; 0: không giới hạn</translation>
    </message>
    <message>
        <source>number precision: auto is mixed on a GPU, full on a CPU</source>
        <translation>độ chính xác số: auto dùng hỗn hợp trên GPU, đầy đủ trên CPU</translation>
    </message>
    <message>
        <source>passes over the training photos; more takes longer</source>
        <translation>số vòng duyệt qua toàn bộ ảnh huấn luyện; càng nhiều càng lâu</translation>
    </message>
    <message>
        <source>photos are scaled to this square size (a multiple of 32): larger sees more detail, trains slower</source>
        <translation>ảnh được co về hình vuông cỡ này (bội số của 32): lớn hơn thấy rõ chi tiết hơn nhưng huấn luyện chậm hơn</translation>
    </message>
    <message>
        <source>photos of each label in a step</source>
        <translation>số ảnh của mỗi nhãn trong một bước</translation>
    </message>
    <message>
        <source>photos per training step (a multiple of m_per_class)</source>
        <translation>số ảnh mỗi bước huấn luyện (bội số của m_per_class)</translation>
    </message>
    <message>
        <source>the image network (a timm name), e.g. tf_efficientnet_lite0 (fast) or tf_efficientnet_lite2 (larger)</source>
        <translation>mạng xử lý ảnh (tên trong timm), ví dụ tf_efficientnet_lite0 (nhanh) hoặc tf_efficientnet_lite2 (lớn hơn)</translation>
    </message>
    <message>
        <source>imagenet: start from the ImageNet weights that come with the app; none: random weights; or a local weights file (nothing is downloaded)</source>
        <translation>imagenet: bắt đầu từ trọng số ImageNet đi kèm ứng dụng; none: trọng số ngẫu nhiên; hoặc một tệp trọng số cục bộ (không tải gì xuống)</translation>
    </message>
    <message>
        <source>network blocks that keep their ImageNet weights: fewer to train, faster</source>
        <translation>số khối mạng giữ trọng số ImageNet: ít phải huấn luyện hơn, nhanh hơn</translation>
    </message>
    <message>
        <source>processes that load photos (always 0 in the app and on Windows)</source>
        <translation>số tiến trình nạp ảnh (luôn là 0 trong ứng dụng và trên Windows)</translation>
    </message>
    <message>
        <source>random change of brightness while training</source>
        <translation>thay đổi độ sáng ngẫu nhiên khi huấn luyện</translation>
    </message>
    <message>
        <source>random change of colour saturation while training</source>
        <translation>thay đổi độ bão hòa màu ngẫu nhiên khi huấn luyện</translation>
    </message>
    <message>
        <source>random change of contrast while training</source>
        <translation>thay đổi độ tương phản ngẫu nhiên khi huấn luyện</translation>
    </message>
    <message>
        <source>random change of hue while training</source>
        <translation>thay đổi sắc độ ngẫu nhiên khi huấn luyện</translation>
    </message>
    <message>
        <source>seconds between updates of the curves</source>
        <translation>số giây giữa các lần cập nhật đồ thị</translation>
    </message>
    <message>
        <source>small random shift, as a share of the size</source>
        <translation>dịch chuyển ngẫu nhiên nhỏ, theo tỉ lệ kích thước</translation>
    </message>
    <message>
        <source>small random tilt, in degrees (a quarter turn is another label)</source>
        <translation>nghiêng ngẫu nhiên nhỏ, tính bằng độ (xoay một phần tư vòng là nhãn khác)</translation>
    </message>
    <message>
        <source>small random zoom: 1 ± this</source>
        <translation>phóng to/thu nhỏ ngẫu nhiên nhỏ: 1 ± giá trị này</translation>
    </message>
    <message>
        <source>steps between rows of the training logs</source>
        <translation>số bước giữa các dòng của nhật ký huấn luyện</translation>
    </message>
    <message>
        <source>stop after this many epochs without a better score; 0: never</source>
        <translation>dừng khi qua chừng này vòng mà điểm không tốt hơn; 0: không bao giờ</translation>
    </message>
    <message>
        <source>the backbone learns at lr × this (lower it for pretrained weights)</source>
        <translation>mạng xương sống học với tốc độ lr × giá trị này (giảm xuống khi dùng trọng số đã huấn luyện sẵn)</translation>
    </message>
    <message>
        <source>the same seed trains the same way again</source>
        <translation>cùng một hạt giống sẽ huấn luyện lại y như cũ</translation>
    </message>
    <message>
        <source>the unit of the margin</source>
        <translation>đơn vị của biên</translation>
    </message>
    <message>
        <source>the validation score that picks the best model</source>
        <translation>điểm kiểm định dùng để chọn mô hình tốt nhất</translation>
    </message>
    <message>
        <source>weight of the ArcFace loss in the total</source>
        <translation>trọng số của mất mát ArcFace trong tổng</translation>
    </message>
    <message>
        <source>weight of the center loss in the total</source>
        <translation>trọng số của mất mát tâm trong tổng</translation>
    </message>
    <message>
        <source>weight of the triplet loss in the total</source>
        <translation>trọng số của mất mát bộ ba trong tổng</translation>
    </message>
    <message>
        <source>where to train: auto uses the GPU when there is one</source>
        <translation>huấn luyện ở đâu: auto dùng GPU nếu có</translation>
    </message>
    <message>
        <source>width of the local and global branches: more is slower and needs more photos</source>
        <translation>độ rộng của nhánh cục bộ và toàn cục: rộng hơn thì chậm hơn và cần nhiều ảnh hơn</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>Fit for the line: on the validation photos the check stays within both targets (at most {far} of the photos to reject passed, at most {frr} of good parts flagged).</source>
        <translation>Đủ điều kiện cho chuyền: trên ảnh kiểm định, bước kiểm tra đạt cả hai mục tiêu (cho qua tối đa {far} ảnh cần loại, đánh lỗi tối đa {frr} linh kiện tốt).</translation>
    </message>
    <message numerus="yes">
        <source>Trained, but NOT fit for the line: %n class(es) miss the targets (at most {far} of the photos to reject passed, at most {frr} of good parts flagged). Add the photos the table names and train again.</source>
        <translation>
            <numerusform>Đã huấn luyện, nhưng CHƯA đủ điều kiện cho chuyền: %n lớp không đạt mục tiêu (cho qua tối đa {far} ảnh cần loại, đánh lỗi tối đa {frr} linh kiện tốt). Hãy thêm các ảnh mà bảng nêu rồi huấn luyện lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>On the {images} validation photos the check would have passed {passed} of {bad} photos the line must reject and flagged {flagged} of {good} good parts.</source>
        <translation>Trên {images} ảnh kiểm định, bước kiểm tra sẽ cho qua {passed} trong {bad} ảnh mà chuyền phải loại và đánh lỗi {flagged} trong {good} linh kiện tốt.</translation>
    </message>
    <message>
        <source>With this many photos, at 95% confidence, at most {passed} of the photos to reject would pass and {flagged} of good parts be flagged; more photos narrow this.</source>
        <translation>Với số ảnh này, ở độ tin cậy 95%, tối đa {passed} ảnh cần loại sẽ được cho qua và {flagged} linh kiện tốt bị đánh lỗi; càng nhiều ảnh thì khoảng này càng hẹp.</translation>
    </message>
    <message>
        <source>{n} of {of} ({rate})</source>
        <translation>{n} trong {of} ({rate})</translation>
    </message>
    <message>
        <source>at most {bound} at 95%</source>
        <translation>tối đa {bound} ở độ tin cậy 95%</translation>
    </message>
    <message>
        <source>Photos to reject that passed</source>
        <translation>Ảnh cần loại nhưng được cho qua</translation>
    </message>
    <message>
        <source>False accepts: NG photos and parts turned the wrong way that the check said OK</source>
        <translation>Chấp nhận sai: ảnh NG và linh kiện sai hướng mà bước kiểm tra cho là OK</translation>
    </message>
    <message>
        <source>Good parts flagged</source>
        <translation>Linh kiện tốt bị đánh lỗi</translation>
    </message>
    <message>
        <source>False rejects: good parts in their orientation that the check said NG</source>
        <translation>Loại bỏ sai: linh kiện tốt đúng hướng mà bước kiểm tra cho là NG</translation>
    </message>
    <message>
        <source>The line&apos;s verdict on the validation photos</source>
        <translation>Phán định của chuyền trên ảnh kiểm định</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>fit for the line</source>
        <translation>đủ điều kiện cho chuyền</translation>
    </message>
    <message>
        <source>NOT fit for the line</source>
        <translation>CHƯA đủ điều kiện cho chuyền</translation>
    </message>
    <message>
        <source>The check said</source>
        <translation>Bước kiểm tra cho kết quả</translation>
    </message>
    <message>
        <source>OK {ok}, NG {ng}</source>
        <translation>OK {ok}, NG {ng}</translation>
    </message>
    <message>
        <source>Of the {n} validation photos</source>
        <translation>Trong {n} ảnh kiểm định</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>at most {far} passed, {frr} flagged</source>
        <translation>cho qua tối đa {far}, đánh lỗi tối đa {frr}</translation>
    </message>
    <message>
        <source>Labels right</source>
        <translation>Nhãn đúng</translation>
    </message>
    <message>
        <source>Validation photos whose label (Up, Down, Left, Right or NG) the check gives right</source>
        <translation>Ảnh kiểm định được bước kiểm tra gán đúng nhãn (Lên, Xuống, Trái, Phải hoặc NG)</translation>
    </message>
    <message>
        <source>misses the targets</source>
        <translation>không đạt mục tiêu</translation>
    </message>
    <message>
        <source>add {photos}</source>
        <translation>hãy thêm {photos}</translation>
    </message>
    <message>
        <source>Photos for the part check</source>
        <translation>Ảnh cho bước kiểm tra linh kiện</translation>
    </message>
    <message>
        <source>meets the targets</source>
        <translation>đạt mục tiêu</translation>
    </message>
    <message>
        <source>no validation photos</source>
        <translation>không có ảnh kiểm định</translation>
    </message>
    <message>
        <source>Classes: {n}, missing the targets: {failing}</source>
        <translation>Lớp: {n}, không đạt mục tiêu: {failing}</translation>
    </message>
    <message>
        <source>Classes without NG photos</source>
        <translation>Các lớp không có ảnh NG</translation>
    </message>
    <message>
        <source>{n}: add NG photos of them</source>
        <translation>{n}: hãy thêm ảnh NG của các lớp này</translation>
    </message>
    <message>
        <source>Its mistakes</source>
        <translation>Lỗi của lớp</translation>
    </message>
    <message>
        <source>mostly the part turned 180°</source>
        <translation>phần lớn là linh kiện xoay 180°</translation>
    </message>
    <message>
        <source>If the part looks the same turned 180°, say so in the orientation dialog and train again</source>
        <translation>Nếu linh kiện xoay 180° trông vẫn giống, hãy ghi rõ trong hộp thoại hướng rồi huấn luyện lại</translation>
    </message>
    <message>
        <source>Part check</source>
        <translation>Kiểm tra linh kiện</translation>
    </message>
    <message>
        <source>none: fewer than 2 good photos, checked for orientation only</source>
        <translation>không có: ít hơn 2 ảnh linh kiện tốt, chỉ kiểm tra hướng</translation>
    </message>
    <message>
        <source>{good} good, {ng} NG</source>
        <translation>{good} tốt, {ng} NG</translation>
    </message>
    <message>
        <source>No NG photos</source>
        <translation>Không có ảnh NG</translation>
    </message>
    <message>
        <source>add NG photos</source>
        <translation>hãy thêm ảnh NG</translation>
    </message>
    <message>
        <source>A wrong or missing part is caught only when it looks unlike every good photo, which this run could not test</source>
        <translation>Linh kiện sai hoặc thiếu chỉ bị phát hiện khi trông khác mọi ảnh linh kiện tốt, điều mà lượt này không kiểm chứng được</translation>
    </message>
    <message>
        <source>NG photos the part check passes</source>
        <translation>Ảnh NG mà bước kiểm tra linh kiện cho qua</translation>
    </message>
    <message>
        <source>{n} of {of}</source>
        <translation>{n} trong {of}</translation>
    </message>
    <message>
        <source>Good photos unlike the others</source>
        <translation>Ảnh linh kiện tốt không giống các ảnh khác</translation>
    </message>
    <message numerus="yes">
        <source>%n, worth a look</source>
        <translation>
            <numerusform>%n ảnh, đáng xem lại</numerusform>
        </translation>
    </message>
    <message>
        <source>Often a wrong or missing part filed as good</source>
        <translation>Thường là linh kiện sai hoặc thiếu bị xếp nhầm vào ảnh tốt</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Đầu vào</translation>
    </message>
    <message>
        <source>Images for training / validation</source>
        <translation>Ảnh huấn luyện / kiểm định</translation>
    </message>
    <message>
        <source>Each photo in every orientation it was turned to</source>
        <translation>Mỗi ảnh theo mọi hướng mà nó được xoay tới</translation>
    </message>
    <message>
        <source>Files left out</source>
        <translation>Tệp bị bỏ qua</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>{architecture} on {backbone}, {size} px</source>
        <translation>{architecture} trên {backbone}, {size} px</translation>
    </message>
</context>
</TS>
