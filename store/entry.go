package store

import (
	"encoding/gob"
	"fmt"
	"io"

	"github.com/briefreader/brief/model"
)

// An entry's payload is a gob stream of many small messages rather than
// one: gob builds each message whole in a buffer before writing it, and a
// 15 MB briefing encoded as one value held a buffer of ~23 MB, grown by
// doubling in runs of pages the heap could not find free after the
// parse, so that putting the entry added tens of megabytes to the
// reader's and print's peak. The stream is the briefing without its
// lists, their lengths, then the lists in chunks of at most chunkLen
// items: the sections without their blocks, with each one's number of
// blocks, and all their blocks in one run. Whole values of the model's
// types are encoded, so that a field added to one is kept with no change
// here.

// chunkLen is how many items a message holds.
const chunkLen = 256

// entryLens are the lengths of the briefing's lists.
type entryLens struct{ Intro, Sections, Blocks, Speakers, Quotes int }

// encodeEntry writes b to w as an entry's payload.
func encodeEntry(w io.Writer, b model.Briefing) error {
	enc := gob.NewEncoder(w)
	head := b
	head.Intro, head.Sections, head.Speakers, head.Quotes = nil, nil, nil, nil
	lens := entryLens{Intro: len(b.Intro), Sections: len(b.Sections), Speakers: len(b.Speakers), Quotes: len(b.Quotes)}
	for _, s := range b.Sections {
		lens.Blocks += len(s.Blocks)
	}
	if err := enc.Encode(head); err != nil {
		return err
	}
	if err := enc.Encode(lens); err != nil {
		return err
	}
	if err := encodeChunks(enc, b.Intro); err != nil {
		return err
	}
	secs := make([]model.Section, len(b.Sections))
	counts := make([]int, len(b.Sections))
	for i, s := range b.Sections {
		counts[i] = len(s.Blocks)
		s.Blocks = nil
		secs[i] = s
	}
	if err := encodeChunks(enc, secs); err != nil {
		return err
	}
	if err := encodeChunks(enc, counts); err != nil {
		return err
	}
	buf := make([]model.Block, 0, chunkLen)
	for _, s := range b.Sections {
		for _, bl := range s.Blocks {
			if buf = append(buf, bl); len(buf) == chunkLen {
				if err := enc.Encode(buf); err != nil {
					return err
				}
				buf = buf[:0]
			}
		}
	}
	if len(buf) > 0 {
		if err := enc.Encode(buf); err != nil {
			return err
		}
	}
	if err := encodeChunks(enc, b.Speakers); err != nil {
		return err
	}
	return encodeChunks(enc, b.Quotes)
}

// encodeChunks writes list in messages of at most chunkLen items.
func encodeChunks[T any](enc *gob.Encoder, list []T) error {
	for len(list) > 0 {
		n := min(len(list), chunkLen)
		if err := enc.Encode(list[:n]); err != nil {
			return err
		}
		list = list[n:]
	}
	return nil
}

// decodeEntryFrom reads a payload that encodeEntry wrote.
func decodeEntryFrom(r io.Reader) (model.Briefing, error) {
	dec := gob.NewDecoder(r)
	var b model.Briefing
	var lens entryLens
	if err := dec.Decode(&b); err != nil {
		return b, err
	}
	if err := dec.Decode(&lens); err != nil {
		return b, err
	}
	var err error
	if b.Intro, err = decodeChunks[model.Block](dec, lens.Intro); err != nil {
		return b, err
	}
	if b.Sections, err = decodeChunks[model.Section](dec, lens.Sections); err != nil {
		return b, err
	}
	counts, err := decodeChunks[int](dec, lens.Sections)
	if err != nil {
		return b, err
	}
	blocks, err := decodeChunks[model.Block](dec, lens.Blocks)
	if err != nil {
		return b, err
	}
	for i, n := range counts {
		if n < 0 || n > len(blocks) {
			return b, errCorrupt
		}
		// each section's blocks are its own: appending to one never
		// writes over the next
		if n > 0 {
			b.Sections[i].Blocks, blocks = blocks[:n:n], blocks[n:]
		}
	}
	if len(blocks) != 0 {
		return b, errCorrupt
	}
	if b.Speakers, err = decodeChunks[model.Speaker](dec, lens.Speakers); err != nil {
		return b, err
	}
	b.Quotes, err = decodeChunks[model.Quote](dec, lens.Quotes)
	return b, err
}

// decodeChunks reads n items written by encodeChunks. The slice grows as
// the chunks come, not to n at once: n is only trusted once the entry's
// checksum has been checked, after the whole payload is read.
func decodeChunks[T any](dec *gob.Decoder, n int) ([]T, error) {
	if n < 0 {
		return nil, errCorrupt
	}
	var out []T
	if n > 0 {
		out = make([]T, 0, min(n, 1<<16))
	}
	for len(out) < n {
		// a new slice each time: gob leaves a field it was not sent
		// (a zero one) as it finds it, so reusing one would keep
		// the last chunk's values
		var chunk []T
		if err := dec.Decode(&chunk); err != nil {
			return nil, err
		}
		if len(chunk) == 0 || len(out)+len(chunk) > n {
			return nil, fmt.Errorf("%w: list longer than said", errCorrupt)
		}
		out = append(out, chunk...)
	}
	return out, nil
}
