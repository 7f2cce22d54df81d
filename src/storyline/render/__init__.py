"""A story rendered for reading: a Markdown report (``markdown``) and the same report as one HTML page
(``html``)."""
