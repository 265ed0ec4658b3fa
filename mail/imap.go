package mail

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-message/charset"
	"github.com/emersion/go-sasl"
)

// Security is how the connection to the IMAP server is protected.
type Security string

const (
	// SecurityTLS is implicit TLS from the first byte (port 993, RFC 8314).
	SecurityTLS Security = "tls"
	// SecurityStartTLS upgrades a plain connection with STARTTLS (port 143,
	// RFC 3501 §6.2.1) before authenticating.
	SecurityStartTLS Security = "starttls"
	// SecurityNone sends everything, the password included, in clear text.
	// Dial refuses it unless the host is a loopback address or
	// DialConfig.AllowPlaintext is set.
	SecurityNone Security = "none"
)

// Auth is the authentication method.
type Auth string

const (
	// AuthPlain is SASL PLAIN through AUTHENTICATE (RFC 4616).
	AuthPlain Auth = "plain"
	// AuthLogin is the IMAP LOGIN command (RFC 3501 §6.2.3).
	AuthLogin Auth = "login"
	// AuthXOAuth2 is Google's SASL XOAUTH2, also spoken by Microsoft
	// 365 and Yahoo; DialConfig.Password returns an OAuth 2.0 access
	// token. See oauth.go.
	AuthXOAuth2 Auth = "xoauth2"
	// AuthOAuthBearer is SASL OAUTHBEARER (RFC 7628) with an OAuth 2.0
	// access token from DialConfig.Password.
	AuthOAuthBearer Auth = "oauthbearer"
)

// DialConfig says where and how to connect. The zero Security means
// SecurityTLS, the zero Port the usual port for Security, the zero Auth PLAIN
// when the server advertises AUTH=PLAIN and LOGIN otherwise; the OAuth
// mechanisms are used only when asked for.
type DialConfig struct {
	Host     string
	Port     int
	Security Security
	// AllowPlaintext permits SecurityNone to a host that is not loopback.
	AllowPlaintext bool
	Auth           Auth
	Username       string
	// Password is called on every Dial, so that a password command or an
	// OAuth token source can hand out a fresh secret each time. With
	// AuthXOAuth2 and AuthOAuthBearer it returns the access token.
	Password func(ctx context.Context) (string, error)
	// TLSConfig nil means the system roots with ServerName = Host. A
	// non-nil config is cloned; its ServerName defaults to Host.
	TLSConfig *tls.Config
	Logger    *slog.Logger
	// MaxBodyBytes is how much of a message StreamBodies fetches; 0 means
	// DefaultMaxBodyBytes.
	MaxBodyBytes int64
}

// Client is one authenticated IMAP connection. Its methods may be called
// from several goroutines but run one at a time, since they share the
// connection's selected mailbox.
//
// go-imap has no context support. Every method takes a ctx and closes the
// connection when ctx ends before the method returns; the method then
// returns an error wrapping ctx.Err() and the Client is unusable: dial a new
// one.
type Client struct {
	c    *imapclient.Client
	log  *slog.Logger
	caps imap.CapSet
	// bodyOptions asks for a message up to the configured size (see
	// DialConfig.MaxBodyBytes).
	bodyOptions *imap.FetchOptions

	// sem serialises operations; a channel rather than a mutex so that
	// waiting for it can be cancelled.
	sem chan struct{}
	// changed is signalled (without blocking; capacity 1) by the
	// unilateral data handler when the server reports EXISTS, EXPUNGE
	// or FETCH; WaitForChange waits on it. See idle.go.
	changed chan struct{}
	// watching is the mailbox WaitForChange EXAMINEd, "" before the first
	// call or after an EXAMINE failed; watched what each EXAMINE of
	// WaitForChange found.
	watching string
	watched  map[string]watchState
}

// Default ports: 993 for implicit TLS (RFC 8314), 143 for IMAP.
const (
	portIMAPS = 993
	portIMAP  = 143
)

