"""Named errors: every failure a user can cause has a class here and a message that names the input."""

from __future__ import annotations


class StorylineError(Exception):
    """Base of every error storyline raises on purpose."""


class StoreBusy(StorylineError):
    """Another process holds the store's write lock for longer than we are willing to wait."""


class NotFound(StorylineError):
    """An id (story, article) that the store does not hold."""


class StoreError(StorylineError):
    """A store that cannot be opened as asked (for instance, one that needs upgrading on a read-only file)."""
