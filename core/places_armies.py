"""A country's army named before the country, after a place's glue (round 49, late49a: army49b 01, 02), read by
:mod:`hoptac.core.places_foreign` as the country written after the name: "Bộ đội Biên phòng khu Mông Tự, Quân giải
phóng nhân dân Trung Quốc" names Mông Tự a place of China as "Mông Tự (Trung Quốc)" does. Only a name the gazetteer
knows or one after a level word is read so; "Tiểu đoàn 2, Quân đội nhân dân Lào" adds no place.

========================  =========================================================================================
the army's name           example (written for the table)
========================  =========================================================================================
Quân giải phóng nhân dân  "Đồn Biên phòng A tuần tra cùng Bộ đội Biên phòng khu Mông Tự, Quân giải phóng nhân dân
                          Trung Quốc." → Mông Tự (Trung Quốc)
Quân đội nhân dân         "Bộ Chỉ huy Quân sự tỉnh A tiếp đoàn Bộ Chỉ huy Quân sự tỉnh Hủa Phăn, Quân đội nhân dân
                          Lào." → Hủa Phăn (Lào)
Quân đội Hoàng gia        "Lữ đoàn 3, Quân đội Hoàng gia Campuchia đóng tại tỉnh Kampot." → Kampot (Campuchia)
========================  =========================================================================================
"""

from __future__ import annotations

__all__ = ["ARMY_OF", "ARMY_OF_EXAMPLES"]

#: (the army's name, an example of ours)
ARMY_OF_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("Quân giải phóng nhân dân", "Đồn Biên phòng A tuần tra cùng Bộ đội Biên phòng khu Mông Tự, Quân giải phóng nhân dân Trung Quốc."),
    ("Quân đội nhân dân", "Bộ Chỉ huy Quân sự tỉnh A tiếp đoàn Bộ Chỉ huy Quân sự tỉnh Hủa Phăn, Quân đội nhân dân Lào."),
    ("Quân đội Hoàng gia", "Lữ đoàn 3, Quân đội Hoàng gia Campuchia đóng tại tỉnh Kampot."),
)
#: ... as the pattern reads them (case aside)
ARMY_OF: tuple[str, ...] = tuple(a.lower() for a, _ in ARMY_OF_EXAMPLES)
