"""The main event's type: the phrases of the sentence that dates it, kept as tables a linguist
can review (read by :mod:`hoptac.core.extract.event_type`; :mod:`.vocab` re-exports them).

Every entry is matched on folded text (no accents, no case, đ→d), so the folded form is what
is written here; the Vietnamese original is beside it.
"""

from __future__ import annotations


# The MAIN event's type follows the main verb of the sentence that dates it (framing
# clauses such as "Trong khuôn khổ chuyến thăm …," set aside). When a sentence has
# several, the lowest rank wins: a conference during which something is signed is a
# conference ("hội đàm và ký kết biên bản"), but a signing ceremony is a signing
# ("Lễ ký kết", "Hội nghị ký kết"); a courtesy call with gifts is a visit. A headline
# that opens by naming the occasion ("Ký kết Bản ghi nhớ …", "Hội đàm giữa …") decides
# between the types the sentence holds.
# (folded phrase, type, rank, example)
MAIN_TYPE_PHRASES: tuple[tuple[str, str, int, str], ...] = (
    ("ban hanh", "announcement", 1, "UBND tỉnh đã ban hành Kế hoạch số 1433/KH-UBND"),
    ("ky ban hanh", "announcement", 1, "Chủ tịch UBND thành phố ký ban hành Quyết định số …"),
    ("co van ban gui", "announcement", 1, "cho biết đã có văn bản gửi UBND tỉnh …"),
    ("co van ban de nghi", "announcement", 1, "UBND tỉnh có văn bản đề nghị tỉnh bạn tạo điều kiện thông quan"),
    ("gui van ban", "announcement", 1, "gửi văn bản đề nghị …"),
    # ... and the same letter named "công văn" (round 38, region38 11: "vừa có công văn gửi UBND thành phố B về việc
    # ký kết …": the letter is the news, the signing it is about comes later)
    ("co cong van gui", "announcement", 1, "UBND tỉnh A vừa có công văn gửi UBND tỉnh B về việc ký kết thỏa thuận hợp tác"),
    ("co cong van de nghi", "announcement", 1, "UBND tỉnh A có công văn đề nghị tỉnh B phối hợp quản lý cửa khẩu"),
    # round 44 (late44a, animal44 07): a letter told by what it is about ("… vừa có công văn về việc hỗ trợ kinh phí
    # giúp đỡ tỉnh B"): the letter is the news, as "có công văn gửi"; a letter merely cited ("theo công văn …") is not
    ("co cong van ve viec", "announcement", 1, "Văn phòng Tỉnh ủy A vừa có công văn về việc hỗ trợ kinh phí giúp đỡ tỉnh B"),
    ("gui cong van", "announcement", 1, "UBND tỉnh A gửi công văn đề nghị tỉnh B … (as 'gửi văn bản')"),
    ("thong bao so", "announcement", 1, "Thông báo số 2077-TB/TU"),
    ("cong bo", "announcement", 1, "công bố quy hoạch"),
    ("trao quyet dinh", "announcement", 1, "trao quyết định công nhận xã đạt chuẩn nông thôn mới"),
    ("le ra mat", "announcement", 1, "Lễ ra mắt Câu lạc bộ doanh nghiệp hai tỉnh"),
    ("ra mat", "announcement", 4, "hai tỉnh ra mắt tour du lịch chung (a launch, even at a conference)"),
    # a press conference is 'other' (it announces, it is no decision issued): "Sở Du lịch tỉnh A họp báo giới
    # thiệu Tuần văn hóa tỉnh A tại tỉnh B" (dated by the planned occasion's days, the occasion: event_type)
    ("hop bao", "other", 4, "Sở Ngoại vụ họp báo giới thiệu lễ hội"),
    ("to chuc hop bao", "other", 4, "Ban tổ chức Năm du lịch tỉnh A tổ chức họp báo tại thành phố B (not 'tổ chức họp')"),
    ("buoi hop bao", "other", 4, "buổi họp báo thông tin về Hội nghị liên kết du lịch của ba tỉnh"),
    # round 25 (late25type): "cuộc họp báo" holds the letters of 'cuộc họp' (a meeting, rank 5), which the matcher took
    # first: the whole noun phrase is the press conference
    ("cuoc hop bao", "other", 4, "Phó Giám đốc Sở nói tại cuộc họp báo về chương trình giao lưu tổ chức chiều 5/3"),
    ("co thong bao", "announcement", 6, "Thành ủy có Thông báo kết luận …"),
    ("thong bao ket luan", "announcement", 6, "Thông báo kết luận của Ban Thường vụ"),
    ("ket luan so", "announcement", 6, "Kết luận số 15-KL/TU (a conference that discusses it stays a conference)"),
    ("ke hoach so", "announcement", 6, "Kế hoạch số 120/KH-UBND"),
    ("quyet dinh so", "announcement", 6, "Quyết định số 1234/QĐ-UBND"),
    ("cong van so", "announcement", 6, "UBND tỉnh có Công văn số 512/UBND-KT gửi …"),
    ("bao cao so", "announcement", 6, "UBND tỉnh có Báo cáo số 120/BC-UBND về kết quả hợp tác"),
    ("chi thi so", "announcement", 6, "Chỉ thị số 05/CT-UBND"),
    ("nghi quyet so", "announcement", 6, "Nghị quyết số 26-NQ/TU (a conference that studies it stays a conference)"),
    ("hop voi cac nganh", "other", 2, "chủ trì cuộc họp với các ngành hữu quan (an internal meeting)"),
    ("cuoc hop voi cac nganh", "other", 2, "chủ trì cuộc họp với các ngành hữu quan"),
    ("cuoc hop voi cac so", "other", 2, "cuộc họp với các sở, ngành"),
    ("hop voi cac so", "other", 2, "họp với các sở, ngành để chuẩn bị …"),
    ("cuoc hop chuan bi", "other", 2, "cuộc họp chuẩn bị cho hội nghị …"),
    # a host meeting alone to plan how it will receive a delegation: "chủ trì hội nghị bàn kế hoạch đón
    # tiếp đoàn đại biểu tỉnh bạn" (the reception it plans is not held yet; a page about the visit
    # itself, "Huyện A chuẩn bị đón đoàn … sang thăm", names no meeting and is the visit)
    ("ban ke hoach don tiep", "other", 2, "Phó Chủ tịch UBND tỉnh chủ trì hội nghị bàn kế hoạch đón tiếp đoàn tỉnh bạn"),
    ("trien khai ke hoach don", "other", 2, "Sở Ngoại vụ họp triển khai kế hoạch đón đoàn đại biểu huyện bạn"),
    ("hop chuan bi don", "other", 2, "UBND huyện họp chuẩn bị đón đoàn công tác huyện kết nghĩa"),
    # a host hearing its own departments report (on what it prepares): "Chủ tịch UBND tỉnh chủ trì cuộc họp nghe các
    # sở, ngành báo cáo kế hoạch tổ chức Liên hoan … với tỉnh bạn" is an internal meeting, not one with the partner
    ("cuoc hop nghe", "other", 2, "Chủ tịch UBND tỉnh chủ trì cuộc họp nghe các sở, ngành báo cáo kế hoạch tổ chức Lễ hội biên giới"),
    ("hop nghe cac so", "other", 2, "Thường trực UBND tỉnh họp nghe các sở báo cáo công tác chuẩn bị đón đoàn tỉnh bạn"),
    ("hop nghe bao cao", "other", 2, "UBND huyện họp nghe báo cáo công tác chuẩn bị giao lưu với huyện bạn"),
    ("ban cong tac chuan bi don", "other", 2, "hội nghị bàn công tác chuẩn bị đón tiếp đoàn đại biểu tỉnh bạn"),
    ("hop ban cong tac chuan bi don", "other", 2, "huyện họp bàn công tác chuẩn bị đón tiếp đoàn đại biểu tỉnh bạn"),
    ("le ky niem", "other", 3, "Lễ kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao"),
    # a meeting named for an anniversary is the celebration: "hai xã tổ chức gặp mặt kỷ niệm 10 năm
    # kết nghĩa" (what is signed at it is part of it)
    ("gap mat ky niem", "other", 3, "xã Hương Lâm tổ chức gặp mặt kỷ niệm 10 năm kết nghĩa với bản Na Sơn"),
    ("hop mat ky niem", "other", 3, "Hội hữu nghị tỉnh họp mặt kỷ niệm 45 năm Ngày ký Hiệp ước"),
    ("mit tinh ky niem", "other", 3, "hai huyện tổ chức mít tinh kỷ niệm 20 năm kết nghĩa"),
    # ... and a rally named as a ceremony, whatever it marks (round 22, highland23 02), also spelt "mitting": a
    # ceremony attended on one day stays that ceremony
    ("le mit tinh", "other", 3, "Lễ mít tinh chào mừng 60 năm quan hệ ngoại giao có đoàn đại biểu tỉnh A"),
    ("le mitting", "other", 3, "tại tỉnh B diễn ra Lễ mitting chào mừng Quốc khánh"),
    ("du mitting", "other", 3, "Đoàn đại biểu tỉnh A dự Mitting tại tỉnh B (Lào)"),
    ("to chuc ky niem", "other", 3, "ba quận vừa tổ chức kỷ niệm 30 năm kết nghĩa"),
    ("le ban giao", "other", 3, "lễ bàn giao Trường phổ thông …"),
    ("ban giao", "other", 3, "bàn giao công trình"),
    ("khanh thanh", "other", 3, "khánh thành công trình"),
    ("le ky", "signing", 4, "Lễ ký kết chương trình hợp tác"),
    ("le ky ket", "signing", 4, "tổ chức lễ ký kết Biên bản hợp tác"),
    ("hoi nghi ky ket", "signing", 4, "tổ chức Hội nghị ký kết phát triển du lịch"),
    # ... "hội nghị ký <what is signed>" without "kết" (round 17; not "hội nghị kỷ niệm", which folds alike)
    ("hoi nghi ky chuong trinh", "signing", 4, "Hội Nông dân tỉnh A tổ chức Hội nghị ký chương trình phối hợp với tỉnh B"),
    ("hoi nghi ky thoa thuan", "signing", 4, "hai sở tổ chức hội nghị ký thỏa thuận hợp tác"),
    ("hoi nghi ky bien ban", "signing", 4, "hai huyện tổ chức hội nghị ký biên bản ghi nhớ"),
    ("hoi nghi ky quy che", "signing", 4, "Công an hai tỉnh tổ chức hội nghị ký quy chế phối hợp"),
    ("hoi nghi ky giao uoc", "signing", 4, "cụm thi đua tổ chức hội nghị ký giao ước thi đua"),
    # an online meeting held to sign ("hội nghị trực tuyến ký kết", "hội nghị trực tuyến, ký kết"): a signing ceremony
    ("hoi nghi truc tuyen ky ket", "signing", 4, "hai tỉnh tổ chức hội nghị trực tuyến ký kết thỏa thuận hợp tác"),
    ("hoi nghi truc tuyen, ky ket", "signing", 4, "tỉnh A và châu B vừa tổ chức hội nghị trực tuyến, ký kết chương trình hợp tác"),
    # a meeting held to carry out a signing ("triển khai ký kết": proceed to sign), not to implement what
    # was signed ("triển khai kết quả ký kết", "triển khai nội dung đã ký kết" stay meetings)
    ("hoi nghi trien khai ky ket", "signing", 4, "Công an hai huyện tổ chức hội nghị triển khai ký kết quy chế phối hợp"),
    ("le ket nghia", "signing", 4, "đã diễn ra lễ kết nghĩa giữa …"),
    # signed copies handed over ("lễ trao đổi văn kiện"), a relation established by a signed act
    ("le trao doi van kien", "signing", 4, "hai tỉnh tổ chức lễ trao đổi văn kiện hợp tác"),
    ("trao doi van kien", "signing", 6, "lãnh đạo hai thành phố trao đổi văn kiện hợp tác"),
    ("trao doi bien ban", "signing", 6, "lãnh đạo hai tỉnh đã trao đổi Biên bản ghi nhớ hợp tác giai đoạn mới"),
    ("trao doi ban ghi nho", "signing", 6, "hai bên trao đổi Bản ghi nhớ về hợp tác giáo dục"),
    ("trao doi thoa thuan", "signing", 6, "hai huyện trao đổi Thỏa thuận hợp tác năm 2025"),
    # ... a letter of intent or an agreement's text handed over, as the partners of Japan and Korea write it
    # (round 20; "trao đổi thư chúc mừng", "trao đổi văn bản" alone stay no signing)
    ("trao doi y dinh thu", "signing", 6, "tỉnh A và thành phố B (Nhật Bản) trao đổi Ý định thư về hợp tác"),
    ("trao doi thu y dinh", "signing", 6, "lãnh đạo hai địa phương trao đổi thư ý định hợp tác"),
    ("trao y dinh thu", "signing", 6, "Chủ tịch UBND tỉnh A và Thị trưởng thành phố B trao Ý định thư hợp tác"),
    ("trao thu y dinh", "signing", 6, "hai bên trao thư ý định thiết lập quan hệ hữu nghị"),
    ("trao doi van ban thoa thuan", "signing", 6, "lãnh đạo hai tỉnh trao đổi văn bản thỏa thuận hợp tác"),
    ("trao doi van ban ghi nho", "signing", 6, "hai bên trao đổi văn bản ghi nhớ hợp tác"),
    ("chinh thuc thiet lap quan he", "signing", 6, "hai tỉnh đã chính thức thiết lập quan hệ hữu nghị "
     "(not the anniversary of one: 'kỷ niệm 30 năm chính thức thiết lập quan hệ')"),
    ("ket nghia", "signing", 6, "Kết nghĩa thôn, bản hai bên biên giới; xã A kết nghĩa với xã B"),
    ("hoi nghi", "conference", 5, "tổ chức Hội nghị hợp tác"),
    ("hoi dam", "conference", 5, "đã đến thăm và hội đàm với lãnh đạo tỉnh"),
    ("hoi thao", "conference", 5, "Hội thảo xúc tiến đầu tư"),
    ("toa dam", "conference", 5, "tọa đàm hợp tác"),
    ("dien dan", "conference", 5, "Diễn đàn hợp tác"),
    ("so ket", "conference", 5, "tổ chức sơ kết chương trình hợp tác"),
    ("tong ket", "conference", 5, "hội nghị tổng kết"),
    ("cuoc hop", "conference", 5, "cuộc họp giữa hai bên"),
    ("phien hop", "conference", 5, "phiên họp"),
    ("ky hop", "conference", 5, "Kỳ họp thường niên"),
    ("gap mat", "conference", 5, "buổi gặp mặt"),
    ("gap go", "conference", 5, "đã có buổi gặp gỡ, trao đổi thông tin"),
    ("cuoc gap", "conference", 5, "hai tỉnh tổ chức cuộc gặp cấp cao thường niên"),
    ("to chuc hop", "conference", 5, "hai tỉnh tổ chức họp trao đổi về công tác biên giới"),
    ("hop trao doi", "conference", 5, "lãnh đạo hai huyện họp trao đổi về thông quan hàng hóa"),
    # round 61 (transport61 03): the sides met, told by the bare verb and where ("đại diện tỉnh A và tỉnh B
    # của nước C đã họp tại A để bàn …", as "họp bàn" below); a province's own meeting to prepare is read by the
    # rank-2 rows above
    ("da hop tai", "conference", 5, "đại diện tỉnh A và tỉnh B đã họp tại A để bàn việc mở tuyến du lịch"),
    ("hop ban", "conference", 5, "hai bên họp bàn kế hoạch hợp tác năm tới"),
    ("dien dam", "conference", 5, "lãnh đạo hai tỉnh điện đàm về phòng chống dịch (talks by telephone)"),
    ("hop truc tuyen", "conference", 5, "hai tỉnh họp trực tuyến về thông quan hàng hóa"),
    ("hoi ngo", "conference", 5, "lãnh đạo hai huyện biên giới hội ngộ đầu xuân tại cửa khẩu"),
    # a host who meets a visiting delegation receives it (as 'tiếp đoàn'); a delegation that meets another
    # ("Đoàn đại biểu A đã có cuộc gặp mặt với đoàn đại biểu B") holds a meeting (event_type)
    ("gap mat voi doan", "visit", 5, "Chủ tịch UBND tỉnh A đã gặp mặt với đoàn đại biểu tỉnh B (Lào) sang thăm"),
    ("cuoc gap mat voi doan", "visit", 5, "Thống đốc tỉnh B đã có cuộc gặp mặt với đoàn công tác tỉnh A"),
    ("gap mat voi phai doan", "visit", 5, "Tỉnh trưởng tỉnh B gặp mặt với phái đoàn tỉnh A do ông C dẫn đầu"),
    # ... a meeting named with the courtesy call it is (round 60): the guests' greeting visit
    ("gap mat va chao xa giao", "visit", 5, "UBND tỉnh A tổ chức buổi gặp mặt và chào xã giao đoàn công tác tỉnh B (Lào)"),
    ("gap mat, chao xa giao", "visit", 5, "Lãnh đạo huyện A có buổi gặp mặt, chào xã giao đoàn đại biểu huyện B"),
    ("cuoc gap mat voi phai doan", "visit", 5, "Thị trưởng thành phố B đã có cuộc gặp mặt với phái đoàn thành phố A"),
    ("gap go voi doan", "visit", 5, "Bí thư Tỉnh ủy A gặp gỡ với đoàn đại biểu huyện B đang thăm tỉnh"),
    ("gap go phai doan", "visit", 5, "Thống đốc tỉnh B đã gặp gỡ phái đoàn tỉnh A"),
    ("gap go doan", "visit", 5, "Chủ tịch Hội đồng tỉnh … đã gặp gỡ đoàn đại biểu tỉnh … (a host meets a visiting "
     "delegation, as 'tiếp đoàn')"),
    ("lam viec", "conference", 5, "lãnh đạo tỉnh đã có cuộc làm việc với đoàn đại biểu tỉnh bạn (a working session, "
     "from either side: 'đoàn công tác tỉnh A đã có buổi làm việc với Tỉnh trưởng tỉnh B' too)"),
    ("ky ket", "signing", 6, "2 tỉnh đã ký kết Biên bản ghi nhớ"),
    # "put pen to paper" (round 62): "lãnh đạo 13 tỉnh đã đặt bút ký vào bản quy chế phối hợp"
    ("dat but ky", "signing", 6, "lãnh đạo hai tỉnh đã đặt bút ký vào bản quy chế phối hợp"),
    ("ky ban", "signing", 6, "đã ký Bản thoả thuận hợp tác"),
    ("ky thoa thuan", "signing", 6, "ký thỏa thuận hợp tác"),
    ("ky bien ban", "signing", 6, "ký biên bản ghi nhớ"),
    # folded, "ký hợp tác" reads as "kỳ họp" (a session): signing a cooperation, a contract
    ("ky hop tac", "signing", 6, "tỉnh Lâm Đồng và tỉnh Ninh Thuận ký hợp tác phát triển du lịch"),
    ("ky hop dong", "signing", 6, "hai sở ký hợp đồng hợp tác xúc tiến thương mại"),
    # the minutes of talks, signed: the talks are the document's name ("hai huyện đã ký Biên bản hội đàm về
    # quản lý biên giới"); talks named apart ("hội đàm và ký Biên bản hội đàm") stay the occasion
    ("ky bien ban hoi dam", "signing", 6, "hai huyện biên giới đã ký Biên bản hội đàm về quản lý biên giới"),
    ("ky ket bien ban hoi dam", "signing", 6, "Sở Y tế hai bên ký kết Biên bản hội đàm về phòng chống dịch"),
    ("ky ghi nho", "signing", 6, "ký ghi nhớ hợp tác"),
    ("ky hiep dinh", "signing", 6, "ký Hiệp định"),
    ("ky chuong trinh", "signing", 6, "ký chương trình phối hợp"),
    ("ky y dinh thu", "signing", 6, "ký ý định thư"),
    ("ky thu y dinh", "signing", 6, "tỉnh Đồng Nai ký thư ý định với tỉnh Pinar del Río"),
    ("ky van ban", "signing", 6, "hai thành phố ký văn bản hợp tác"),
    ("ky bo sung", "signing", 6, "hai chi cục đã ký bổ sung Quy chế phối hợp bảo vệ rừng (an addendum signed)"),
    ("trao bien ban", "signing", 6, "trao Biên bản ghi nhớ"),
    ("trao thoa thuan", "signing", 6, "lãnh đạo hai tỉnh đã trao Thỏa thuận hợp tác (the signed copies exchanged)"),
    ("trao ban thoa thuan", "signing", 6, "trao Bản thỏa thuận hợp tác"),
    ("trao van ban", "signing", 6, "trao văn bản thỏa thuận hợp tác"),
    ("trao ban ghi nho", "signing", 6, "trao Bản ghi nhớ hợp tác"),
    ("den tham", "visit", 7, "đã đến thăm, chúc Tết tỉnh Nghệ An"),
    ("sang tham", "visit", 7, "sang thăm và chúc Tết"),
    ("tham va lam viec", "visit", 7, "thăm và làm việc tại huyện kết nghĩa"),
    ("tham, lam viec", "visit", 7, "thăm, làm việc"),
    ("chuyen tham", "visit", 7, "vừa có chuyến thăm"),
    ("chuyen tham va lam viec", "visit", 7, "vừa có chuyến thăm và làm việc"),
    ("chuyen tham, lam viec", "visit", 7, "chuyến thăm, làm việc"),
    ("chuyen cong tac", "visit", 7, "chuyến công tác"),
    ("chuyen cong tac, lam viec", "visit", 7, "Tỉnh đoàn cho biết đã tổ chức chuyến công tác, làm việc với tỉnh bạn"),
    ("chuyen cong tac va lam viec", "visit", 7, "vừa có chuyến công tác và làm việc tại tỉnh …"),
    ("tham", "visit", 7, "đoàn công tác đã thăm huyện …"),
    ("chuc mung nam moi", "visit", 5, "sang chúc mừng năm mới tỉnh … (a New-Year greeting visit)"),
    # guests who come to congratulate ("đến chúc mừng Lãnh sự quán … nhân dịp Quốc khánh"): a greeting
    # visit, as "chúc Tết" (what is signed during it is part of it)
    ("den chuc mung", "visit", 5, "lãnh đạo tỉnh A đã đến chúc mừng tỉnh B nhân dịp Quốc khánh nước bạn"),
    ("sang chuc mung", "visit", 5, "đoàn đại biểu huyện A sang chúc mừng huyện B nhân dịp năm mới"),
    ("chuc mung tet", "visit", 5, "chúc mừng Tết cổ truyền Bunpimay của nhân dân Lào"),
    ("chuc tet", "visit", 5, "đến chúc tết Thị ủy …; sang chúc Tết và ký biên bản hợp tác (a Tết visit: "
     "what is signed during it is part of the visit)"),
    # a delegation crossing home ends its trip: the trip is the occasion, whatever it attended there
    # ("Tối 29/1, đoàn đại biểu châu A đã xuất cảnh về nước, kết thúc chuyến tham dự Liên hoan … tại tỉnh B")
    ("xuat canh ve nuoc", "visit", 3, "Đoàn đại biểu huyện A (Trung Quốc) đã xuất cảnh về nước, kết thúc chuyến thăm huyện B"),
    ("nhap canh ve nuoc", "visit", 3, "Đoàn công tác tỉnh A đã nhập cảnh về nước, kết thúc chuyến công tác tại tỉnh B (Lào)"),
    # a delegation seen off ("lễ tiễn Đoàn …"): its trip ends, as when it crosses home
    ("le tien doan", "visit", 3, "Sáng 30/11, tại cửa khẩu đã diễn ra lễ tiễn Đoàn đại biểu tỉnh A (Trung Quốc) sau chương trình giao lưu"),
    ("ket thuc tot dep chuyen", "visit", 3, "Đoàn đại biểu tỉnh B kết thúc tốt đẹp chuyến tham dự Lễ hội hoa tại tỉnh A"),
    ("chao xa giao", "visit", 7, "đã đến chào xã giao"),
    ("tiep xa giao", "visit", 7, "Chủ tịch UBND tỉnh tiếp xã giao đoàn …"),
    ("hoi kien", "visit", 7, "Bí thư Tỉnh ủy hội kiến đoàn đại biểu …"),
    ("khao sat", "visit", 7, "đoàn công tác khảo sát mô hình …"),
    # both sides surveying a site together is joint field work, no visit of one to the other
    ("khao sat song phuong", "other", 3, "đoàn công tác hai tỉnh khảo sát song phương vị trí mở cặp cửa khẩu"),
    # ... a host that also works WITH its guests holds a working session unless the clause weighs for the visit
    # (a greeting, guests on a trip in the place): visit_or_session.py, read after this table (round 17)
    ("tiep va lam viec", "visit", 7, "UBND tỉnh đã tiếp và làm việc với đoàn công tác tỉnh …"),
    ("don va lam viec", "visit", 7, "đón và làm việc với đoàn"),
    # ... with a comma for "và" (round 20): "Chủ tịch UBND tỉnh A tiếp, làm việc với đoàn lãnh đạo tỉnh B" named
    # no occasion ("lam viec" after "tiếp," is read with it), as "thăm, làm việc" does above
    ("tiep, lam viec", "visit", 7, "Chủ tịch UBND tỉnh A tiếp, làm việc với đoàn lãnh đạo tỉnh B (Nhật Bản)"),
    # working in another locality is visiting it ("Lãnh đạo tỉnh A làm việc tại tỉnh B (Lào)", "Đoàn công tác
    # quận A làm việc tại huyện B"); a session at a venue ("làm việc tại trụ sở UBND tỉnh") stays a meeting
    ("lam viec tai tinh", "visit", 7, "Lãnh đạo tỉnh A làm việc tại tỉnh Champasak (Lào)"),
    ("lam viec tai thanh pho", "visit", 7, "Bí thư Tỉnh ủy A làm việc tại thành phố Viêng Chăn"),
    ("lam viec tai tp", "visit", 7, "đoàn công tác huyện A làm việc tại TP Cần Thơ"),
    ("lam viec tai huyen", "visit", 7, "Đoàn công tác quận A làm việc tại huyện Quản Bạ"),
    ("lam viec tai quan", "visit", 7, "lãnh đạo huyện A làm việc tại quận Long Biên"),
    ("lam viec tai xa", "visit", 7, "đoàn công tác xã A làm việc tại xã B (tỉnh C)"),
    ("lam viec tai thu do", "visit", 7, "đoàn đại biểu tỉnh A làm việc tại Thủ đô Viêng Chăn"),
    # a guest who comes to work, or to greet and work ("đến làm việc tại tỉnh B", "đến chào và làm việc")
    ("den lam viec", "visit", 7, "lãnh đạo tỉnh A đã đến làm việc tại tỉnh B (Nhật Bản)"),
    # ... or to meet its hosts ("đoàn đại biểu tỉnh A đã đến gặp gỡ, chào xã giao …"); a delegation that meets them
    # where it is ("đoàn … đã gặp gỡ, giao lưu với Thống đốc tỉnh B") holds a meeting ('gặp gỡ')
    ("den gap go", "visit", 7, "Đoàn đại biểu tỉnh A đã đến gặp gỡ, chào xã giao lãnh đạo tỉnh B (Lào)"),
    ("sang gap go", "visit", 7, "đoàn cán bộ huyện A sang gặp gỡ lãnh đạo huyện B nhân dịp năm mới"),
    ("den gap mat", "visit", 7, "Đoàn công tác huyện A đã đến gặp mặt, chúc mừng lãnh đạo huyện B"),
    # ... or to exchange experience: a study trip ("đoàn công tác tỉnh A đã đến trao đổi kinh nghiệm tại tỉnh B")
    ("den trao doi kinh nghiem", "visit", 7, "đoàn công tác Tỉnh ủy A đã đến trao đổi kinh nghiệm tại tỉnh B"),
    ("sang trao doi kinh nghiem", "visit", 7, "đoàn cán bộ huyện A sang trao đổi kinh nghiệm với huyện B (Lào)"),
    ("sang lam viec", "visit", 7, "đoàn đại biểu huyện A sang làm việc với huyện B (Lào)"),
    ("den chao", "visit", 7, "Chủ tịch UBND tỉnh tiếp ông Châu trưởng châu B đến chào và làm việc"),
    ("chao va lam viec", "visit", 7, "Châu trưởng châu B đến chào và làm việc"),
    ("da tiep", "visit", 7, "lãnh đạo tỉnh đã tiếp đoàn công tác …"),
    ("don tiep", "visit", 7, "tổ chức đón tiếp hai đoàn đại biểu"),
    ("tiep doan", "visit", 7, "tiếp đoàn đại biểu tỉnh"),
    # a host that welcomes a delegation ("đón đoàn …") receives it, as "tiếp đoàn" (late24type)
    ("don doan", "visit", 7, "Sở Văn hóa thành phố A đón đoàn nghệ nhân tỉnh B (Nhật Bản) đến giao lưu"),
    ("don phai doan", "visit", 7, "lãnh đạo tỉnh A đón phái đoàn tỉnh B đến tìm hiểu cơ hội đầu tư"),
    ("tham xa giao", "visit", 7, "Phó Tỉnh trưởng tỉnh … đến thăm xã giao lãnh đạo tỉnh"),
    ("tiep tham xa giao", "visit", 7, "Thường trực Tỉnh ủy tiếp thăm xã giao Tổng Lãnh sự …"),
    ("co buoi tiep", "visit", 7, "Chủ tịch UBND tỉnh có buổi tiếp ngài Phó Tỉnh trưởng … (a reception of a guest)"),
    ("buoi tiep", "visit", 7, "tại buổi tiếp, hai bên …; trong buổi tiếp đoàn …"),
    ("tiep ngai", "visit", 7, "Bí thư Tỉnh ủy tiếp ngài Tổng Lãnh sự …"),
    # a host receiving a guest named by title or body ('trực tiếp' is blanked: MAIN_TYPE_NOT)
    ("tiep dong chi", "visit", 7, "Bí thư Tỉnh ủy tiếp đồng chí Phó Bí thư tỉnh Xiêng Khoảng"),
    ("tiep ong", "visit", 7, "Chủ tịch UBND tỉnh tiếp ông Tỉnh trưởng tỉnh Kampot"),
    ("tiep ba", "visit", 7, "Phó Chủ tịch tỉnh tiếp bà Phó Tỉnh trưởng tỉnh Salavan"),
    ("tiep lanh dao", "visit", 7, "Thường trực Tỉnh ủy tiếp lãnh đạo tỉnh Hủa Phăn"),
    ("tiep hoi dong", "visit", 7, "HĐND tỉnh tiếp Hội đồng nhân dân tỉnh Luông Pha Bang"),
    ("tiep uy ban", "visit", 7, "Ủy ban MTTQ tỉnh tiếp Ủy ban Mặt trận tỉnh Prey Veng"),
    ("tiep chu tich", "visit", 7, "Bí thư Tỉnh ủy tiếp Chủ tịch Hội đồng tỉnh Kampot"),
    ("tiep pho chu tich", "visit", 7, "lãnh đạo tỉnh tiếp Phó Chủ tịch tỉnh Quảng Tây"),
    ("tiep bi thu", "visit", 7, "Chủ tịch UBND tỉnh tiếp Bí thư Tỉnh ủy tỉnh Sê Kông"),
    ("tiep pho bi thu", "visit", 7, "lãnh đạo tỉnh tiếp Phó Bí thư tỉnh Attapeu"),
    ("tiep tinh truong", "visit", 7, "Bí thư Tỉnh ủy tiếp Tỉnh trưởng tỉnh Attapeu"),
    ("tiep pho tinh truong", "visit", 7, "Chủ tịch UBND tỉnh tiếp Phó Tỉnh trưởng tỉnh Savannakhet"),
    ("tiep thong doc", "visit", 7, "lãnh đạo tỉnh tiếp Thống đốc tỉnh Prey Veng"),
    ("tiep pho thong doc", "visit", 7, "lãnh đạo tỉnh tiếp Phó Thống đốc tỉnh Takeo"),
    ("tiep thi truong", "visit", 7, "Chủ tịch UBND thành phố tiếp Thị trưởng thành phố Kawasaki"),
    ("than mat tiep", "visit", 7, "Chủ tịch UBND tỉnh thân mật tiếp Phó Tỉnh trưởng …"),
    ("tiep don", "visit", 7, "tỉnh Quảng Bình tiếp đón đoàn đại biểu cấp cao tỉnh Khăm Muồn"),
    ("tham du dai hoi", "conference", 5, "Đoàn đại biểu tỉnh … làm trưởng đoàn tham dự Đại hội hữu nghị … "
     "(a delegation attending a congress: the congress; 'tham dự' is otherwise no occasion)"),
    # an exchange of experience, when nothing else is named: a meeting ("hai thành phố trao đổi kinh
    # nghiệm quản lý đô thị"); a visit or a conference named with it is the occasion
    ("trao doi kinh nghiem", "conference", 8, "Hà Nội và Đà Nẵng trao đổi kinh nghiệm quản lý đô thị"),
    # a friendly exchange of two delegations, when nothing else is named: a meeting ("đoàn HĐND thành
    # phố A có buổi giao lưu hữu nghị, trao đổi công tác với đoàn thành phố B"); a visit named with it wins
    ("giao luu huu nghi", "conference", 8, "đoàn HĐND thành phố A giao lưu hữu nghị với đoàn đại biểu thành phố B"),
    ("trao doi cong tac", "conference", 8, "hai đoàn có buổi trao đổi công tác về quản lý đô thị"),
    # a discussion of the two sides, when nothing else is named (para31: the lead "lãnh đạo hai tỉnh đã trao đổi, thảo
    # luận về …" read other); a visit, a signing or a festival named with it keeps its type (visit 7; festival 8 first)
    ("trao doi, thao luan", "conference", 8, "lãnh đạo tỉnh A và tỉnh B đã trao đổi, thảo luận về các nội dung hợp tác"),
    ("trao doi va thao luan", "conference", 8, "hai bên trao đổi và thảo luận về phương hướng hợp tác năm tới"),
    ("thao luan, trao doi", "conference", 8, "lãnh đạo hai huyện thảo luận, trao đổi về quản lý biên giới"),
    # a study tour: the hosts are visited ("đoàn công tác tỉnh A học tập kinh nghiệm tại tỉnh B")
    ("hoc tap kinh nghiem", "visit", 7, "đoàn công tác Sở Nông nghiệp tỉnh A học tập kinh nghiệm tại tỉnh B"),
    ("trao tang", "other", 8, "Đoàn công tác … đã trao tặng gạo, vật tư y tế"),
    # festivals, exhibitions, fairs, performances: 'other' occasions, named so that a delegation
    # attending one ("đoàn đại biểu tỉnh A dự khai mạc Triển lãm …") is not taken for its visit;
    # any meeting, signing or visit verb in the sentence outranks them
    ("trien lam", "other", 8, "hai tỉnh khai mạc Triển lãm ảnh về tình hữu nghị"),
    ("ngay hoi", "other", 8, "đoàn đại biểu tỉnh A dự Ngày hội văn hóa vùng biên"),
    ("ngay hoi dam", "conference", 5, "trong ngày hội đàm thứ hai, hai bên thống nhất … (talks, not 'Ngày hội')"),
    ("ngay hoi nghi", "conference", 5, "trong ngày hội nghị thứ nhất, các đại biểu … (a conference, not 'Ngày hội')"),
    ("le hoi", "other", 8, "khai mạc Lễ hội văn hóa hai tỉnh"),
    ("le hoi dam", "conference", 5, "lễ hội đàm chính thức giữa hai đoàn diễn ra … (talks, not 'lễ hội')"),
    ("hoi cho", "other", 8, "khai mạc Hội chợ thương mại biên giới"),
    # folded, "hội thao" (a sports meet) reads as "hội thảo" (a seminar): the sports words tell it
    ("hoi thao quoc phong", "other", 8, "Hội thao quốc phòng giữa lực lượng vũ trang hai tỉnh"),
    ("hoi thao giao huu", "other", 8, "hai bộ chỉ huy quân sự tổ chức Hội thao giao hữu"),
    ("hoi thao the thao", "other", 8, "Hội thao thể thao các dân tộc hai huyện biên giới"),
    ("hoi thao cac luc luong vu trang", "other", 8, "Hội thao các lực lượng vũ trang hai tỉnh"),
    ("lien hoan", "other", 8, "Liên hoan nghệ thuật quần chúng hai tỉnh"),
    ("tuan van hoa", "other", 8, "Tuần văn hóa tỉnh A tại tỉnh B"),
    ("bieu dien", "other", 8, "đoàn nghệ thuật tỉnh A biểu diễn phục vụ nhân dân tỉnh B"),
    ("giao luu van hoa", "other", 8, "chương trình giao lưu văn hóa, văn nghệ giữa hai huyện"),
    ("giao luu van nghe", "other", 8, "đêm giao lưu văn nghệ hai tỉnh"),
    ("giao luu nghe thuat", "other", 8, "chương trình giao lưu nghệ thuật"),
    ("giao luu the thao", "other", 8, "giao lưu thể thao giữa lực lượng hai huyện"),
    ("trao qua", "other", 8, "trao quà"),
    # aid handed over ("trao tiền hỗ trợ", "trao kinh phí", "tặng quà"): 'other', as "trao quà"; a visit named
    # before it stays the occasion ("đến thăm, tặng quà": a courtesy call with gifts)
    ("tang qua", "other", 8, "Hội Chữ thập đỏ tỉnh A tặng quà người dân huyện B (Lào) bị lũ lụt"),
    ("trao tien", "other", 8, "Đoàn đại biểu thành phố A trao tiền hỗ trợ tỉnh B khắc phục hậu quả bão"),
    ("trao kinh phi", "other", 8, "thành phố A vừa trao kinh phí hỗ trợ tỉnh B xây nhà đại đoàn kết"),
    ("trao ho tro", "other", 8, "đoàn công tác tỉnh A trao hỗ trợ 500 triệu đồng cho huyện B"),
    # asking after people in hardship, with comfort or gifts ("thăm hỏi, động viên", "thăm hỏi, tặng quà"): the
    # trip that does it, a visit (round 21, typeconv21: corpus a06 "thăm, tặng quà", b35 a Tết visit handing over
    # a symbolic sum; north20 06, sector21 01. Round 9 read these rows as aid, 'other'; aid with no trip told,
    # "trao kinh phí hỗ trợ", "tặng quà" alone, stays 'other')
    ("den tham hoi, dong vien", "visit", 7, "Đoàn công tác thành phố A đã đến thăm hỏi, động viên các gia đình bị lũ ở tỉnh B"),
    ("tham hoi, dong vien", "visit", 7, "lãnh đạo tỉnh A thăm hỏi, động viên, tặng quà người dân vùng lũ tỉnh B"),
    ("den tham hoi, tang qua", "visit", 7, "đoàn đã đến thăm hỏi, tặng quà các hộ nghèo của huyện kết nghĩa"),
    ("tham hoi, tang qua", "visit", 7, "thăm hỏi, tặng quà gia đình chính sách"),
    ("den tham hoi, trao qua", "visit", 7, "Đoàn đã đến thăm hỏi, trao quà cho đồng bào tỉnh B"),
    ("tham hoi, trao qua", "visit", 7, "thăm hỏi, trao quà cho người dân bị ảnh hưởng (not 'thăm hỏi, trao đổi đoàn')"),
    ("tham hoi va tang qua", "visit", 7, "đoàn thăm hỏi và tặng quà các gia đình chính sách"),
    # ... or handing over aid told in figures ("đến thăm hỏi, trao 1,5 tỉ đồng …"); greetings exchanged stay the call
    ("den tham hoi, trao", "visit", 7, "Đoàn đã đến thăm hỏi, trao 1,5 tỉ đồng của nhân dân tỉnh A cho đồng bào tỉnh B"),
    ("den tham hoi, trao doi", "visit", 7, "đoàn đã đến thăm hỏi, trao đổi tình hình với lãnh đạo huyện B (no aid)"),
    ("doan cong tac", "visit", 9, "Đoàn công tác tỉnh … (nothing else said)"),
    ("doan dai bieu", "visit", 9, "Đoàn đại biểu huyện …"),
    ("doan tinh nguyen", "visit", 9, "Đoàn tình nguyện tỉnh A đã thực hiện nhiều hoạt động tại tỉnh B (late23type)"),
)

