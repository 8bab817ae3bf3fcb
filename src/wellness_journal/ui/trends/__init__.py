"""The Trends page's parts: chart specs, the chart card with its canvas, the range bar, PNG export."""
