"""My plan: the card on Today, the goals in Settings, and the editor for a goal."""