# Phrases whose words are not the occasion (a venue, a framing, an anniversary's name): a table of its own.
from .type_not import MAIN_TYPE_NOT  # noqa: E402

# Words that fold like an occasion's and are none ("thẩm tra", "phối hợp"): a table of their own.
from .type_folds import FOLDS_ACROSS_WORDS, FOLDS_LIKE_VISIT  # noqa: E402,F401

# More words for each type (round 12: ceremonies, contests, aid, meetings, documents signed and issued).
from .type_words import MORE_TYPE_PHRASES  # noqa: E402
from .type_words_not import MORE_TYPE_NOT  # noqa: E402
MAIN_TYPE_PHRASES += MORE_TYPE_PHRASES
MAIN_TYPE_NOT += MORE_TYPE_NOT

# A group's trip named by what it does there ("chuyến giao lưu", "chuyến tình nguyện"): a table of its own.
from .type_exchange_trips import EXCHANGE_TRIP_NOT, EXCHANGE_TRIP_PHRASES  # noqa: E402
MAIN_TYPE_PHRASES += EXCHANGE_TRIP_PHRASES
MAIN_TYPE_NOT += EXCHANGE_TRIP_NOT

# A team sent to help another locality ("vào hỗ trợ", "hỗ trợ chống dịch"): a table of its own (round 28).
from .type_aid_teams import AID_TEAM_NOT, AID_TEAM_PHRASES  # noqa: E402
MAIN_TYPE_PHRASES += AID_TEAM_PHRASES
MAIN_TYPE_NOT += AID_TEAM_NOT

