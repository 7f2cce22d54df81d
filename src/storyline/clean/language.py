"""Language identification (langdetect, seeded so the same text always gets the same answer)."""

from __future__ import annotations

from langdetect import DetectorFactory, LangDetectException, detect_langs

DetectorFactory.seed = 0
MIN_CHARS = 20


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short or too mixed to tell."""
    sample = text[:3000]
    if len(sample.strip()) < MIN_CHARS:
        return None
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return None
    return best.lang if best.prob >= 0.6 else None
