package daemon

import (
	"fmt"
	"time"

	sd "github.com/coreos/go-systemd/v22/daemon"
)

// Notifier tells the service manager how the daemon is doing, in the
// sd_notify(3) protocol: "READY=1", "STATUS=...", "WATCHDOG=1", ...
type Notifier interface {
	Notify(state string) error
}

// Systemd sends to $NOTIFY_SOCKET, and does nothing when the process was
// not started by systemd with Type=notify.
type Systemd struct{}

func (Systemd) Notify(state string) error {
	_, err := sd.SdNotify(false, state)
	return err
}

// WatchdogInterval is how often to send WATCHDOG=1: half of the unit's
// WatchdogSec, as sd_watchdog_enabled(3) advises, or 0 when systemd does
// not watch this process.
func WatchdogInterval() time.Duration {
	d, err := sd.SdWatchdogEnabled(false)
	if err != nil || d <= 0 {
		return 0
	}
	return d / 2
}

// Reloading is the message that starts a reload. systemd 253 and later
// want the CLOCK_MONOTONIC time with it, to tell this reload's READY=1
// from an earlier one's (sd_notify(3), RELOADING=1).
func Reloading() string {
	if usec := monotonicUsec(); usec > 0 {
		return fmt.Sprintf("%s\nMONOTONIC_USEC=%d", sd.SdNotifyReloading, usec)
	}
	return sd.SdNotifyReloading
}

// notify sends state, ignoring a nil Notifier and errors: a service
// manager that cannot be told is no reason to stop drafting.
func (l *Loop) notify(state string) {
	if l.Notify == nil {
		return
	}
	if err := l.Notify.Notify(state); err != nil {
		l.log.Debug("sd_notify failed", "err", err)
	}
}