// TCP keepalive on the connection: an IDLE connection is quiet for minutes,
// and NAT boxes and stateful firewalls drop quiet flows, often without a
// RST. Probes keep the mapping alive, and a peer that is gone is noticed
// after about Idle + Count×Interval = 90 s even between health checks.
var keepAlive = net.KeepAliveConfig{
	Enable:   true,
	Idle:     30 * time.Second,
	Interval: 15 * time.Second,
	Count:    4,
}

// logoutTimeout bounds how long Close waits for the server to answer
// LOGOUT before it drops the connection anyway.
const logoutTimeout = 2 * time.Second

// imapWordDecoder is handed to go-imap: body-structure parameters (and
// ENVELOPE strings, which followupd no longer asks for) arrive RFC
// 2047-encoded (RFC 3501 §7.4.2), and go-imap's default decoder knows only
// UTF-8 and ISO-8859-1.
var imapWordDecoder = &mime.WordDecoder{CharsetReader: charset.Reader}

// Dial connects, sets up TLS as configured, and authenticates. A rejected
// login wraps ErrAuth; a refused plaintext connection ErrPlaintext (before
// any network I/O); an invalid configuration ErrConfig.
func Dial(ctx context.Context, cfg DialConfig) (*Client, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	log := cfg.Logger.With("host", cfg.Host, "port", cfg.Port, "security", string(cfg.Security))
	addr := net.JoinHostPort(cfg.Host, strconv.Itoa(cfg.Port))

	d := net.Dialer{KeepAliveConfig: keepAlive}
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", addr, err)
	}
	// Until the Client exists, ending ctx closes the raw connection; that
	// unblocks every go-imap call below.
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	c, err := dialSession(ctx, conn, cfg, log)
	if !stop() {
		if c != nil {
			c.c.Close()
		}
		return nil, fmt.Errorf("connect to %s: %w", addr, ctx.Err())
	}
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("connect to %s: %w", addr, err)
	}
	log.Debug("imap connected", "caps", c.Caps().String())
	return c, nil
}

// dialSession does the protocol part of Dial on an open connection. It does
// not watch ctx itself (Dial closes conn when ctx ends) but passes it to
// the TLS handshake and the password callback.
func dialSession(ctx context.Context, conn net.Conn, cfg DialConfig, log *slog.Logger) (*Client, error) {
	changed := make(chan struct{}, 1)
	opts := &imapclient.Options{
		TLSConfig:             cfg.tlsConfig(),
		WordDecoder:           imapWordDecoder,
		UnilateralDataHandler: changeHandler(changed),
	}

	var ic *imapclient.Client
	switch cfg.Security {
	case SecurityTLS:
		tc := opts.TLSConfig.Clone()
		if tc.NextProtos == nil {
			tc.NextProtos = []string{"imap"} // ALPN id, RFC 7301 registry
		}
		tconn := tls.Client(conn, tc)
		if err := tconn.HandshakeContext(ctx); err != nil {
			return nil, fmt.Errorf("tls handshake: %w", err)
		}
		ic = imapclient.New(tconn, opts)
	case SecurityStartTLS:
		var err error
		// NewStartTLS refuses a PREAUTH greeting (RFC 9051 §7.1.4)
		// and fails unless the upgrade completes.
		ic, err = imapclient.NewStartTLS(conn, opts)
		if err != nil {
			return nil, fmt.Errorf("starttls: %w", wrapIMAPError(err))
		}
	case SecurityNone:
		ic = imapclient.New(conn, opts)
	}

	if err := ic.WaitGreeting(); err != nil {
		ic.Close()
		return nil, fmt.Errorf("greeting: %w", wrapIMAPError(err))
	}

	c := &Client{
		c:           ic,
		log:         log,
		sem:         make(chan struct{}, 1),
		changed:     changed,
		bodyOptions: bodyFetchOptions(cfg.MaxBodyBytes),
	}
	if ic.State() != imap.ConnStateAuthenticated { // not PREAUTH
		if err := c.authenticate(ctx, cfg); err != nil {
			ic.Close()
			return nil, err
		}
	}
	// Capabilities change with TLS and authentication (RFC 3501 §7.2.1);
	// go-imap re-reads them, and we keep the final set.
	caps := ic.Caps()
	if caps == nil {
		ic.Close()
		return nil, fmt.Errorf("capability: %w", ErrConnection)
	}
	c.caps = caps
	return c, nil
}

