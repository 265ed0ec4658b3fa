package dovecottest

import (
	"bytes"
	"text/template"
)

type config struct {
	Dir      string
	BaseDir  string
	LogPath  string
	Port     int
	TLSPort  int
	TLS      *certFiles
	IDs      ids
	Passwd   string
	MailHome string

	Mailboxes []Mailbox
}

// The configuration is written for Dovecot 2.3 and is complete on its own:
// -c bypasses /etc/dovecot, so only built-in defaults apply. Points that are
// not obvious:
//
//   - base_dir and state_dir move every socket and state file out of
//     /run/dovecot and /var/lib/dovecot; protocols = imap keeps pop3, lmtp
//     and submission from starting at all.
//   - imap-login and anvil chroot by default, into directories only a
//     packaged install has; chroot = turns that off.
//   - first_valid_uid = 0 accepts the dovecot system account (uid < 500)
//     as the owner of the mail.
//   - auth_failure_delay = 0 and no anvil
//     auth penalty keep a wrong-password test from costing seconds.
//   - Loopback connections count as secure for Dovecot, but
//     disable_plaintext_auth = no also allows LOGIN/PLAIN over the plain
//     port when clients connect via another address.
var configTemplate = template.Must(template.New("dovecot.conf").Parse(`# written by internal/dovecottest
base_dir = {{.BaseDir}}
state_dir = {{.Dir}}/state
log_path = {{.LogPath}}
info_log_path = {{.LogPath}}
protocols = imap
listen = 127.0.0.1
shutdown_clients = yes

default_login_user = {{.IDs.LoginUser}}
default_internal_user = {{.IDs.InternalUser}}
default_internal_group = {{.IDs.InternalGroup}}
first_valid_uid = 0
first_valid_gid = 0

disable_plaintext_auth = no
auth_failure_delay = 0
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {{.Passwd}}
}
userdb {
  driver = static
  args = uid={{.IDs.MailUID}} gid={{.IDs.MailGID}} home={{.MailHome}}/%u
}

mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  separator = /
{{- range .Mailboxes}}
  mailbox "{{.Name}}" {
    auto = create
{{- if .SpecialUse}}
    special_use = {{.SpecialUse}}
{{- end}}
  }
{{- end}}
}

{{if .TLS}}ssl = yes
ssl_cert = <{{.TLS.Cert}}
ssl_key = <{{.TLS.Key}}
{{else}}ssl = no
{{end}}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = {{.Port}}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = {{.TLSPort}}
{{- if .TLS}}
    ssl = yes
{{- end}}
  }
}
service anvil {
  chroot =
  # No auth penalty: after a failed login Dovecot would delay the next
  # login from the same IP by seconds, and tests log in from 127.0.0.1 only.
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
`))

func (c config) render() string {
	var b bytes.Buffer
	if err := configTemplate.Execute(&b, c); err != nil {
		panic(err) // the template and its data are fixed at compile time
	}
	return b.String()
}