# A group that goes out to do its work at the partner's ("đi giao lưu"): a table of its own (round 33, late33c).
from .type_missions import MISSION_PHRASES  # noqa: E402
MAIN_TYPE_PHRASES += MISSION_PHRASES

# A trip back to the roots named by its nouns ("chuyến / chương trình / đợt về nguồn"), round 35 (type35).
from .type_roots_trips import ROOTS_TRIP_NOT, ROOTS_TRIP_PHRASES  # noqa: E402
MAIN_TYPE_PHRASES += ROOTS_TRIP_PHRASES
MAIN_TYPE_NOT += ROOTS_TRIP_NOT

# Workers sent to the partner: their send-off ("lễ gặp gỡ") and their job ("làm việc thời vụ"), round 31.
from .type_workers import WORKER_NOT, WORKER_PHRASES  # noqa: E402
MAIN_TYPE_PHRASES += WORKER_PHRASES
MAIN_TYPE_NOT += WORKER_NOT

# A letter or a notice of the partner received or sent ("nhận được công thư", "gửi công thư"), round 32 (late32b).
from .type_letters import LETTER_PHRASES  # noqa: E402
MAIN_TYPE_PHRASES += LETTER_PHRASES

# The press as the occasion ("buổi gặp mặt báo chí", "giao lưu báo chí"): a table of its own.
from .type_press import PRESS_PHRASES  # noqa: E402
MAIN_TYPE_PHRASES += PRESS_PHRASES

