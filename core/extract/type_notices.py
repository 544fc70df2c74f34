"""Notices: the documents one side issues and the letters it sends, rows of the main event's type table
(:data:`.type_vocab.MAIN_TYPE_PHRASES`, through :data:`.type_words.MORE_TYPE_PHRASES`, after its other rows).

Same shape and ranks as there: (folded phrase, type, rank, example written for the table); the lowest rank of the
main clause wins. A decision approved or signed ("phê duyệt Đề án", "ký Quyết định"), a resolution passed, a
written answer to a partner's request, a letter or telegram of sympathy or congratulation sent: the occasion
(``announcement``) when nothing else is named, rank 8, so never over a visit, a meeting or a signing that cites
it ("ký Quyết định" and "ra thông báo" rank 6). Split out of :mod:`.type_words` (round 36, fold36) to keep each
module well under ~400 lines; rows and order unchanged.
"""

from __future__ import annotations

NOTICE_PHRASES: tuple[tuple[str, str, int, str], ...] = (
    # --- documents one side issues (rank 8: never over an occasion that cites them)
    ("phe duyet", "announcement", 8, "UBND tỉnh A phê duyệt Đề án hợp tác du lịch với tỉnh B"),
    ("quyet dinh thanh lap", "announcement", 8, "UBND tỉnh A quyết định thành lập Tổ công tác hợp tác với tỉnh B (para31)"),
    # (no rows for a bare letter, "có Công văn", "ra văn bản": a letter is often what an occasion follows up) ...
    # ... but one that agrees with or answers a partner's request is the news (round 18, holdout17 x17; not "có văn
    # bản chỉ đạo", a directive to one's own agencies about the occasion the page tells)
    ("co van ban thong nhat", "announcement", 8, "Chủ tịch UBND tỉnh A vừa có văn bản thống nhất đặt tên cây cầu nối với tỉnh B"),
    ("co van ban dong y", "announcement", 8, "UBND tỉnh A có văn bản đồng ý đề xuất của tỉnh B về tuyến xe buýt"),
    ("co van ban chap thuan", "announcement", 8, "UBND tỉnh A đã có văn bản chấp thuận chủ trương mở đường nối tỉnh B"),
    ("co van ban tra loi", "announcement", 8, "UBND tỉnh A có văn bản trả lời kiến nghị của UBND tỉnh B"),
    ("co van ban phuc dap", "announcement", 8, "Sở Giao thông tỉnh A có văn bản phúc đáp đề nghị của tỉnh B"),
    ("co cong van thong nhat", "announcement", 8, "UBND tỉnh A có công văn thống nhất vị trí mốc ranh giới với tỉnh B"),
    ("co cong van dong y", "announcement", 8, "UBND tỉnh A vừa có công văn đồng ý cho xe tỉnh B qua địa bàn"),
    ("co cong van tra loi", "announcement", 8, "UBND tỉnh A có công văn trả lời tỉnh B về việc tiếp nhận công dân"),
    # an agreed plan made known, no occasion named (holdout17 x16): below every occasion, "tại hội nghị, hai bên thống
    # nhất phương án …" stays the meeting
    ("thong nhat phuong an", "announcement", 8, "UBND hai tỉnh A và B vừa thống nhất phương án mở tuyến xe buýt liền kề"),
    ("thong nhat chu truong", "announcement", 8, "Thường trực hai tỉnh A và B đã thống nhất chủ trương xây cầu nối hai bờ"),
    # ... and an approval of the plan made known (round 20): "Thủ tướng đã đồng ý chủ trương thiết lập quan hệ …"
    ("dong y chu truong", "announcement", 8, "Thủ tướng đồng ý chủ trương thiết lập quan hệ hữu nghị giữa tỉnh A và tỉnh B"),
    ("chap thuan chu truong", "announcement", 8, "UBND tỉnh A chấp thuận chủ trương hợp tác phát triển du lịch với tỉnh B"),
    # ... or a unit let establish ties (round 21): "UBND tỉnh A đồng ý để huyện B thiết lập quan hệ hữu nghị với huyện C"
    ("dong y de", "announcement", 8, "UBND tỉnh A đồng ý để huyện B thiết lập quan hệ hữu nghị với huyện C (Lào)"),
    ("ky quyet dinh", "announcement", 6, "Chủ tịch UBND tỉnh A ký Quyết định phê duyệt Kế hoạch hợp tác với tỉnh B"),
    # a request to the partner's government, when nothing else is named (a request made at talks is the talks)
    ("de nghi ubnd", "announcement", 8, "UBND tỉnh A đề nghị UBND tỉnh B hỗ trợ máy gặt đập liên hợp"),
    ("de nghi uy ban nhan dan", "announcement", 8, "UBND tỉnh A đề nghị Ủy ban nhân dân tỉnh B hỗ trợ"),
    ("ra thong bao", "announcement", 6, "Văn phòng UBND tỉnh A ra thông báo về kết quả hợp tác với tỉnh B"),
    ("thong qua nghi quyet", "announcement", 8, "HĐND tỉnh A thông qua Nghị quyết hỗ trợ tỉnh B"),
    # ... and a document told as passed on its day (round 21, commune21): "Kế hoạch … vừa được UBND huyện thông qua ngày 9/2"
    ("thong qua ngay", "announcement", 8, "Kế hoạch hợp tác với huyện B vừa được Thường trực Huyện ủy A thông qua ngày 9/2"),
    # a letter of sympathy or congratulation sent (round 14; rank 8: the visit that hands one over stays the visit)
    ("thu tham hoi", "announcement", 8, "Lãnh đạo tỉnh A vừa có Thư thăm hỏi gửi đến tỉnh B, nơi bị thiệt hại do bão"),
    ("thu chia buon", "announcement", 8, "Chủ tịch UBND tỉnh A gửi thư chia buồn tới lãnh đạo tỉnh B"),
    ("thu chuc mung", "announcement", 8, "Bí thư Tỉnh ủy A gửi thư chúc mừng Tết cổ truyền tới lãnh đạo tỉnh B"),
    ("thu cam on", "announcement", 8, "UBND tỉnh A có thư cảm ơn gửi tỉnh B đã hỗ trợ khắc phục hậu quả lũ lụt (round 21)"),
    ("dien chuc mung", "announcement", 8, "lãnh đạo tỉnh A gửi điện chúc mừng Quốc khánh tới chính quyền tỉnh B"),
    ("dien mung", "announcement", 8, "tỉnh A gửi điện mừng nhân kỷ niệm ngày thành lập tỉnh B"),
    # ... a telegram or letter named as the message itself, and the sympathy it sends (round 26, justice26 03)
    ("buc dien", "announcement", 8, "Trong bức điện ngày 5/10, Chủ tịch tỉnh A bày tỏ sự cảm thông với tỉnh B"),
    ("buc thu", "announcement", 8, "Trong bức thư gửi lãnh đạo tỉnh B ngày 3/2, Bí thư tỉnh A cảm ơn …"),
    ("dien chia buon", "announcement", 8, "lãnh đạo tỉnh A gửi điện chia buồn tới tỉnh B về thiệt hại do lũ"),
    ("dien tham hoi", "announcement", 8, "UBND tỉnh A có điện thăm hỏi gửi nhân dân tỉnh B sau trận bão"),
)
