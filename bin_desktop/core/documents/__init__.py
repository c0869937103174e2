"""PDF documents: charter + internal rules, ADVP letters and notices (reportlab)."""