# Parties that discuss ("đã thảo luận", "thảo luận hợp tác"), round 33: a table of its own.
from .type_discussions import DISCUSSION_PHRASES  # noqa: E402
MAIN_TYPE_PHRASES += DISCUSSION_PHRASES

# What a delegation does (attends, visits, is received) and why parties meet: a table of their own.
from .type_delegations import (DELEGATION_ATTENDS, DELEGATION_VISITS, MERE_MEETINGS,  # noqa: E402,F401
                               OCCASION_REASONS, TRIP_UNDER_WAY)

# The first run of a new route welcomed ("đón tàu", "đón chuyến bay đầu tiên"), round 35 (late35c): a table of its own.
from .type_route_openings import ROUTE_NOT, ROUTE_PHRASES  # noqa: E402
MAIN_TYPE_PHRASES += ROUTE_PHRASES
MAIN_TYPE_NOT += ROUTE_NOT

# Travellers named by who they are ("Đoàn cán bộ", "Đoàn doanh nghiệp", rank 9 as "đoàn công tác"), round 36 (type36).
from .type_travellers import TRAVELLER_NOT, TRAVELLER_PHRASES  # noqa: E402
MAIN_TYPE_PHRASES += TRAVELLER_PHRASES
MAIN_TYPE_NOT += TRAVELLER_NOT

# A locality's tourism presented in a session ("buổi giới thiệu du lịch"), leaders meeting bilaterally ("hội kiến song
# phương"): a table of its own, round 37 (late37b).
from .type_presentations import PRESENTATION_PHRASES  # noqa: E402
MAIN_TYPE_PHRASES += PRESENTATION_PHRASES
