"""Documents made for paper: the safety plan's pocket card."""
