package interview

// ReadingsTaken is how many readings made ahead r's builds used.
func ReadingsTaken(r *Reader) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.taken
}
