"""Bytes to and from the outside world; nothing here imports the plan model.

``read`` turns a file into text (or says why not), ``yaml_load`` text into plain data within
``bounds``, ``locate`` a path in the document into a line; ``yaml_dump`` writes data back as YAML.
``write`` is the one way a command puts a file on disk; ``stdout`` is standard output whose
failures end the run with a message instead of a traceback.
"""
