// Command peakrss runs a command and writes its wall time, peak RSS and CPU
// time ("WALL_NS RSS_KIB CPU_NS") to a file, for the benchmarks in bench/:
//
//	peakrss -o FILE -- command args...
//
// It exists because the peak RSS a Go test reads from its own child is
// wrong on Linux: os/exec starts children with vfork semantics (CLONE_VM),
// and execve(2) folds the high-water RSS of the memory it replaces (the
// test process's, tens of MiB) into the child's ru_maxrss. This small
// process stands in between, so that the command inherits only its few
// MiB. The command's stdio and exit status pass through.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"syscall"
	"time"
)

func main() {
	out := flag.String("o", "", "file to write \"<wall ns> <peak RSS KiB>\" to")
	flag.Parse()
	if *out == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: peakrss -o FILE -- command args...")
		os.Exit(2)
	}
	cmd := exec.Command(flag.Arg(0), flag.Args()[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	began := time.Now()
	err := cmd.Run()
	wall := time.Since(began)
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		fmt.Fprintln(os.Stderr, "peakrss:", err)
		os.Exit(127)
	}
	var rss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = int64(ru.Maxrss) // KiB on Linux
		if runtime.GOOS == "darwin" {
			rss /= 1024 // bytes there
		}
	}
	// CPU time (user + system) says how much of the wall time was the
	// command's own work; the rest was waiting for the server.
	cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if werr := os.WriteFile(*out, fmt.Appendf(nil, "%d %d %d\n", wall.Nanoseconds(), rss, cpu.Nanoseconds()), 0o644); werr != nil {
		fmt.Fprintln(os.Stderr, "peakrss:", werr)
		os.Exit(127)
	}
	os.Exit(cmd.ProcessState.ExitCode())
}
