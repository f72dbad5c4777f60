package content

// A long document has millions of tokens, and the attribution passes read
// every block's several times, in order. Kept in full for the whole parse
// they were most of its memory (48 bytes a token, two strings each the
// collector must trace), so each block keeps them packed — offsets and
// kinds, 16 bytes and no pointer — and only the blocks read last are kept
// in full: tokens() unpacks a block's again when a pass comes back to it.

// packedToken is a token without its strings, which its block's text and
// the tokenizer's table of lower-case forms give back (unpack), nor its
// quotation index: the quotation tokens are the block's spans in order.
type packedToken struct {
	start, end int32
	kind       tokKind
}

// pack returns the packed form of tokens.
func pack(toks []token) []packedToken {
	if len(toks) == 0 {
		return nil
	}
	p := make([]packedToken, len(toks))
	for i, t := range toks {
		p[i] = packedToken{start: t.start, end: t.end, kind: t.kind}
	}
	return p
}

// keptTokens is about how many tokens are kept in full at a time
// (3 MB): far more than the few blocks a pass reads at once.
const keptTokens = 1 << 16

// tokenKeeper keeps the full tokens of the blocks read last, and makes
// again those of others when asked. Only the attribution goroutine uses
// it, and only on blocks the read-ahead is done with.
type tokenKeeper struct {
	tz *tokenizer
	// kept holds the blocks kept in full, oldest first, from kept[first];
	// n is their tokens.
	kept  []*blk
	first int
	n     int
}

func newTokenKeeper() *tokenKeeper { return &tokenKeeper{tz: newTokenizer()} }

// tokens returns the block's tokens, unpacking them if they were let go.
func (b *blk) tokens() []token {
	if b.kept == nil && len(b.packed) > 0 {
		b.kept = b.keeper.unpack(b)
	}
	return b.kept
}

// keep adds a block whose tokens are in full to those kept, letting go of
// the oldest others' while there are too many.
func (k *tokenKeeper) keep(b *blk) {
	if k == nil || b.kept == nil {
		return
	}
	k.kept = append(k.kept, b)
	k.n += len(b.kept)
	for k.n > keptTokens && k.first < len(k.kept)-1 {
		old := k.kept[k.first]
		k.kept[k.first] = nil
		k.first++
		k.n -= len(old.kept)
		old.kept = nil
	}
	if k.first > len(k.kept)/2 {
		// the queue's dead half goes, at a cost shared by as many keeps
		k.kept = append(k.kept[:0], k.kept[k.first:]...)
		k.first = 0
	}
}

// unpack makes a block's tokens again from their packed form: the same
// tokens tokenize made, strings cut from the block's text.
func (k *tokenKeeper) unpack(b *blk) []token {
	text := b.raw.text
	toks := make([]token, len(b.packed))
	q := int32(0)
	for i, p := range b.packed {
		t := token{start: p.start, end: p.end, q: -1, kind: p.kind}
		switch p.kind {
		case tQuote:
			t.q = q
			q++
		case tWord:
			t.text = text[p.start:p.end]
			t.lower = k.tz.toLower(t.text)
		default:
			if c := text[p.start]; p.end-p.start == 1 && (c == '\n' || c == '\t') {
				t.text = "\n" // a line break's token, whatever the break
			} else {
				t.text = text[p.start:p.end]
			}
			t.lower = t.text
		}
		toks[i] = t
	}
	b.kept = toks
	k.keep(b)
	return toks
}
