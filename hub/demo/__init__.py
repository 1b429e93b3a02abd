"""Demo data: the seeds' citizens, rendered as each municipality's own forms and ingested for real."""
