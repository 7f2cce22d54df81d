"""Per-article analysis: each module is a function from a spaCy Doc to plain annotations."""
