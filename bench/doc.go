// Package bench measures followupd on a large mailbox: `followupd once`
// against a real Dovecot serving 100,000 generated messages, next to a bare
// go-imap client that does only the IMAP work a pass cannot avoid. The
// code is in the tests (large_test.go); mailgen and genmaildir make the
// mailbox. README.md has the figures and how to reproduce them.
package bench
