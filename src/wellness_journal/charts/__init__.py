"""matplotlib Figures built from plain series: no pyplot, no Qt, one module per chart family.

matplotlib is imported inside the functions, so importing this package costs nothing at start.
Every word on a chart comes in from the caller (``ui/`` translates them).
"""
