"""A team sent to help another locality (round 28, late28b): the team's trip, a visit.

A province sends doctors, nurses or officials to a locality in need (an epidemic, a flood) and the page tells the
team setting off, arriving, working there or ending its stint ("đoàn y, bác sĩ tỉnh A lên đường hỗ trợ chống
dịch", "tỉnh A cử đoàn cán bộ y tế vào hỗ trợ tỉnh B", "đoàn kết thúc đợt hỗ trợ tỉnh B"). Like a delegation's
trip to work in another locality ("chuyến công tác"), the team's stay is a visit. The words are those of help given
by people who travel: a motion verb before "hỗ trợ / chi viện" ("vào", "ra", "sang", "đến", "lên đường"), help
against an epidemic ("hỗ trợ chống dịch", "hỗ trợ công tác phòng, chống dịch": money for it is "ủng hộ" or
"… tỷ đồng hỗ trợ"), or the stint itself ("đợt hỗ trợ", "nhiệm vụ hỗ trợ" ended or begun).

Rank 8, as the aid handed over ("… tỷ đồng hỗ trợ", "trao ủng hộ") and the festivals: any meeting, signing or
ceremony named in the sentence outranks the trip ("lễ bàn giao vật tư y tế hỗ trợ tỉnh B chống dịch" stays the
handover, rank 3), and between rows of rank 8 the first named wins ("trao 2 tỷ đồng hỗ trợ chống dịch" is the
gift). Matched on folded text (no accents, no case, đ→d).

| folded words                                   | read as | example (our own)                                                     |
|------------------------------------------------|---------|-----------------------------------------------------------------------|
| vào / ra / sang / đến / tới / lên đường hỗ trợ | visit   | "tỉnh A cử 40 cán bộ y tế vào hỗ trợ tỉnh B dập dịch"                  |
| lên đường / vào / sang chi viện                | visit   | "đoàn bác sĩ tỉnh A lên đường chi viện cho thành phố B"                |
| (được) điều động hỗ trợ / chi viện (round 43)   | visit   | "200 chiến sĩ công an tỉnh A đã được điều động hỗ trợ tỉnh B"          |
| hỗ trợ (công tác) (phòng,) chống dịch          | visit   | "50 y, bác sĩ tỉnh A đến tỉnh B hỗ trợ chống dịch"                     |
| lễ tiễn (đưa) đoàn                             | visit   | "tỉnh A tổ chức lễ tiễn đoàn y, bác sĩ lên đường giúp tỉnh B"          |
| kết thúc / hoàn thành đợt (nhiệm vụ) hỗ trợ    | visit   | "đoàn y tế tỉnh A kết thúc đợt hỗ trợ tỉnh B phòng chống dịch"         |

Not after a verb of attention ("tập trung vào hỗ trợ doanh nghiệp", "quan tâm đến hỗ trợ người dân": a policy, no
team travels): :data:`AID_TEAM_NOT`.
"""

from __future__ import annotations

__all__ = ["AID_TEAM_NOT", "AID_TEAM_PHRASES"]

