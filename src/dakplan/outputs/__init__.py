"""What each command writes: one module of formats per command, and what they share."""
