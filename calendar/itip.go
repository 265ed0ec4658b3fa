package calendar

// Newer reports whether a supersedes b as a version of the same event
// (same UID and RECURRENCE-ID). RFC 5546 §2.1.5: the higher SEQUENCE wins;
// with equal SEQUENCE the later DTSTAMP wins. On a full tie b is kept, so
// that the version seen first stays.
func Newer(a, b Event) bool {
	if a.Sequence != b.Sequence {
		return a.Sequence > b.Sequence
	}
	return a.Stamp.After(b.Stamp)
}

// key identifies one component across calendars: UID and RECURRENCE-ID.
type key struct {
	uid string
	rid int64
}

func keyOf(e *Event) key {
	k := key{uid: e.UID}
	if !e.RecurrenceID.IsZero() {
		k.rid = e.RecurrenceID.UnixNano()
	}
	return k
}

// Merge folds updates into current, as a calendar user agent applies
// incoming iTIP messages (RFC 5546 §3.2): for each UID and RECURRENCE-ID
// the Newer version is kept, whatever its METHOD, so a CANCEL with a higher
// SEQUENCE marks the event cancelled (keeping what it knew of it), a stale
// REQUEST changes nothing. Events without a UID cannot be matched and are
// all kept. The result keeps the order of first appearance; neither input
// is modified.
func Merge(current, updates []Event) []Event {
	out := make([]Event, 0, len(current)+len(updates))
	index := make(map[key]int)
	for _, list := range [][]Event{current, updates} {
		for i := range list {
			ev := list[i]
			if ev.UID == "" {
				out = append(out, ev)
				continue
			}
			k := keyOf(&ev)
			if j, ok := index[k]; ok {
				if Newer(ev, out[j]) {
					out[j] = supersede(out[j], ev)
				}
				continue
			}
			index[k] = len(out)
			out = append(out, ev)
		}
	}
	return out
}

// supersede returns what the newer version makes of old. A CANCEL often
// carries little more than UID, SEQUENCE and DTSTAMP (RFC 5546 §3.2.5), so
// it marks the known event cancelled instead of replacing it.
func supersede(old, newer Event) Event {
	if newer.Method != "CANCEL" {
		return newer
	}
	merged := old
	merged.Method, merged.Status = newer.Method, "CANCELLED"
	merged.Sequence, merged.Stamp = newer.Sequence, newer.Stamp
	return merged
}
