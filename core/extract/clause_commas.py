"""Where the last clause before a point starts: the last ", " outside quotes (event_type.clause_of)."""

_QUOTES = {"“": 1, "”": -1}


def last_comma(folded: str, end: int) -> int:
    """Where the clause after the last ", " before ``end`` outside quotes starts (0: none)."""
    depth, straight, commas = 0, 0, []
    for i, c in enumerate(folded[:end]):
        if c in _QUOTES:
            depth = max(0, depth + _QUOTES[c])
        elif c == '"':
            straight ^= 1
        elif c == "," and not depth and not straight and folded.startswith(" ", i + 1):
            commas.append(i + 2)
    return commas[-1] if commas else 0
