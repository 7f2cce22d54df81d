"""``python -m storyline``: the same as the ``storyline`` console script."""

from .cli import main

main()
