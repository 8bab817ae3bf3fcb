"""Wellness Journal: an offline, encrypted self-care journal for law-enforcement officers."""

__version__ = "0.1.0"
APP_NAME = "Wellness Journal"
APP_ID = "wellness-journal"
