"""Use cases in plain Python. Each call that changes data returns the Changes it made."""
