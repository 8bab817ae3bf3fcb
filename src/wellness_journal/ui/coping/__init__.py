"""The coping toolbox: pacer, exercise dialog, ratings, thought records, "What helps me"."""
