"""Merges across the corpus, on the read side: names that are one entity (``entities``), and quotations that are
one quote reported by several articles (``quotes``)."""