func (c *Client) authenticate(ctx context.Context, cfg DialConfig) error {
	caps := c.c.Caps()
	mech := cfg.Auth
	if mech == "" {
		mech = AuthLogin
		if caps.Has(imap.AuthCap(sasl.Plain)) {
			mech = AuthPlain
		}
	}
	if mech == AuthLogin && caps.Has(imap.CapLoginDisabled) {
		// RFC 3501 §6.2.3: the server forbids LOGIN on this connection,
		// typically because it is not protected by TLS.
		return fmt.Errorf("login as %s: %w: server advertises LOGINDISABLED", cfg.Username, ErrAuth)
	}
	// Checked before running the password command: asking an OAuth
	// helper for a token the server cannot take is wasted (and may
	// prompt the user).
	if sm := saslMechanism(mech); sm != "" && !(Caps{set: caps}).Has("AUTH="+sm) {
		return fmt.Errorf("authenticate as %s: %w: server does not advertise AUTH=%s", cfg.Username, ErrAuth, sm)
	}

	password, err := cfg.Password(ctx)
	if err != nil {
		return fmt.Errorf("password for %s: %w", cfg.Username, err)
	}

	if saslMechanism(mech) != "" {
		if err := checkBearerToken(password); err != nil {
			return fmt.Errorf("authenticate as %s: %w", cfg.Username, err)
		}
	}

	var oauth *oauthClient
	switch mech {
	case AuthPlain:
		err = c.c.Authenticate(sasl.NewPlainClient("", cfg.Username, password))
	case AuthLogin:
		err = c.c.Login(cfg.Username, password).Wait()
	case AuthXOAuth2:
		oauth = newXOAuth2Client(cfg.Username, password)
		err = c.c.Authenticate(oauth)
	case AuthOAuthBearer:
		oauth = newOAuthBearerClient(cfg.Username, password, cfg.Host, cfg.Port)
		err = c.c.Authenticate(oauth)
	}
	if err != nil {
		err = fmt.Errorf("%s as %s: %w", authVerb(mech), cfg.Username, authError(err))
		if oauth != nil {
			err = oauth.explain(err)
		}
		return err
	}
	c.log.Debug("imap authenticated", "user", cfg.Username, "auth", string(mech))
	return nil
}

func authVerb(a Auth) string {
	if a == AuthLogin {
		return "login"
	}
	return "authenticate"
}

// Close logs out and closes the connection. It waits at most a couple of
// seconds for the server's answer to LOGOUT.
func (c *Client) Close() error {
	done := make(chan struct{})
	go func() {
		_ = c.c.Logout().Wait()
		close(done)
	}()
	timer := time.NewTimer(logoutTimeout)
	defer timer.Stop()
	select {
	case <-done:
	case <-timer.C:
	}
	if err := c.c.Close(); err != nil && !errors.Is(err, net.ErrClosed) {
		// The server closing after BYE is the normal end of LOGOUT.
		if !isConnectionError(err) {
			return fmt.Errorf("close: %w", err)
		}
	}
	return nil
}

// Noop sends NOOP, a round trip that proves the connection is alive
// (RFC 3501 §6.1.2). Health checks and keepalives use it.
func (c *Client) Noop(ctx context.Context) error {
	return c.do(ctx, "noop", func() error {
		return wrapIMAPError(c.c.Noop().Wait())
	})
}

// Caps are the capabilities the server advertised after authentication.
type Caps struct {
	set imap.CapSet
}

// Caps returns the server's capabilities as of the end of Dial. It does no
// I/O.
func (c *Client) Caps() Caps { return Caps{set: c.caps} }

// Has reports whether the server advertised name (case-insensitive, e.g.
// "IDLE", "AUTH=PLAIN"), counting those IMAP4rev2 implies.
func (c Caps) Has(name string) bool {
	for k := range c.set {
		if strings.EqualFold(string(k), name) {
			return true
		}
	}
	// Implied capabilities; go-imap spells all but IMAP4rev1/2 in
	// upper case.
	return c.set.Has(imap.Cap(strings.ToUpper(name)))
}

