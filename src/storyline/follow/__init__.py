"""Following stories as they develop: feeds polled on a schedule (``poll``), rounds ingested through the same
pipeline (``follower``), and what each committed chunk changed in its stories (``changes``, which every ingest
records). Import the modules themselves: the pipeline uses ``changes``, and ``follower`` uses the pipeline."""
