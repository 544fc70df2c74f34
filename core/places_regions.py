"""Regions of Vietnam that reports name as one party: "TP.HCM và 13 tỉnh, thành ĐBSCL",
"giữa TPHCM và các tỉnh vùng Tây Nguyên", "6 tỉnh Việt Bắc và Hà Nội".

A region is a party only when an article makes it one (:mod:`hoptac.core.extract.partner_regions`
decides); then every member province is a party. The members are provinces of the
63-unit map in force until 30 June 2025, as the gazetteer's other parties are.

Where each membership comes from (cite a new row's source the same way):

* **NQ81** – Nghị quyết 81/2023/QH15 of the National Assembly (9 January 2023), the national
  master plan 2021–2030, which divides the country into six socio-economic regions and lists
  the provinces of each.
* **VB** – Khu tự trị Việt Bắc (Sắc lệnh 268/SL, 1 July 1956; Hà Giang joined by Sắc lệnh
  020/SL, 23 March 1959): Cao Bằng, Bắc Kạn, Lạng Sơn, Thái Nguyên, Tuyên Quang, Hà Giang,
  the six provinces the "Việt Bắc" tourism cooperation ("Qua những miền di sản Việt Bắc",
  since 2009) still groups.
* **TW** – the centrally-run cities (thành phố trực thuộc Trung ương): five (Hà Nội, TP.HCM,
  Hải Phòng, Đà Nẵng, Cần Thơ) from 2004 (Cần Thơ, Nghị quyết 22/2003/QH11) to 2024; six with
  Huế from 1 January 2025 (Nghị quyết 1314/NQ-UBTVQH15), kept by the mergers of July 2025.
  Named as a group only with its count ("Cụm thi đua 5 thành phố trực thuộc Trung ương"): the
  count says which set, whatever the date (:mod:`hoptac.core.extract.partner_groups`).
* **TBMR** – the programme of tourism cooperation of the extended north-west ("Tây Bắc mở
  rộng"), signed by eight provinces at Bắc Hà (Lào Cai) in June 2010 under the Ministry of
  Culture, Sports and Tourism. "Tây Bắc" alone names no fixed set (four, six or twelve
  provinces, depending on who says it): it means these eight only with the count 8.
* "Miền Tây" is what people and papers call the Mekong Delta ("TP.HCM và 13 tỉnh miền Tây"); alone it
  may be the west of a province or of the country, so it means the 13 only with the count 13 (round 20).

| region (short)                          | names (folded)                          | members | source |
|-----------------------------------------|-----------------------------------------|---------|--------|
| Đồng bằng sông Cửu Long (ĐBSCL)         | dong bang song cuu long, dbscl, (mien) tay nam bo; mien tay with 13 | 13 | NQ81 |
| Tây Nguyên                              | tay nguyen                              | 5       | NQ81   |
| Đông Nam Bộ                             | dong nam bo                             | 6       | NQ81   |
| Đồng bằng sông Hồng (ĐBSH)              | dong bang song hong, dbsh               | 11      | NQ81   |
| Trung du và miền núi phía Bắc           | trung du (va) mien nui phia bac / bac bo | 14     | NQ81   |
| Bắc Trung Bộ và duyên hải miền Trung    | bac trung bo va duyen hai mien trung    | 14      | NQ81   |
| Việt Bắc                                | viet bac                                | 6       | VB     |
| Tây Bắc mở rộng                         | tay bac mo rong, tbmr; tay bac with 8   | 8       | TBMR   |
| 5 / 6 thành phố trực thuộc Trung ương   | (``CENTRAL_CITIES``, by their count)    | 5 / 6   | TW     |

The member listed first stands for the region in an event's pair when the article names no
member (the pair is two provinces; the other members are further parties).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

__all__ = ["Region", "REGIONS", "CENTRAL_CITIES", "region_named"]


@dataclass(frozen=True, slots=True)
class Region:
    name: str                     # as shown: "Đồng bằng sông Cửu Long"
    short: str                    # where space is short: "ĐBSCL"
    names: tuple[str, ...]        # folded names that mean it
    members: tuple[str, ...]      # provinces of the 63-unit map (gazetteer names)
    source: str                   # NQ81, VB, TBMR (see above)
    count_names: tuple[str, ...] = ()  # names that mean it only with its count ("8 tỉnh Tây Bắc")
    example: str = ""             # a sentence of the shape, written for this table


REGIONS: tuple[Region, ...] = (
    Region("Đồng bằng sông Cửu Long", "ĐBSCL", ("dong bang song cuu long", "dbscl", "tay nam bo", "mien tay nam bo"),
           ("Cần Thơ", "An Giang", "Bạc Liêu", "Bến Tre", "Cà Mau", "Đồng Tháp", "Hậu Giang", "Kiên Giang",
            "Long An", "Sóc Trăng", "Tiền Giang", "Trà Vinh", "Vĩnh Long"), "NQ81",
           count_names=("mien tay",), example="Hội nghị hợp tác giữa TP.HCM và 13 tỉnh, thành ĐBSCL"),
    Region("Tây Nguyên", "Tây Nguyên", ("tay nguyen",),
           ("Đắk Lắk", "Đắk Nông", "Gia Lai", "Kon Tum", "Lâm Đồng"), "NQ81",
           example="Tây Nguyên và Hà Nội kết nối cung cầu nông sản"),
    Region("Đông Nam Bộ", "ĐNB", ("dong nam bo",),
           ("Hồ Chí Minh", "Bà Rịa - Vũng Tàu", "Bình Dương", "Bình Phước", "Đồng Nai", "Tây Ninh"), "NQ81",
           example="Cần Thơ hợp tác với các tỉnh Đông Nam Bộ"),
    Region("Đồng bằng sông Hồng", "ĐBSH", ("dong bang song hong", "dbsh"),
           ("Hà Nội", "Bắc Ninh", "Hà Nam", "Hải Dương", "Hải Phòng", "Hưng Yên", "Nam Định", "Ninh Bình",
            "Quảng Ninh", "Thái Bình", "Vĩnh Phúc"), "NQ81",
           example="Đà Nẵng và các tỉnh vùng Đồng bằng sông Hồng ký kết hợp tác"),
    Region("Trung du và miền núi phía Bắc", "TD&MNPB",
           ("trung du va mien nui phia bac", "trung du mien nui phia bac", "trung du va mien nui bac bo",
            "trung du mien nui bac bo"),
           ("Thái Nguyên", "Bắc Giang", "Bắc Kạn", "Cao Bằng", "Điện Biên", "Hà Giang", "Hòa Bình", "Lai Châu",
            "Lạng Sơn", "Lào Cai", "Phú Thọ", "Sơn La", "Tuyên Quang", "Yên Bái"), "NQ81",
           example="TP.HCM với 14 tỉnh trung du và miền núi phía Bắc"),
    Region("Bắc Trung Bộ và duyên hải miền Trung", "BTB&DHMT", ("bac trung bo va duyen hai mien trung",),
           ("Đà Nẵng", "Bình Định", "Bình Thuận", "Hà Tĩnh", "Khánh Hòa", "Nghệ An", "Ninh Thuận", "Phú Yên",
            "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Trị", "Thanh Hóa", "Thừa Thiên Huế"), "NQ81",
           example="Hà Nội và các tỉnh Bắc Trung Bộ và duyên hải miền Trung"),
    Region("Việt Bắc", "Việt Bắc", ("viet bac",),
           ("Thái Nguyên", "Bắc Kạn", "Cao Bằng", "Hà Giang", "Lạng Sơn", "Tuyên Quang"), "VB",
           example="Tuần du lịch 6 tỉnh Việt Bắc và Hải Phòng"),
    Region("Tây Bắc mở rộng", "Tây Bắc", ("tay bac mo rong", "tbmr"),
           ("Lào Cai", "Điện Biên", "Hà Giang", "Hòa Bình", "Lai Châu", "Phú Thọ", "Sơn La", "Yên Bái"), "TBMR",
           count_names=("tay bac",), example="Đà Nẵng và 8 tỉnh Tây Bắc mở rộng hợp tác du lịch"),
)

# The centrally-run cities, by the count an article names them with ("5 thành phố trực thuộc
# Trung ương" in 2022, "6 thành phố trực thuộc Trung ương" from 2025): no name of their own
# (the generic region rule never reads them), shown by their count.
_FIVE = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ")
CENTRAL_CITIES: dict[int, Region] = {
    5: Region("5 thành phố trực thuộc Trung ương", "5 TP trực thuộc TW", (), _FIVE, "TW",
              example="Cụm thi đua 5 thành phố trực thuộc Trung ương tổng kết năm"),
    6: Region("6 thành phố trực thuộc Trung ương", "6 TP trực thuộc TW", (), _FIVE + ("Thừa Thiên Huế",), "TW",
              example="Hội nghị 6 thành phố trực thuộc Trung ương bàn về đô thị"),
}
REGIONS = REGIONS + tuple(CENTRAL_CITIES.values())


@cache
def _by_name() -> dict[str, tuple[Region, bool]]:
    """folded name -> (region, whether it needs its count)."""
    out: dict[str, tuple[Region, bool]] = {}
    for r in REGIONS:
        for n in r.names:
            out[n] = (r, False)
        for n in r.count_names:
            out.setdefault(n, (r, True))
    return out


def region_named(folded_name: str) -> tuple[Region, bool] | None:
    """The region a folded name means, and whether that name needs the region's count."""
    return _by_name().get(folded_name)


def all_region_names() -> list[str]:
    """Every folded name, longest first (for a regex)."""
    return sorted(_by_name(), key=len, reverse=True)
