"""Press names: foreign regions shown as the Vietnamese press writes them (a reviewed table for
``gazetteer_foreign.build_foreign``; developers only).

A region's canonical name (what a pair, the parties, the timeline and the export show) is its
``gazetteer_exonyms.EXONYMS`` name unless a row here names another of its spellings: the one the
pages write far more than any other. Round 30 counted, over every real page the project held
(557 pages: the corpus, the labelled sets, data27 to data33), how each foreign region found by
``places.find_places`` is written (folded as the scorer folds: no accents, no case, letters
only; without the level word), and how the readers' golds write it. A region is renamed when
one form has at least 5 mentions and two thirds of the region's, the golds that name it agree,
and the form folds differently from the old name ("Khăm Muộn" and "Khăm Muồn" fold alike: left).

Each row: ISO code -> (press name, why: the form's mentions / the region's, pages, the golds).
The press name must already be one of the region's spellings (the build refuses another): a
rename changes what is shown, never what is found; the old name stays an alias, so filters,
``lookup``, ``resolve`` and saved filters typed with it still find the region.

Left as they were (round 30), with the counts: LA-VT Thủ đô Viêng Chăn (Viêng Chăn 51, Vientiane
28 of 79; the golds Vientiane 13 of 14: split); LA-AT Át-tạ-pư (Attapư 32, Attapeu 15 of 47:
"Attapư" folds as the name; the golds split 11/5); KH-25 Tbong Khmum (10 / Tboung 8: split);
KR-45 Jeollabuk (Jeonbuk 8, Jeollabuk 8: split); LA-XA Xay-nhạ-bu-ly (the pages write it 7 of 8;
the golds "Xayaboury"); AU-NT Northern Territory ("Lãnh thổ Bắc Australia" 8 times, one page,
one gold; three earlier labellings, rounds 14, 15 and 20, wrote "Northern Territory", and the
papers also write "Bắc Úc": split); the single mentions (Nong Khai, Chiang Rai, Ubon, ...).

Round 31 counted again (596 pages: round 31's sets added): the five rows above still hold; KR-48
"Gyeongnam" (round 30: 7 mentions on one page, one gold) no longer does: a second page writes
"Gyeongsangnam" twice and its gold so, the golds split 1-1 (``WITHDRAWN``). A tie of the golds is
no agreement (``scripts.press_count``).
"""

from __future__ import annotations

PRESS_NAMES: dict[str, tuple[str, str]] = {
    "LA-XE": ("Sê Kông", "written so 63 of 67 mentions (was Xê Kông), 23 pages; golds 22 of 22"),
    "LA-CH": ("Champasak", "43 of 58 mentions (Chăm-pa-sắc 15), 13 pages; golds 11 of 12"),
    "LA-SV": ("Savannakhet", "46 of 51 mentions (Xa-va-na-khệt and the like 5), 18 pages; golds 18 of 18"),
    "LA-XS": ("Xay Sổm Bun", "7 of 8 mentions (was Xay-xổm-bun), 3 pages; golds 3 of 3"),
    "RU-MOW": ("Matxcơva", "8 of 9 mentions (Moscow 1; Moskva 0), 2 pages; golds 1 of 1"),
}

#: Press names a release showed and a later count withdrew (its rule no longer held): ISO code ->
#: (the name shown then, why). The region is shown by its EXONYMS name again; the withdrawn name
#: stays a spelling and is the region's ``former`` name, so that events stored and corrections made
#: under it still follow the region (``place_keys.renamed``, ``corrections.same_key``).
WITHDRAWN: dict[str, tuple[str, str]] = {
    "KR-48": ("Gyeongnam", "round 31: Gyeongnam 7, Gyeongsangnam 2 of 9 mentions, 2 pages; golds split 1-1 "
                           "(Gyeongnam, Gyeongsangnam): the golds no longer agree; its sibling KR-47 is shown "
                           "Gyeongsangbuk, written so 13 of 13, golds 5 of 5"),
}
