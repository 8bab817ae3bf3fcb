"""Repositories: parameterised SQL in, core dataclasses out."""
