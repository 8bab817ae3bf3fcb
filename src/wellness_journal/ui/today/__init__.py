"""Widgets and dialogs of the Today page: check-in, stress log, critical incidents, sleep diary."""
