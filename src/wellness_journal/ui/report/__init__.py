"""The summary for a counselor: choose what goes in, see every page, save it as a PDF or print it."""
