package content

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/briefreader/brief/model"
)

// MaxSize is the largest document brief reads, in bytes. Real briefings are
// well under 1 MiB; the cap keeps a stray log file or disk image from
// eating memory and time.
const MaxSize = 16 << 20

// StdinName is the path that means standard input.
const StdinName = "-"

// Errors a document can fail with. They are wrapped in a *DocError naming
// the document, so callers test them with errors.Is.
var (
	// ErrBinary reports a document that is not text.
	ErrBinary = errors.New("not a text document (binary data)")
	// ErrEmpty reports a document with no text, or only white space.
	ErrEmpty = errors.New("empty document")
	// ErrTooLarge reports a document larger than MaxSize.
	ErrTooLarge = fmt.Errorf("too large (brief reads at most %d MiB)", MaxSize>>20)
	// ErrNotExist reports a path with no file.
	ErrNotExist = errors.New("no such file")
	// ErrIsDir reports a path that is a directory.
	ErrIsDir = errors.New("is a directory, not a document")
	// ErrPermission reports a file brief may not read.
	ErrPermission = errors.New("permission denied")
	// ErrNoArticle reports a web page with no article text: navigation,
	// scripts and furniture only, or a title and nothing under it.
	ErrNoArticle = errors.New("no article text found")
)

// DocError is a failure to read one document. Its message is one line:
// "NAME: problem", with NAME sanitized so that a hostile file name cannot
// reach the terminal as a control sequence or break the line.
type DocError struct {
	// Name is the path as given, or "-" for stdin.
	Name string
	// Err is the problem: one of the Err* values above, or an I/O error.
	Err error
}

// Error returns "NAME: problem".
func (e *DocError) Error() string {
	return SanitizeLine(e.Name) + ": " + SanitizeLine(e.Err.Error())
}

// Unwrap returns the problem, for errors.Is.
func (e *DocError) Unwrap() error { return e.Err }

// Load reads and parses the document at path, detecting its format from
// its name and text; "-" reads standard input.
func Load(path string) (model.Briefing, error) {
	if path == StdinName {
		return Read(StdinName, os.Stdin, Auto)
	}
	f, err := open(path)
	if err != nil {
		return model.Briefing{}, err
	}
	defer f.Close()
	return Read(path, f, Auto)
}

// open opens a regular file (or a pipe, or a device) for reading, turning
// the usual failures into DocErrors with short messages: Go's own
// "open x: no such file or directory" would repeat the name.
func open(path string) (*os.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &DocError{Name: path, Err: pathProblem(err)}
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, &DocError{Name: path, Err: pathProblem(err)}
	}
	switch {
	case fi.IsDir():
		f.Close()
		return nil, &DocError{Name: path, Err: ErrIsDir}
	case fi.Mode().IsRegular() && fi.Size() > MaxSize:
		// Refuse before reading 16 MiB only to throw it away.
		f.Close()
		return nil, &DocError{Name: path, Err: ErrTooLarge}
	}
	return f, nil
}

// pathProblem strips the operation and path from an *fs.PathError and maps
// the common cases to brief's own wording.
func pathProblem(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return ErrNotExist
	case errors.Is(err, fs.ErrPermission):
		return ErrPermission
	case errors.Is(err, syscall.EISDIR):
		return ErrIsDir
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Read reads a document from r and parses it. name is the document's path
// ("-" for stdin): it is used in errors, for format detection and as the
// briefing's Source. f is Auto to detect the format.
func Read(name string, r io.Reader, f Format) (model.Briefing, error) {
	data, err := readAll(name, r)
	if err != nil {
		return model.Briefing{}, err
	}
	return parseBytes(name, data, f, true)
}

// ReadFile reads the bytes of the document at path with Load's checks
// (a folder, a missing file, one over MaxSize are *DocErrors) and does not
// parse them: for callers that hash a document before parsing it.
func ReadFile(path string) ([]byte, error) {
	f, err := open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readAll(path, f)
}

// readAll reads at most MaxSize bytes of a document. A file's bytes are
// read into a buffer of their size, not one grown and copied as they come.
func readAll(name string, r io.Reader) ([]byte, error) {
	var buf bytes.Buffer
	if f, ok := r.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() <= MaxSize {
			buf.Grow(int(fi.Size()) + bytes.MinRead)
		}
	}
	_, err := buf.ReadFrom(io.LimitReader(r, MaxSize+1))
	data := buf.Bytes()
	if err != nil {
		return nil, &DocError{Name: name, Err: pathProblem(err)}
	}
	if len(data) > MaxSize {
		return nil, &DocError{Name: name, Err: ErrTooLarge}
	}
	return data, nil
}

