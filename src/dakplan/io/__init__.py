"""Bytes to and from the outside world; nothing here imports the plan model.

``write`` is the one way a command puts a file on disk; ``stdout`` is standard output whose
failures end the run with a message instead of a traceback.
"""