// Idle reports IDLE (RFC 2177).
func (c Caps) Idle() bool { return c.set.Has(imap.CapIdle) }

// CondStore reports CONDSTORE (RFC 7162).
func (c Caps) CondStore() bool { return c.set.Has(imap.CapCondStore) }

// UIDPlus reports UIDPLUS (RFC 4315).
func (c Caps) UIDPlus() bool { return c.set.Has(imap.CapUIDPlus) }

// SpecialUse reports SPECIAL-USE (RFC 6154).
func (c Caps) SpecialUse() bool { return c.set.Has(imap.CapSpecialUse) }

// String lists the capabilities, sorted, separated by spaces.
func (c Caps) String() string {
	l := make([]string, 0, len(c.set))
	for k := range c.set {
		l = append(l, string(k))
	}
	slices.Sort(l)
	return strings.Join(l, " ")
}

// do runs one operation: it waits for its turn and closes the connection
// if ctx ends first. op names the operation in the error ("fetch INBOX").
// f classifies go-imap's errors itself (wrapIMAPError, mailboxError), so
// that the errors of callbacks pass through unchanged.
func (c *Client) do(ctx context.Context, op string, f func() error) error {
	select {
	case c.sem <- struct{}{}:
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", op, ctx.Err())
	}
	defer func() { <-c.sem }()
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}

	stop := context.AfterFunc(ctx, func() { c.c.Close() })
	err := f()
	if !stop() {
		// ctx ended while f ran; its error is the closed connection's.
		return fmt.Errorf("%s: %w", op, ctx.Err())
	}
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return nil
}

func (cfg DialConfig) withDefaults() (DialConfig, error) {
	if cfg.Host == "" {
		return cfg, fmt.Errorf("%w: host is empty", ErrConfig)
	}
	if cfg.Security == "" {
		cfg.Security = SecurityTLS
	}
	switch cfg.Security {
	case SecurityTLS:
		if cfg.Port == 0 {
			cfg.Port = portIMAPS
		}
	case SecurityStartTLS, SecurityNone:
		if cfg.Port == 0 {
			cfg.Port = portIMAP
		}
	default:
		return cfg, fmt.Errorf("%w: security %q is not tls, starttls or none", ErrConfig, cfg.Security)
	}
	if cfg.Port < 1 || cfg.Port > 65535 {
		return cfg, fmt.Errorf("%w: port %d out of range", ErrConfig, cfg.Port)
	}
	switch cfg.Auth {
	case "", AuthPlain, AuthLogin, AuthXOAuth2, AuthOAuthBearer:
	default:
		return cfg, fmt.Errorf("%w: auth %q is not plain, login, xoauth2 or oauthbearer", ErrConfig, cfg.Auth)
	}
	if cfg.Password == nil {
		return cfg, fmt.Errorf("%w: no password source", ErrConfig)
	}
	// The password would cross the network in clear text, which RFC 8314
	// wants clients to stop doing; loopback never leaves the machine.
	if cfg.Security == SecurityNone && !cfg.AllowPlaintext && !isLoopback(cfg.Host) {
		return cfg, fmt.Errorf("%w: %s", ErrPlaintext, cfg.Host)
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return cfg, nil
}

func (cfg DialConfig) tlsConfig() *tls.Config {
	var tc *tls.Config
	if cfg.TLSConfig != nil {
		tc = cfg.TLSConfig.Clone()
	} else {
		tc = &tls.Config{}
	}
	if tc.ServerName == "" {
		tc.ServerName = cfg.Host
	}
	if tc.MinVersion == 0 {
		tc.MinVersion = tls.VersionTLS12
	}
	return tc
}

// isLoopback accepts "localhost" (RFC 6761 §6.3 reserves it for loopback)
// and literal loopback addresses; it does not resolve names.
func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.TrimSuffix(strings.TrimPrefix(host, "["), "]"))
	return ip != nil && ip.IsLoopback()
}