// ParseBytes decodes a document's bytes and parses them, as Read does.
func ParseBytes(name string, data []byte, f Format) (model.Briefing, error) {
	return parseBytes(name, data, f, false)
}

// parseBytes is ParseBytes; owned says that nothing else holds data or
// will write to it, so that clean UTF-8 becomes the text without a copy.
func parseBytes(name string, data []byte, f Format, owned bool) (model.Briefing, error) {
	text, err := decode(data, owned)
	if err != nil {
		return model.Briefing{}, &DocError{Name: name, Err: err}
	}
	if f == Auto {
		f = Detect(name, text)
	}
	b := parseSanitized(SanitizeLine(name), text, f) // Decode sanitized the text
	if f == HTML && !hasText(b) {
		return model.Briefing{}, &DocError{Name: name, Err: ErrNoArticle}
	}
	return b, nil
}

// hasText reports whether a briefing has a block of text anywhere.
func hasText(b model.Briefing) bool {
	if len(b.Intro) > 0 {
		return true
	}
	for _, s := range b.Sections {
		if len(s.Blocks) > 0 {
			return true
		}
	}
	return false
}

// Decode turns a document's bytes into sanitized text: it decodes UTF-16
// with a byte-order mark, strips a UTF-8 one, decodes a document that is
// not UTF-8 but reads as Windows-1252 as such, rejects binary data
// (ErrBinary) and documents with no text (ErrEmpty), and runs Sanitize.
func Decode(data []byte) (string, error) { return decode(data, false) }

// decode is Decode; owned says the caller gives data up (Read's own
// buffer): clean UTF-8 is then the text as it is, not copied, so that a
// document of megabytes is not held twice while it is parsed.
func decode(data []byte, owned bool) (string, error) {
	var text string
	clean := false
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		text = decodeUTF16(data[2:], false)
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		text = decodeUTF16(data[2:], true)
	default:
		// One scan, which Sanitize would make anyway, tells clean UTF-8
		// (nearly every document) from the rest.
		view := unsafe.String(unsafe.SliceData(data), len(data))
		if clean = isClean(view); clean && owned {
			text = view
		} else {
			text = string(data)
		}
		if !clean {
			if legacy, ok := decodeWindows1252(data); ok {
				text = legacy
			}
		}
	}
	// Checked after decoding, once: UTF-16 hides binary data (and an
	// encoded NUL) from a check on its raw bytes.
	if looksBinary(text) {
		return "", ErrBinary
	}
	if clean {
		text = strings.TrimLeft(text, "\uFEFF") // all Sanitize does to clean text
	} else {
		text = Sanitize(text)
	}
	if isBlank(text) {
		return "", ErrEmpty
	}
	return text, nil
}

