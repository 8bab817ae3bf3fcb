"""The month calendar and back-filling a missed day (check-in, sleep, stress)."""
