// Command genmaildir writes a large, realistic mailbox straight into a
// Maildir (Maildir++ layout, as Dovecot's maildir:~/Maildir expects), for
// measuring followupd on years of mail:
//
//	go run ./bench/genmaildir -dir /tmp/Maildir -n 100000 -days 730 -end 2026-11-26 -seed 1
//
// INBOX gets n messages spread evenly over the days before -end (about
// n*60/days in followupd's default 60-day window), a few of them interview
// invitations; .Sent gets the user's own mail; .Drafts is empty. Each file's
// mtime is its arrival time, which Dovecot reports as INTERNALDATE. The
// same flags give the same bytes.
//
// -all-from-employers generates the worst case for followupd instead: every
// message in the window comes from someone at one of the interviewing
// companies, and none of it is bulk mail, so that it reads every body.
//
// If Dovecot runs as another user, chown -R the result to that user
// before pointing Dovecot at it.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/followupd/followupd/bench/mailgen"
)

func main() {
	var (
		o   mailgen.Options
		end string
	)
	flag.StringVar(&o.Dir, "dir", "", "Maildir to create (must not exist or be empty)")
	flag.IntVar(&o.N, "n", 100000, "messages in INBOX")
	flag.IntVar(&o.Days, "days", 730, "days the INBOX spans, ending at -end")
	flag.StringVar(&end, "end", "2026-11-26", "end of the mailbox: YYYY-MM-DD (09:00 Europe/Berlin that day) or RFC 3339")
	flag.Uint64Var(&o.Seed, "seed", 1, "random seed")
	flag.IntVar(&o.Invitations, "invitations", 16, "generated interview invitations in the window (the sample job search adds its own)")
	flag.IntVar(&o.WindowDays, "window", 60, "days before -end that hold the invitations (followupd's lookback)")
	flag.IntVar(&o.Sent, "sent", 0, "messages in Sent (0: n/50)")
	flag.BoolVar(&o.AllFromEmployers, "all-from-employers", false, "the worst case: every sender in the window works at a company with an interview, none of it bulk")
	flag.Parse()
	if o.Dir == "" {
		fmt.Fprintln(os.Stderr, "genmaildir: -dir is required")
		flag.Usage()
		os.Exit(2)
	}
	t, err := mailgen.ParseEnd(end)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genmaildir:", err)
		os.Exit(2)
	}
	o.End = t

	began := time.Now()
	st, err := mailgen.Generate(o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genmaildir:", err)
		os.Exit(1)
	}
	fmt.Printf("%s: INBOX %d messages (%d in the last %d days, %d invitations, %d built as interview candidates), Sent %d, %.0f MiB, %.1fs\n",
		o.Dir, st.Inbox, st.InWindow, st.WindowDays, st.Invitations, st.Candidates, st.Sent,
		float64(st.Bytes)/(1<<20), time.Since(began).Seconds())
}