// decodeUTF16 decodes UTF-16 without its byte-order mark. A trailing odd
// byte and unpaired surrogates become U+FFFD.
func decodeUTF16(b []byte, bigEndian bool) string {
	units := make([]uint16, len(b)/2)
	for i := range units {
		if bigEndian {
			units[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			units[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	s := string(utf16.Decode(units))
	if len(b)%2 == 1 {
		s += string(utf8.RuneError)
	}
	return s
}

// binarySample is how much of a document looksBinary inspects: enough to
// judge, without scanning 16 MiB of a disk image.
const binarySample = 64 << 10

// looksBinary reports whether data is not text: it has a NUL byte, or more
// than one byte in ten of its start (and more than a handful) is invalid
// UTF-8 or a control character other than the white-space ones (tab,
// newline, CR, form feed). Text in a legacy 8-bit encoding other than
// Windows-1252 (which Decode reads) has a few invalid bytes (accented
// letters) and still reads, with U+FFFD in their place; executables,
// images and archives have many.
func looksBinary(data string) bool {
	if strings.IndexByte(data, 0) >= 0 {
		return true
	}
	sample := data[:min(len(data), binarySample)]
	bad := 0
	for i := 0; i < len(sample); {
		c := sample[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' && c != '\f') || c == 0x7f {
				bad++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(sample[i:])
		if r == utf8.RuneError && size <= 1 {
			// A rune cut off by the end of the sample is not bad data.
			if len(sample) < len(data) && !utf8.FullRuneInString(sample[i:]) {
				break
			}
			bad++
		} else if isControl(r) {
			bad++
		}
		i += size
	}
	return bad > binaryMinBad && bad*10 > len(sample)
}

// binaryMinBad is how many bad bytes a document may have however short it
// is: a stray bell or escape in a two-line note does not make it binary.
const binaryMinBad = 4

// isBlank reports whether s has no visible character. U+FEFF (a stray
// byte-order mark) and the zero-width spaces count as blank too.
func isBlank(s string) bool {
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\u00a0', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff',
			'\u2028', '\u2029', '\u3000':
			continue
		}
		if r >= '\u2000' && r <= '\u200a' {
			continue
		}
		return false
	}
	return true
}

// formatByExt maps file extensions to formats. A new format (HTML, say)
// adds its extensions here and, if it can be recognised from its text, a
// test to sniff.
var formatByExt = map[string]Format{
	".md":       Markdown,
	".markdown": Markdown,
	".mdown":    Markdown,
	".mkd":      Markdown,
	".txt":      Plain,
	".text":     Plain,
	".html":     HTML,
	".htm":      HTML,
	".xhtml":    HTML,
}

// Detect chooses the format of a document from its name's extension and,
// for stdin or an unknown extension, from its text.
func Detect(name, text string) Format {
	if f, ok := formatByExt[strings.ToLower(filepath.Ext(name))]; ok {
		return f
	}
	return sniff(text)
}

// sniffLines is how many lines sniff reads: a document's start shows its
// format, and the cap keeps detection cheap on large inputs.
const sniffLines = 400

// mdLink matches an inline Markdown link or image: [text](target).
var mdLink = lazyRE(`\[[^\]\n]+\]\([^)\s]+(?:\s+"[^"\n]*")?\)`)

// sniff guesses the format of text with no telling name. Markdown has
// syntax plain prose rarely shows: ATX headings ("## Point"), inline links,
// code fences. Bulleted lines ("- ", "* ") are weaker evidence, as plain
// text uses them too, so it takes several. Anything else is Plain.
func sniff(text string) Format {
	if looksLikeHTML(text) {
		return HTML
	}
	score := 0
	for i, line := range strings.SplitN(text, "\n", sniffLines+1) {
		if i == sniffLines {
			break
		}
		t := strings.TrimLeft(line, " ")
		switch {
		case isATXHeading(t), strings.HasPrefix(t, "```"), strings.HasPrefix(t, "~~~"):
			score += 3
		case strings.HasPrefix(t, "- "), strings.HasPrefix(t, "* "):
			score++
		}
		if mdLink.MatchString(line) {
			score += 3
		}
		if score >= 3 {
			return Markdown
		}
	}
	return Plain
}

// looksLikeHTML reports a document that opens as a web page.
func looksLikeHTML(text string) bool {
	head := strings.ToLower(strings.TrimSpace(text))
	if len(head) > 512 {
		head = head[:512]
	}
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") ||
		strings.HasPrefix(head, "<?xml") && strings.Contains(head, "<html")
}

// isATXHeading reports whether line is a Markdown ATX heading: one to six
// '#' then a space (or nothing). "#1 point" and "#hashtag" are not.
func isATXHeading(line string) bool {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && (n == len(line) || line[n] == ' ' || line[n] == '\t')
}
