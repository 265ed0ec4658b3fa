package mail

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/emersion/go-message/textproto"
)

// Bounds that keep one hostile message from costing more than a bounded
// amount of time and memory. Bodies are streamed; only the parts we keep
// are buffered, each up to its own cap.
const (
	maxParseBytes      = 64 << 20  // input read, attachments included
	maxHeaderBytes     = 1 << 20   // the message header block
	maxPartHeaderBytes = 256 << 10 // the header block of one MIME part
	maxTextBytes       = 1 << 20   // Message.Text
	maxHTMLBytes       = 8 << 20   // one text/html part before conversion
	maxCalendarBytes   = 1 << 20   // one calendar; larger ones are dropped
	maxCalendars       = 16
	maxParts           = 1000
	maxDepth           = 16 // multipart nesting
)

// ErrHeaderTooLarge is returned when a header block exceeds 1 MiB.
var ErrHeaderTooLarge = errors.New("header too large")

// Parse reads one RFC 5322 message and returns its Summary fields, its
// readable text and its calendar payloads.
//
// Parse is built for mail from strangers: malformed headers, broken MIME
// structure, bad transfer encodings and unknown charsets give a best-effort
// Message, not an error. An error means nothing useful could be read: the
// reader failed (the error wraps it), or the header block is missing or
// larger than 1 MiB. Input beyond 64 MiB is ignored.
func Parse(r io.Reader) (*Message, error) {
	src := &errReader{r: io.LimitReader(r, maxParseBytes)}
	br := newBufReader(src)
	defer freeBufReader(br)
	h, body, err := readHeader(br)
	if src.err != nil {
		return nil, fmt.Errorf("read message: %w", src.err)
	}
	if err != nil {
		return nil, err
	}
	msg := &Message{Summary: summaryFromHeader(&h)}
	w := &walker{}
	res := w.entity(h, body, 0)
	// Drain what the walk left unread (trailing attachments, epilogue) so a
	// failing reader is noticed and the caller's stream is consumed.
	_, _ = io.Copy(io.Discard, br)
	if src.err != nil {
		return nil, fmt.Errorf("read message: %w", src.err)
	}
	msg.Text = truncateUTF8(strings.TrimSpace(res.text), maxTextBytes)
	msg.Calendars = w.calendars
	msg.HasCalendar = w.sawCalendar
	msg.HasAttachment = w.sawAttachment
	return msg, nil
}

// headerFields is what summaryFromHeader reads: a whole message's header
// (*textproto.Header) or the fields a scan fetched (sectionHeader).
type headerFields interface {
	Get(key string) string
	Values(key string) []string
}

func summaryFromHeader(h headerFields) Summary {
	s := Summary{
		InReplyTo:  ParseMessageIDs(h.Get("In-Reply-To")),
		References: ParseMessageIDs(strings.Join(h.Values("References"), " ")),
		Date:       ParseDate(h.Get("Date")),
		Subject:    DecodeHeaderText(h.Get("Subject")),
		From:       addressHeader(h, "From"),
		Sender:     addressHeader(h, "Sender"),
		ReplyTo:    addressHeader(h, "Reply-To"),
		To:         addressHeader(h, "To"),
		Cc:         addressHeader(h, "Cc"),
		Bulk:       IsBulk(h),
	}
	if ids := ParseMessageIDs(h.Get("Message-Id")); len(ids) > 0 {
		s.MessageID = ids[0]
	}
	s.AuthFailure = authFailure(h, s.From)
	return s
}

// addressHeader joins repeated fields: RFC 5322 §3.6 allows one To and one
// Cc, but some mailers write several and every address in them counts.
func addressHeader(h headerFields, key string) []Address {
	vals := h.Values(key)
	if len(vals) == 0 {
		return nil
	}
	return ParseAddressList(strings.Join(vals, ", "))
}

// errReader remembers the first error of the underlying reader other than
// io.EOF, so that a failing connection is reported instead of being taken
// for a truncated message.
type errReader struct {
	r   io.Reader
	err error
}

func (e *errReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil && err != io.EOF && e.err == nil {
		e.err = err
	}
	return n, err
}

// readHeader reads the top-level header block and repairs it the way
// tolerant readers do, before go-message's strict textproto.ReadHeader sees
// it:
//   - an mbox "From " separator line at the start is dropped;
//   - white space before the first field is dropped;
//   - a line with a colon but an invalid field name (RFC 5322 §2.2: printable
//     ASCII except colon) is dropped with its continuation lines;
//   - a line without a colon ends the header: the body started without the
//     blank line (RFC 5322 §2.1), so the line is kept as body.
//
// It returns the header and a reader for the body.
func readHeader(br *bufio.Reader) (textproto.Header, io.Reader, error) {
	var (
		block    bytes.Buffer
		leftover []byte
		total    int
		dropping = true // continuation lines before any field have no owner
	)
	for n := 0; ; n++ {
		line, err := readHeaderLine(br, maxHeaderBytes-total)
		if err == errLineTooLong {
			return textproto.Header{}, nil, fmt.Errorf("read header: %w", ErrHeaderTooLarge)
		}
		if len(line) == 0 {
			if n == 0 {
				return textproto.Header{}, nil, errors.New("read header: empty message")
			}
			break // a message that is all header
		}
		total += len(line)
		trimmed := bytes.TrimRight(line, "\r\n")
		if n == 0 {
			if bytes.HasPrefix(trimmed, []byte("From ")) {
				continue
			}
			trimmed = bytes.TrimLeft(trimmed, " \t")
		}
		if len(trimmed) == 0 {
			break // the blank line that ends the header
		}
		if trimmed[0] == ' ' || trimmed[0] == '\t' {
			if !dropping {
				block.Write(trimmed)
				block.WriteString("\r\n")
			}
		} else if colon := bytes.IndexByte(trimmed, ':'); colon < 0 {
			leftover = line
			break
		} else {
			dropping = !validFieldName(bytes.TrimRight(trimmed[:colon], " \t"))
			if !dropping {
				block.Write(trimmed)
				block.WriteString("\r\n")
			}
		}
		if err != nil {
			break
		}
	}
	block.WriteString("\r\n")
	// After the repairs above this cannot fail; if it did, the fields read
	// so far are still worth having.
	hr := newBufReader(&block)
	h, _ := textproto.ReadHeader(hr)
	freeBufReader(hr)
	var body io.Reader = br
	if len(leftover) > 0 {
		body = io.MultiReader(bytes.NewReader(leftover), br)
	}
	return h, body, nil
}

// bufReaders keeps the buffered readers of Parse: a first pass parses
// thousands of messages, and two 4 KiB buffers each were a tenth of what
// it allocated. Nothing Parse returns points into a reader's buffer.
var bufReaders = sync.Pool{New: func() any { return bufio.NewReader(nil) }}

func newBufReader(r io.Reader) *bufio.Reader {
	br := bufReaders.Get().(*bufio.Reader)
	br.Reset(r)
	return br
}

func freeBufReader(br *bufio.Reader) {
	br.Reset(nil)
	bufReaders.Put(br)
}

var errLineTooLong = errors.New("line too long")

// readHeaderLine reads one line including its terminator, failing once the line
// would exceed limit bytes.
func readHeaderLine(br *bufio.Reader, limit int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) > limit {
			return nil, errLineTooLong
		}
		line = append(line, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		return line, err
	}
}

func validFieldName(k []byte) bool {
	if len(k) == 0 {
		return false
	}
	for _, c := range k {
		if c < '!' || c > '~' || c == ':' {
			return false
		}
	}
	return true
}
