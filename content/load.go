package content

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/briefreader/brief/model"
)

// MaxSize is the largest document brief reads, in bytes.
const MaxSize = 16 << 20

// Load reads and parses the document at path; "-" reads stdin.
func Load(path string) (model.Briefing, error) {
	if path == "-" {
		return Read("-", os.Stdin, Auto)
	}
	f, err := os.Open(path)
	if err != nil {
		return model.Briefing{}, err
	}
	defer f.Close()
	return Read(path, f, Auto)
}

// Read reads a document from r and parses it. name is used in errors and as
// the briefing's Source.
func Read(name string, r io.Reader, f Format) (model.Briefing, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return model.Briefing{}, fmt.Errorf("%s: %w", Sanitize(name), err)
	}
	if len(data) > MaxSize {
		return model.Briefing{}, fmt.Errorf("%s: larger than %d MiB", Sanitize(name), MaxSize>>20)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return model.Briefing{}, fmt.Errorf("%s: %w", Sanitize(name), ErrBinary)
	}
	text := Sanitize(string(data))
	if strings.TrimSpace(text) == "" {
		return model.Briefing{}, fmt.Errorf("%s: %w", Sanitize(name), ErrEmpty)
	}
	if f == Auto {
		f = detect(name, text)
	}
	return Parse(name, text, f), nil
}

// ErrBinary reports a document that is not text.
var ErrBinary = errors.New("not a text document (binary data)")

// ErrEmpty reports a document with no text.
var ErrEmpty = errors.New("empty document")

func detect(name, text string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		return Markdown
	case ".txt", ".text":
		return Plain
	}
	return Plain
}
