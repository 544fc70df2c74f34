"""Workers sent to the partner under the two sides' agreements (round 31, late31b): the words of their send-off
and of their job, which read alone as a meeting (docs/accuracy.md, "Round 31: late31b").

A province or a district sends seasonal workers to a partner county abroad (Korea, Japan) under a memorandum the
two sides sign; the press tells the signing, the send-off ceremony a delegation of the partner may attend, and the
workers' job. The job's "làm việc" is no working session ('làm việc', rank 5), and a ceremony named by the meeting
held at it ("lễ gặp gỡ") is a rite, as "lễ tiễn đưa" (rank 3), not the meeting 'gặp gỡ' (rank 5) reads alone.
Folded (no accents, no case, đ→d), whole words.

| folded words          | reads as           | example (our own)                                                                  |
|-----------------------|--------------------|------------------------------------------------------------------------------------|
| lễ gặp gỡ             | other, rank 3      | "Sở A làm lễ gặp gỡ 60 lao động chuẩn bị sang huyện B (Hàn Quốc) làm việc thời vụ"   |
| làm việc thời vụ      | no occasion        | "hai huyện ký thỏa thuận phái cử lao động đi làm việc thời vụ tại huyện B"          |
| làm việc có thời hạn  | no occasion        | "hai bên ký biên bản ghi nhớ về người lao động làm việc có thời hạn tại tỉnh B"      |

Left as they were: "có buổi gặp gỡ, trao đổi" (no 'lễ': a meeting), "làm việc với quận B về lao động thời vụ" (a
working session about the workers), "đến thăm và làm việc … về chương trình lao động thời vụ" (a visit).
"""

from __future__ import annotations

__all__ = ["WORKER_PHRASES", "WORKER_NOT"]

WORKER_PHRASES: tuple[tuple[str, str, int, str], ...] = (
    ("le gap go", "other", 3, "Sở A làm lễ gặp gỡ 60 lao động chuẩn bị sang huyện B (Hàn Quốc) làm việc thời vụ"),
)

WORKER_NOT: tuple[str, ...] = ("lam viec thoi vu", "lam viec co thoi han")
