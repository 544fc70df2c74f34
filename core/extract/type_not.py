"""Phrases whose words are not the main event's occasion (a venue, a framing, an anniversary's name, twinned
units named by their bond): matched folded where an occasion's phrase of :mod:`.type_vocab` would read one.

Split out of :mod:`.type_vocab` (round 30) to keep each module under ~400 lines; that module adds the other
tables' exceptions to it and re-exports it.
"""

from __future__ import annotations

# Phrases whose words are not the occasion: a venue ("Trung tâm Hội nghị tỉnh"), a
# framing ("chương trình làm việc"), an anniversary's name ("45 năm ngày ký Hiệp ước"),
# twinned units named by their bond ("huyện kết nghĩa Đông Sơn", "60 năm kết nghĩa").
MAIN_TYPE_NOT: tuple[str, ...] = (
    "trung tam hoi nghi", "hoi truong", "nha khach", "cung van hoa", "chuong trinh lam viec",
    "ngay ky", "nam ky", "tinh ket nghia", "huyen ket nghia", "xa ket nghia", "don vi ket nghia",
    "anh em ket nghia", "nam ket nghia", "quan he ket nghia", "ket qua ky ket", "thanh pho ket nghia",
    "hop tac ket nghia", "ve ket nghia",
    "mo hinh ket nghia",   # the twinning scheme, not its signing: "cam kết thực hiện mô hình kết nghĩa bản - bản" (round 49)
    # what was signed, as a noun: "triển khai các nội dung ký kết", "cụ thể hóa nội dung đã ký kết"
    "noi dung ky ket", "noi dung da ky ket",
    "ban hanh chinh",   # a Cambodian province's administration: "Ban Hành chính tỉnh Prey Veng"
    "ban giao thong", "ban giao duc",   # a body ("Ban Giao thông tỉnh Hủa Phăn"), no handover ('bàn giao')
    "ban giao uoc",   # a covenant ("sơ kết Bản Giao ước thi đua giữa hai tỉnh", round 33), no handover either
    # 'đã tiếp' + another word receives no one: "đã tiếp tục", "đã tiếp nhận 500 tấn gạo", "buổi tiếp theo"
    "da tiep tuc", "da tiep nhan", "da tiep thu", "da tiep can", "da tiep xuc", "buoi tiep theo", "buoi tiep xuc",
    "ket hop ban",   # "kết hợp bản sắc …" holds no 'họp bàn' (a meeting)
    # ... nor "phối hợp bảo vệ/bảo đảm", "kết hợp bảo tồn" a 'họp báo' (a press conference)
    "phoi hop bao", "ket hop bao",
    # ... "phối hợp trao đổi thông tin" a 'họp trao đổi', "phối hợp với các sở" a 'họp với các sở' (both
    # 'cooperate', no meeting): "phối hợp với"/"kết hợp với" name no occasion
    "phoi hop trao doi", "ket hop trao doi", "phoi hop voi", "ket hop voi",
    # ... "một số kết quả" a 'sơ kết' (a review), "thông báo sơ bộ" a 'Thông báo số', "cơ hội cho" a 'hội chợ'
    "so ket qua", "so ket noi", "thong bao so bo", "co hoi cho",
    "truc tiep",   # 'trực tiếp lãnh đạo' (directly leads), 'trực tiếp chỉ đạo': no reception
    # a building or an office for work, no working session: "bàn giao trường học gồm 6 phòng học, văn phòng
    # làm việc của Hội …", "hỗ trợ xây dựng nhà làm việc cho công an các bản giáp biên", "trụ sở làm việc"
    "van phong lam viec", "nha lam viec", "tru so lam viec",
    # the days of a stay, no working session: "Trong 3 ngày làm việc (5/11 đến 7/11) tại tỉnh A, Đoàn … đã …"
    "ngay lam viec",
    # what the parties will do more of is a field of their cooperation, no occasion: "hai tỉnh sẽ … đồng thời tăng
    # cường giao lưu văn hóa, giao lưu nhân dân" (a festival held, "tổ chức giao lưu văn hóa", is one)
    "tang cuong giao luu", "day manh giao luu", "thuc day giao luu", "mo rong giao luu",
    # a state visit of the countries' leaders ("Chủ tịch nước … nhận lời mời thăm cấp nhà nước đến Việt Nam") is
    # the nations' occasion, told as background on a page of two localities
    "tham cap nha nuoc",
    # "tăng qua các năm" (grew over the years) folds like "tặng quà" (gifts)
    "tang qua cac nam", "tang qua tung nam", "tang qua moi nam", "tang qua hang nam", "tang qua nhieu nam",
    "lich lam viec", "lich cong tac",   # a schedule: "Tiếp tục lịch làm việc tại Lào, sáng 30/3, đoàn … đến thăm"
    # words that fold to 'thăm' (visit) and are others: "thắm tình hữu nghị" (a festival's motto),
    # "thắm thiết", "thấm nhuần", "thẩm quyền", "thâm niên" (more in FOLDS_LIKE_VISIT)
    "tham tinh huu nghi", "tham tinh doan ket", "tham tinh anh em", "tham tinh dong chi", "tham thiet",
    "tham duom", "tham nhuan", "tham quyen", "tham nien",
    # ... "thảm họa" (a disaster) and "tham tán" (a counsellor) only where nothing else can follow
    # ("thăm Hòa Bình", "thăm Tân Biên" are visits)
    "khac phuc tham hoa", "tham hoa thien tai", "tham hoa thien nhien", "tham hoa moi truong",
    "tham tan dai su", "tham tan cong su", "tham tan thuong mai", "tham tan kinh te", "tham tan chinh tri",
    # a signing the occasion prepares: "làm việc về các nội dung cho ký kết", "hội đàm tiến tới ký kết"
    "cho ky ket", "cho viec ky ket", "tien toi ky ket", "tien toi viec ky ket", "huong toi ky ket",
    "huong toi viec ky ket",
    # ... and a signing the parties work towards, named by its preparation (round 20, west20): "TP A xúc tiến
    # ký thỏa thuận hữu nghị với các tỉnh B" over a reception, "đề nghị hai bên nghiên cứu ký kết thiết lập
    # quan hệ", "họp chuẩn bị cho lễ ký kết": no signing is reported
    "xuc tien ky", "xuc tien viec ky", "nghien cuu ky ket", "nghien cuu viec ky ket", "chuan bi ky ket",
    "chuan bi cho ky ket", "chuan bi cho viec ky ket", "chuan bi cho le ky ket",
    # a person's title, no delegation's trip: "…; Trưởng đoàn đại biểu tỉnh B Nguyễn Văn C; …" in a list of who came
    # (late24type; "Đoàn đại biểu tỉnh B do ông C làm trưởng đoàn đến thăm …" keeps its delegation and its verb)
    "truong doan dai bieu", "truong doan cong tac",
    # an anniversary of a relation established: "kỷ niệm 30 năm chính thức thiết lập quan hệ hữu nghị"
    "nam chinh thuc thiet lap", "ngay chinh thuc thiet lap",
)
