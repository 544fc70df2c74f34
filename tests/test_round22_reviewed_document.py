"""A lead whose verb reviews a signed document: the signing day it names is the document's, never
the occasion (a wrong year otherwise: the review is years after the signing). Sentences written for
this test."""

from extract_support import main_or_none as _main


def test_a_review_of_a_programme_signed_years_ago_is_not_dated_by_the_signing():
    text = ("Gắn kết hai địa phương\n\n(ABC) - Tỉnh Sóc Trăng và thành phố Cần Thơ vừa tổng kết Chương trình "
            "hợp tác phát triển được lãnh đạo hai địa phương ký kết ngày 14-3-2009.\n\n"
            "Trong nhiều năm qua, hai bên đã phối hợp trong các lĩnh vực nông nghiệp, y tế và giáo dục.\n")
    main = _main(text)
    assert main is None or not str(main.get("date") or "").startswith("2009")


def test_a_lead_that_reports_the_signing_itself_keeps_its_day():
    text = ("Ký kết chương trình hợp tác\n\n(ABC) - Chương trình hợp tác phát triển giữa tỉnh Sóc Trăng và "
            "thành phố Cần Thơ được lãnh đạo hai địa phương ký kết ngày 14-3-2019 tại Cần Thơ.\n\n"
            "Hai bên thống nhất phối hợp trong các lĩnh vực nông nghiệp, y tế và giáo dục.\n")
    main = _main(text)
    assert main is not None and str(main.get("date")).startswith("2019-03-14")
