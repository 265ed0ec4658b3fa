package daemon

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/followupd/followupd/interview"
)

// Error kinds, the values of followupd_errors_total's kind label.
const (
	kindTemporary = "temporary"
	kindPermanent = "permanent"
	kindPanic     = "panic"
)

// Metrics are the loop's Prometheus metrics, in a registry of their own so
// that /metrics shows exactly these (and the Go runtime's), whatever else
// the process links in.
type Metrics struct {
	reg        *prometheus.Registry
	passes     *prometheus.CounterVec
	scanned    prometheus.Counter
	interviews *prometheus.GaugeVec
	drafts     prometheus.Counter
	errors     *prometheus.CounterVec
	duration   prometheus.Histogram
}

// NewMetrics registers the metrics. Every label value is created at zero
// so that a rate() over a counter that never moved is 0, not absent.
func NewMetrics() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		passes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "followupd_passes_total",
			Help: "Passes run, by result (ok or error).",
		}, []string{"result"}),
		scanned: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "followupd_messages_scanned_total",
			Help: "New messages looked at by passes.",
		}),
		interviews: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "followupd_interviews",
			Help: "Interviews tracked as of the last pass, by status.",
		}, []string{"status"}),
		drafts: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "followupd_drafts_written_total",
			Help: "Drafts appended to the Drafts folder (including ones recovered after an interrupted pass).",
		}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "followupd_errors_total",
			Help: "Failed passes and watcher sessions, by kind (temporary, permanent, panic).",
		}, []string{"kind"}),
		duration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "followupd_pass_duration_seconds",
			Help: "How long passes take.",
			// An incremental pass takes tens of milliseconds; the first one
			// of a large mailbox, minutes.
			Buckets: prometheus.ExponentialBuckets(0.01, 4, 9),
		}),
	}
	m.reg.MustRegister(m.passes, m.scanned, m.interviews, m.drafts, m.errors, m.duration,
		prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}))
	for _, r := range []string{"ok", "error"} {
		m.passes.WithLabelValues(r)
	}
	for _, k := range []string{kindTemporary, kindPermanent, kindPanic} {
		m.errors.WithLabelValues(k)
	}
	for _, s := range interviewStatuses {
		m.interviews.WithLabelValues(string(s))
	}
	return m
}

var interviewStatuses = []interview.Status{interview.Scheduled, interview.Cancelled, interview.Rejected, interview.Offer}

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// The methods below accept a nil *Metrics, so that the loop need not ask
// whether metrics are wanted.

func (m *Metrics) passDone(res *Result, err error, seconds float64) {
	if m == nil {
		return
	}
	m.duration.Observe(seconds)
	if err != nil {
		m.passes.WithLabelValues("error").Inc()
	} else {
		m.passes.WithLabelValues("ok").Inc()
	}
	if res == nil {
		return
	}
	m.scanned.Add(float64(res.Scanned))
	m.drafts.Add(float64(len(res.Written)))
	if err != nil {
		return // a failed pass may have stopped before it built the interviews
	}
	counts := map[interview.Status]int{}
	for _, iv := range res.Interviews {
		counts[iv.Status]++
	}
	for _, s := range interviewStatuses {
		m.interviews.WithLabelValues(string(s)).Set(float64(counts[s]))
	}
}

func (m *Metrics) failed(kind string) {
	if m == nil {
		return
	}
	m.errors.WithLabelValues(kind).Inc()
}