#   (folded phrase, type, rank, example): rows of MAIN_TYPE_PHRASES (type_vocab)
AID_TEAM_PHRASES: tuple[tuple[str, str, int, str], ...] = (
    # a motion verb and the help: people travel to give it
    ("vao ho tro", "visit", 8, "tỉnh A cử 40 cán bộ y tế vào hỗ trợ tỉnh B dập dịch"),
    ("ra ho tro", "visit", 8, "đoàn bác sĩ thành phố A ra hỗ trợ tỉnh B khắc phục hậu quả lũ"),
    ("sang ho tro", "visit", 8, "đoàn cán bộ y tế tỉnh A sang hỗ trợ tỉnh B (Lào) phòng chống dịch"),
    ("den ho tro", "visit", 8, "đoàn y tế tỉnh A đến hỗ trợ huyện B chống dịch"),
    ("toi ho tro", "visit", 8, "30 điều dưỡng tỉnh A tới hỗ trợ thành phố B"),
    ("len duong ho tro", "visit", 8, "đoàn y, bác sĩ tỉnh A lên đường hỗ trợ tỉnh B"),
    ("len duong chi vien", "visit", 8, "đoàn bác sĩ tỉnh A lên đường chi viện cho thành phố B"),
    ("vao chi vien", "visit", 8, "tỉnh A cử đoàn y tế vào chi viện tỉnh B"),
    ("sang chi vien", "visit", 8, "đoàn y tế tỉnh A sang chi viện tỉnh B"),
    # forces deployed to help (round 43, late43d): "điều động" sends people, as "cử" does with a motion verb
    ("dieu dong ho tro", "visit", 8, "200 chiến sĩ công an tỉnh A đã được điều động hỗ trợ tỉnh B khắc phục lũ"),
    ("dieu dong chi vien", "visit", 8, "Bộ Chỉ huy quân sự tỉnh A điều động chi viện tỉnh B 100 chiến sĩ"),
    # the team's send-off ("lễ tiễn đưa đoàn …"; "lễ tiễn đoàn" is type_vocab's row, rank 3): its trip begins (the
    # rite for remains, "lễ tiễn đưa hài cốt", keeps 'le tien dua', type_words)
    ("le tien dua doan", "visit", 8, "sáng 5/8, tỉnh A tổ chức lễ tiễn đưa đoàn cán bộ y tế đi giúp thành phố B"),
    # help against an epidemic: given by people who go (money for it is 'ủng hộ', '… tỷ đồng hỗ trợ')
    ("ho tro chong dich", "visit", 8, "50 y, bác sĩ tỉnh A đến tỉnh B hỗ trợ chống dịch"),
    ("ho tro phong, chong dich", "visit", 8, "đoàn y tế tỉnh A hỗ trợ phòng, chống dịch tại tỉnh B"),
    ("ho tro phong chong dich", "visit", 8, "đoàn y tế tỉnh A hỗ trợ phòng chống dịch tại tỉnh B"),
    ("ho tro cong tac phong, chong dich", "visit", 8, "xe chở cán bộ y tế tỉnh A hỗ trợ công tác phòng, chống "
                                                      "dịch đã đến tỉnh B"),
    ("ho tro cong tac phong chong dich", "visit", 8, "cán bộ y tế tỉnh A hỗ trợ công tác phòng chống dịch tại B"),
    ("chi vien chong dich", "visit", 8, "đoàn bác sĩ tỉnh A chi viện chống dịch cho tỉnh B"),
    # the stint ended or done: the team's stay
    ("ket thuc dot ho tro", "visit", 8, "đoàn y tế tỉnh A kết thúc đợt hỗ trợ tỉnh B phòng chống dịch"),
    ("hoan thanh dot ho tro", "visit", 8, "đoàn bác sĩ tỉnh A hoàn thành đợt hỗ trợ tỉnh B"),
    ("ket thuc nhiem vu ho tro", "visit", 8, "đoàn y tế tỉnh A kết thúc nhiệm vụ hỗ trợ thành phố B"),
    ("hoan thanh nhiem vu ho tro", "visit", 8, "đoàn y tế tỉnh A hoàn thành nhiệm vụ hỗ trợ thành phố B"),
)

# "vào" / "đến" after a verb of attention is no travel: "tập trung vào hỗ trợ doanh nghiệp", "quan tâm đến hỗ trợ
# người dân" (a policy, no team): rows of MAIN_TYPE_NOT, blanked before the rows above are read
AID_TEAM_NOT: tuple[str, ...] = (
    "tap trung vao ho tro", "chu trong vao ho tro", "uu tien vao ho tro", "quan tam den ho tro",
    "lien quan den ho tro", "huong den ho tro", "chu y den ho tro",
)
